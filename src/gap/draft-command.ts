/**
 * `ccm-draft gap --answers <file>`: builds the draft in memory (writing
 * nothing but the reports) and writes gap-report.md and gap-report.json to
 * --out (default `out`).
 */
import path from 'node:path';
import {buildFromAnswers} from '../build.js';
import {UsageError} from '../util/diagnostics.js';
import {writeFilesAtomic} from '../util/files.js';
import type {CommandArgs} from '../cli/command.js';
import type {Io} from '../cli/io.js';
import {draftGapReport, renderDraftGapMarkdown} from './draft.js';

/** Parse `--today YYYY-MM-DD` (default: io.today()). */
function today(args: CommandArgs, io: Io): Date {
  const value = args.values['today'];
  if (typeof value !== 'string') return io.today();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new UsageError(`invalid --today "${value}", expected a date like 2027-04-30`);
  return date;
}

/** Run the draft gap report. */
export async function runDraftGap(args: CommandArgs, io: Io): Promise<number> {
  const answers = args.values['answers'] as string;
  const result = await buildFromAnswers({answers, cwd: io.cwd});
  const report = draftGapReport(result.draft, {today: today(args, io), answersPath: answers});
  const out = path.resolve(io.cwd, typeof args.values['out'] === 'string' ? args.values['out'] : 'out');
  await writeFilesAtomic(
    [
      {path: path.join(out, 'gap-report.md'), contents: renderDraftGapMarkdown(report)},
      {path: path.join(out, 'gap-report.json'), contents: `${JSON.stringify(report, null, 2)}\n`}
    ],
    {force: args.values['force'] === true}
  );
  io.stderr.write(`Wrote ${path.relative(io.cwd, path.join(out, 'gap-report.md'))} and gap-report.json (${report.summary.open} open items)\n`);
  return 0;
}
