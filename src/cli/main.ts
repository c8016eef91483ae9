/**
 * The CLI shell: argv → command, one error handler, exit codes.
 * 0 success · 1 lint errors / findings · 2 bad input or usage · 130 interrupted.
 */
import {parseArgs} from 'node:util';
import {diagnostic, formatDiagnostic, InputError, UsageError} from '../util/diagnostics.js';
import {parseSize} from '../util/files.js';
import {fileErrorReason, isFileSystemError} from '../util/fs-errors.js';
import {visible} from '../util/text.js';
import {type CommandArgs, type CommandSpec, commandHelp, parseConfig} from './command.js';
import {isInteractive, type Io} from './io.js';
import {nameFilesRelative} from './options.js';
import {commands} from './registry.js';
import {version} from '../version.js';

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `ccm-draft ${version}: drafting assistant for national implementation of the Convention on Cluster Munitions

Usage: ccm-draft <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "ccm-draft <command> --help" for a command's options.
With no command, a terminal starts the wizard.

Options:
  -h, --help     show this help
  -v, --version  show the version
`;
}

/**
 * Run the CLI with arguments (without `node` and the script) and an {@link Io}.
 * Returns the exit code; never calls `process.exit` itself.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(mainHelp());
    return 0;
  }
  let spec: CommandSpec | undefined;
  let args = rest;
  if (first === undefined || first.startsWith('-')) {
    // No command: a person at a terminal gets the wizard; anything else gets help.
    if (first === undefined && !isInteractive(io)) {
      io.stderr.write(mainHelp());
      return 2;
    }
    spec = commands.find((c) => c.name === 'wizard');
    args = argv;
  } else {
    spec = commands.find((c) => c.name === first);
    if (!spec) {
      io.stderr.write(`ccm-draft: unknown command "${visible(first)}", expected one of: ${commands.map((c) => c.name).join(', ')}\n`);
      return 2;
    }
  }
  if (!spec) return 2;
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({args, options: parseConfig(spec), allowPositionals: spec.allowPositionals, strict: true});
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    // An empty value is a slip (an unset shell variable), never a request: `--out ""` would write into the current folder.
    for (const [name, value] of Object.entries(parsed.values)) {
      if (value === '') throw new UsageError(`empty --${name}, expected a value`);
    }
    if ((parsed.positionals as string[]).includes('')) throw new UsageError('empty file name, expected a path');
    // `--max-size 50MB`: every input file this run reads may be that large (defaults: docs/limits.md). It goes to the
    // command as an argument, which hands it to each call: nothing process-wide.
    const maxSize = parsed.values['max-size'];
    const maxBytes = typeof maxSize === 'string' ? parseSize(maxSize) : undefined;
    if (typeof maxSize === 'string' && maxBytes === undefined)
      throw new UsageError(`invalid --max-size "${maxSize}", expected a size such as 20MB, 500KB or 1GB`);
    if (parsed.values['help']) {
      io.stdout.write(commandHelp(spec));
      return 0;
    }
    const module = await spec.load();
    return await module.run({values: parsed.values as CommandArgs['values'], positionals: parsed.positionals, maxBytes}, io);
  } catch (error) {
    return report(error, spec, io);
  }
}

/** A system error the library did not turn into a message (a folder listing, a stream): a plain sentence with the path. */
function fromSystemError(error: NodeJS.ErrnoException, spec: CommandSpec): InputError {
  const action = /write|mkdir|rename|unlink|link/.test(String(error.syscall ?? '')) ? 'write' : 'read';
  return new InputError(
    diagnostic(fileErrorReason(error, action), {
      file: typeof error.path === 'string' ? error.path : `ccm-draft ${spec.name}`,
      ruleId: action === 'write' ? 'unwritable-output' : 'unreadable-file',
      source: 'cli'
    })
  );
}

function report(thrown: unknown, spec: CommandSpec, io: Io): number {
  const error = isFileSystemError(thrown) ? fromSystemError(thrown, spec) : thrown;
  if (error instanceof InputError) {
    nameFilesRelative(error.messages, io.cwd);
    for (const message of error.messages) io.stderr.write(`${formatDiagnostic(message)}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(
      `ccm-draft ${spec.name}: ${visible(error.message)}\nUsage: ${spec.usage}\nRun "ccm-draft ${spec.name} --help" for details.\n`
    );
    return 2;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    // Ctrl-C in a prompt: the wizard has already saved and printed how to resume.
    return 130;
  }
  const detail = io.env['CCM_DEBUG'] && error instanceof Error ? `\n${error.stack}` : '';
  io.stderr.write(
    `ccm-draft ${spec.name}: internal error: ${visible(error instanceof Error ? error.message : String(error))}${detail}\nThis is a bug in ccm-drafter; please report it with the command you ran.\n`
  );
  return 70;
}
