/** `ccm-draft lint`: positioned messages for model, checklist, profile and answers files. */
import {lintPaths} from '../../app/lint.js';
import {diagnosticToJson, formatDiagnostic, UsageError} from '../../util/diagnostics.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';

/** Run `ccm-draft lint` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const format = (args.values['format'] as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unexpected --format ${format}, expected text or json`);
  const results = await lintPaths(args.positionals, io.cwd, args);
  const errors = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal === true).length, 0);
  const warnings = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal === false).length, 0);
  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify({files: results.map((r) => ({file: r.file, kind: r.kind, messages: r.messages.map(diagnosticToJson)})), errors, warnings}, null, 2)}\n`
    );
  } else {
    for (const result of results) for (const message of result.messages) io.stdout.write(`${formatDiagnostic(message)}\n`);
    io.stderr.write(`${results.length} file(s) checked: ${errors} error(s), ${warnings} warning(s)\n`);
  }
  return errors > 0 ? 1 : 0;
}
