/**
 * `ccm-draft gap <act.md>`: gap report of any Act in Markdown (Convention and
 * strength views with quoted evidence), as Markdown or JSON, to stdout or a
 * file. `ccm-draft gap --answers <file>`: builds the draft in memory and
 * writes only gap-report.md and gap-report.json to --out (default `out`).
 */
import path from 'node:path';
import {InputError, UsageError} from '../../util/diagnostics.js';
import {readTextFile, writeFilesAtomic} from '../../util/files.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {emit, printWarnings, todayFlag} from '../options.js';

const FORMATS = ['md', 'json'] as const;
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
  let text: string;
  const absolute = path.resolve(io.cwd, file);
  try {
    text = await readTextFile(absolute, {source: 'act'});
  } catch (error) {
    // Name the file as the user typed it.
    if (error instanceof InputError) for (const m of error.messages) if (m.file === absolute) m.file = file;
    throw error;
  }
  const {gapReportForText} = await import('../../gap/report.js');
  const report = gapReportForText(text, file);
  printWarnings(io, report.messages, file);
  const output =
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : (await import('../../gap/render-md.js')).renderActGapMarkdown(report);
  await emit(io, args, output);
  return 0;
}

/** `gap --answers`: build the draft in memory and write only its two gap-report files (the report `build` made). */
async function runDraftGap(args: CommandArgs, io: Io): Promise<number> {
  const {buildFromAnswers} = await import('../../app/build.js');
  const out = typeof args.values['out'] === 'string' ? args.values['out'] : 'out';
  const result = await buildFromAnswers({answers: args.values['answers'] as string, cwd: io.cwd, today: todayFlag(args, io), out});
  const files = result.files.filter((f) => /[\\/]gap-report\.(md|json)$/.test(f.path));
  await writeFilesAtomic(files, {force: args.values['force'] === true});
  io.stderr.write(
    `Wrote ${path.relative(io.cwd, files[0]!.path)} and gap-report.json (${result.gap.summary.items.open} open items, ${result.gap.summary.openQuestions} open questions)\n`
  );
  return 0;
}
