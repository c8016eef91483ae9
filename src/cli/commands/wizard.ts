/**
 * `ccm-draft wizard`: the interactive drafting wizard (thin shell over
 * {@link runWizard}). Refuses to run without a terminal, so a script or CI
 * job never hangs waiting for an answer.
 */
import path from 'node:path';
import {runWizard} from '../../app/wizard.js';
import type {CommandArgs} from '../command.js';
import {isInteractive, type Io} from '../io.js';
import {FirstPromptReached, inquirerPrompter} from '../prompter.js';

/** What a non-terminal run prints (exit code 2). */
export const notInteractiveMessage = `ccm-draft wizard: the wizard asks questions and needs a terminal, but standard input is not a terminal or CI is set.
Without a terminal, build from an answers file instead:
  ccm-draft build --answers my-answers.yaml --out out
Start from one of the ready answers files in examples/ (for example examples/generic-small-state.yaml), or from a file
the wizard saved earlier; the format is described in the README under "Answers file".
`;

/**
 * The command that starts this program again, when it was started by the
 * script's own path (`node dist/cli.js`) rather than as `ccm-draft`, which
 * is then usually not on the PATH. Undefined for `ccm-draft` and `npx ccm-draft`.
 */
export function programAsStarted(cwd: string, script: string | undefined): string | undefined {
  if (!script || !/\.[cm]?js$/.test(script)) return undefined;
  const relative = path.relative(cwd, script);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : script;
  return `node ${/^[\w./:@%+=-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`}`;
}

/** Run `ccm-draft wizard` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  if (!isInteractive(io)) {
    io.stderr.write(notInteractiveMessage);
    return 2;
  }
  try {
    return await runWizard({
      io: {
        cwd: io.cwd,
        stdout: io.stdout as Io['stdout'] & {columns?: number},
        stderr: io.stderr,
        env: io.env,
        program: programAsStarted(io.cwd, process.argv[1])
      },
      prompter: inquirerPrompter(io),
      answers: args.values['answers'] as string | undefined,
      out: args.values['out'] as string | undefined,
      force: args.values['force'] === true,
      maxBytes: args.maxBytes,
      today: io.today().toISOString().slice(0, 10)
    });
  } catch (error) {
    // Start-up benchmark hook (bench/wizard.mjs): stop cleanly at the first question.
    if (error instanceof FirstPromptReached) return 0;
    throw error;
  }
}
