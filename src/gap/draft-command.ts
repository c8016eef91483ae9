/**
 * `ccm-draft gap --answers <file>`: the gap report for a draft the tool
 * builds (issue 5 §1). Needs the assembly engine's build result.
 */
import {UsageError} from '../util/diagnostics.js';
import type {CommandArgs} from '../cli/command.js';
import type {Io} from '../cli/io.js';

/** Run the draft gap report (not available until the engine exposes a build result). */
export async function runDraftGap(_args: CommandArgs, _io: Io): Promise<number> {
  throw new UsageError('the gap report for answers is not available in this version yet; give an Act file instead (ccm-draft gap <act.md>)');
}
