/**
 * `ccm-draft wizard`: the interactive drafting wizard (thin shell over
 * {@link runWizard}). Refuses to run without a terminal, so a script or CI
 * job never hangs waiting for an answer.
 */
import {runWizard} from '../../wizard/run.js';
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

export async function run(args: CommandArgs, io: Io): Promise<number> {
  if (!isInteractive(io)) {
    io.stderr.write(notInteractiveMessage);
    return 2;
  }
  try {
    return await runWizard({
      io: {cwd: io.cwd, stdout: io.stdout as Io['stdout'] & {columns?: number}, stderr: io.stderr, env: io.env},
      prompter: inquirerPrompter(io),
      answers: args.values['answers'] as string | undefined,
      out: args.values['out'] as string | undefined,
      force: args.values['force'] === true,
      today: io.today().toISOString().slice(0, 10)
    });
  } catch (error) {
    // Start-up benchmark hook (bench/wizard.mjs): stop cleanly at the first question.
    if (error instanceof FirstPromptReached) return 0;
    throw error;
  }
}
