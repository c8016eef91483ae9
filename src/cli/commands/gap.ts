/**
 * `ccm-draft gap <act.md>`: gap report of any Act in Markdown (Convention and
 * strength views with quoted evidence), as Markdown or JSON, to stdout or a
 * file. `--answers` (the report for a draft the tool builds) is handled by
 * the draft report once the engine exposes its build result.
 */
import path from 'node:path';
import {InputError, UsageError} from '../../util/diagnostics.js';
import {readTextFile, writeFilesAtomic} from '../../util/files.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';

const FORMATS = ['md', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Warnings printed before the rest are counted. */
const MAX_WARNINGS = 10;

export async function run(args: CommandArgs, io: Io): Promise<number> {
  const format = (args.values['format'] ?? 'md') as string;
  if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}", expected one of: ${FORMATS.join(', ')}`);
  if (typeof args.values['answers'] === 'string') {
    if (args.positionals.length > 0) throw new UsageError('give either --answers or an Act file, not both');
    const {runDraftGap} = await import('../../gap/draft-command.js');
    return runDraftGap(args, io);
  }
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'missing the Act file to analyse (or --answers <file>)' : `expected one Act file, got ${args.positionals.length}`);
  }
  const file = args.positionals[0]!;
  let text: string;
  try {
    text = await readTextFile(path.resolve(io.cwd, file), {source: 'act'});
  } catch (error) {
    // Name the file as the user typed it.
    if (error instanceof InputError) for (const m of error.messages) m.file = file;
    throw error;
  }
  const {gapReportForText} = await import('../../gap/report.js');
  const report = gapReportForText(text, file);
  const warnings = report.messages;
  if (warnings.length > 0) {
    for (const m of warnings.slice(0, MAX_WARNINGS)) {
      io.stderr.write(`${file}${m.line ? `:${m.line}:${m.column ?? 1}` : ''}: warning: ${m.reason}${m.ruleId ? ` [${m.ruleId}]` : ''}\n`);
    }
    if (warnings.length > MAX_WARNINGS) io.stderr.write(`… and ${warnings.length - MAX_WARNINGS} more warnings\n`);
  }
  const output =
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : (await import('../../gap/render-md.js')).renderActGapMarkdown(report);
  const out = args.values['out'];
  if (typeof out === 'string') {
    await writeFilesAtomic([{path: path.resolve(io.cwd, out), contents: output}], {force: args.values['force'] === true});
  } else {
    io.stdout.write(output);
  }
  return 0;
}

