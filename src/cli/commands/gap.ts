/**
 * `ccm-draft gap <act>`: gap report of any Act (Markdown, plain text, Word,
 * HTML or Akoma Ntoso; Convention and strength views with quoted evidence),
 * as Markdown, HTML, CSV, Word or JSON, to stdout or a file. `ccm-draft gap
 * --answers <file>`: builds the draft in memory and writes only
 * gap-report.md and gap-report.json to --out (default `out`).
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {defaultModelPath} from '../../paths.js';
import {UsageError} from '../../util/diagnostics.js';
import {writeFilesAtomic} from '../../util/files.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {emit, printWarnings, todayFlag} from '../options.js';

const FORMATS = ['md', 'html', 'csv', 'docx', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Run `ccm-draft gap` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const format = (args.values['format'] ?? 'md') as string;
  if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}", expected one of: ${FORMATS.join(', ')}`);
  if (typeof args.values['answers'] === 'string') {
    if (args.positionals.length > 0) throw new UsageError('give either --answers or an Act file, not both');
    return runDraftGap(args, io);
  }
  if (args.positionals.length !== 1) {
    throw new UsageError(
      args.positionals.length === 0
        ? 'missing the Act file to analyse (or --answers <file>)'
        : `expected one Act file, got ${args.positionals.length}`
    );
  }
  const file = args.positionals[0]!;
  if (format === 'docx' && typeof args.values['out'] !== 'string')
    throw new UsageError('--format docx writes a Word file: give --out <file.docx>');
  const {readActFile} = await import('../../read/index.js');
  const bill = await readActFile(path.resolve(io.cwd, file), file, {maxBytes: args.maxBytes});
  const {gapReportForBill, modelVersionOf} = await import('../../gap/report.js');
  const {failOnErrors} = await import('../../util/diagnostics.js');
  failOnErrors(bill.messages);
  const today = todayFlag(args, io).toISOString().slice(0, 10);
  const modelVersion = modelVersionOf(await readFile(defaultModelPath, 'utf8').catch(() => ''));
  const report = gapReportForBill(bill, {today, modelVersion});
  printWarnings(io, report.messages, file);
  if (format === 'docx') {
    const contents = await (await import('../../gap/render-docx.js')).renderActGapDocx(report);
    await writeFilesAtomic([{path: path.resolve(io.cwd, args.values['out'] as string), contents}], {force: args.values['force'] === true});
    return 0;
  }
  const output =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'html'
        ? (await import('../../gap/render-html.js')).renderActGapHtml(report)
        : format === 'csv'
          ? (await import('../../gap/render-csv.js')).renderActGapCsv(report)
          : (await import('../../gap/render-md.js')).renderActGapMarkdown(report);
  await emit(io, args, output);
  return 0;
}

/** `gap --answers`: build the draft in memory and write only its two gap-report files (the report `build` made). */
async function runDraftGap(args: CommandArgs, io: Io): Promise<number> {
  const {buildFromAnswers} = await import('../../app/build.js');
  const out = typeof args.values['out'] === 'string' ? args.values['out'] : 'out';
  const result = await buildFromAnswers({
    answers: args.values['answers'] as string,
    cwd: io.cwd,
    today: todayFlag(args, io),
    out,
    maxBytes: args.maxBytes
  });
  const files = result.files.filter((f) => /[\\/]gap-report\.(md|json)$/.test(f.path));
  await writeFilesAtomic(files, {force: args.values['force'] === true});
  io.stderr.write(
    `Wrote ${path.relative(io.cwd, files[0]!.path)} and gap-report.json (${result.gap.summary.items.open} open items, ${result.gap.summary.openQuestions} open questions)\n`
  );
  return 0;
}
