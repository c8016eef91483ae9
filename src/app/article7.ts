/**
 * The `report article7` job: build the draft an answers file describes and
 * write Form A of the Article 7 report from that built bill and its build
 * record (src/report/form-a.ts), as Markdown and Word.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import type {Block} from '../report/document.js';
import {toMarkdown} from '../report/document.js';
import {capitalise} from '../report/facts.js';
import {type BillStatus, billStatuses, formABlocks} from '../report/form-a.js';
import type {OutputFile as ExportFile, SizeLimit} from '../util/files.js';
import {assembleFromAnswers} from './build.js';

export {billStatuses, type BillStatus};

/** Options for {@link article7Report}; `maxBytes` limits every file it reads (the CLI's `--max-size`). */
export interface Article7Options extends SizeLimit {
  answers: string;
  cwd: string;
  jurisdiction?: string | undefined;
  /** Output folder (default `out`). */
  out?: string | undefined;
  /** Where the bill stands (default: what the bill's own stage says: `enacted` for an Act, else `drafted`). */
  status?: BillStatus | undefined;
  /** Date of the report (`YYYY-MM-DD`), injected. */
  date: string;
}

/** What the report command writes. */
export interface Article7Result {
  files: ExportFile[];
  blocks: Block[];
  notes: VFileMessage[];
}

/** Build the draft and write Form A (no I/O beyond reading the inputs). */
export async function article7Report(options: Article7Options): Promise<Article7Result> {
  const build = await assembleFromAnswers({
    answers: options.answers,
    cwd: options.cwd,
    jurisdiction: options.jurisdiction,
    out: options.out,
    today: new Date(`${options.date}T00:00:00Z`),
    maxBytes: options.maxBytes
  });
  const blocks = formABlocks(build.draft, {status: options.status, date: options.date});
  const country = capitalise(build.draft.record.values['country.name']?.printed ?? 'the State');
  const out = path.resolve(options.cwd, options.out ?? 'out');
  const {toDocx} = await import('../report/document-docx.js');
  const files: ExportFile[] = [
    {path: path.join(out, 'article7-form-a.md'), contents: toMarkdown(blocks)},
    {
      path: path.join(out, 'article7-form-a.docx'),
      contents: await toDocx(blocks, {title: `Article 7 report, Form A: ${country}`, date: options.date})
    }
  ];
  return {files, blocks, notes: build.notes};
}
