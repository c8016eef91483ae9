/** `ccm-draft report article7 --answers <file> [--out <dir>] [--today <YYYY-MM-DD>]` (thin shell over {@link article7Report}). */
import path from 'node:path';
import {article7Report, billStatuses, type BillStatus} from '../../app/article7.js';
import {writeFilesAtomic} from '../../util/files.js';
import {formatDiagnostic, UsageError} from '../../util/diagnostics.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {dateFlag} from '../options.js';

const reports = ['article7'];

/** Run `ccm-draft report` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const [which, ...extra] = args.positionals;
  if (!which || !reports.includes(which) || extra.length > 0)
    throw new UsageError(
      `${which ? `unknown report "${args.positionals.join(' ')}"` : 'missing the report to make'}, expected: ${reports.join(', ')}`
    );
  const answers = args.values['answers'];
  if (typeof answers !== 'string' || answers === '')
    throw new UsageError('missing --answers <file.yaml>, expected the answers file the draft is built from');
  // Without --status the report follows the bill's own stage (a text printed as an Act is reported as enacted).
  const status = args.values['status'] as string | undefined;
  if (status !== undefined && !billStatuses.includes(status as BillStatus))
    throw new UsageError(`unknown --status "${status}", expected one of: ${billStatuses.join(', ')}`);
  // `--today`, as every other command names the date; `--date` is kept as its alias (documented before `--today` was accepted).
  const today = dateFlag(args, 'today');
  const alias = dateFlag(args, 'date');
  if (today && alias && today !== alias)
    throw new UsageError(
      `--today ${today} and --date ${alias} disagree, expected one date for the report (--date is another name for --today)`
    );
  const date = today ?? alias ?? io.today().toISOString().slice(0, 10);
  const result = await article7Report({
    answers,
    cwd: io.cwd,
    jurisdiction: args.values['jurisdiction'] as string | undefined,
    out: args.values['out'] as string | undefined,
    status: status as BillStatus | undefined,
    date,
    maxBytes: args.maxBytes
  });
  await writeFilesAtomic(result.files, {force: args.values['force'] === true});
  // Defaults and open items matter to the draft, not to the report; only warnings and errors are repeated here.
  for (const note of result.notes) if (note.fatal === false) io.stderr.write(`${formatDiagnostic(note)}\n`);
  io.stdout.write(result.files.map((f) => `Wrote ${path.relative(io.cwd, f.path) || f.path}\n`).join(''));
  return 0;
}
