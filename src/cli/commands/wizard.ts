/** Placeholder until the wizard command lands: says so plainly instead of pretending. */
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';

export async function run(_args: CommandArgs, io: Io): Promise<number> {
  io.stderr.write('ccm-draft wizard: not available in this version yet\n');
  return 2;
}
