/**
 * `ccm-draft matrix <act…>`: several drafts or Acts against the strength
 * components and the checklist items, as Markdown, HTML, CSV or JSON.
 */
import path from 'node:path';
import {loadChecklist} from '../../checklist/load.js';
import {buildMatrix} from '../../compare/matrix.js';
import {loadAct} from '../../compare/read.js';
import {renderMatrixCsv, renderMatrixHtml, renderMatrixJson, renderMatrixMarkdown} from '../../compare/render-matrix.js';
import {defaultChecklistPath} from '../../paths.js';
import {UsageError} from '../../util/diagnostics.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {emit, printWarnings} from '../options.js';

const FORMATS = ['md', 'html', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Run `ccm-draft matrix` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const format = (args.values['format'] ?? 'md') as string;
  if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}", expected one of: ${FORMATS.join(', ')}`);
  if (args.positionals.length === 0) throw new UsageError('missing the Acts or drafts to tabulate');
  const loaded = await Promise.all(args.positionals.map((file) => loadAct(file, {cwd: io.cwd, maxBytes: args.maxBytes})));
  const checklist = await loadChecklist(defaultChecklistPath, args);
  const messages = loaded.flatMap((l) => l.messages);
  printWarnings(io, messages);
  const out = typeof args.values['out'] === 'string' ? path.resolve(io.cwd, args.values['out']) : undefined;
  const matrix = buildMatrix(
    loaded.map((l) => ({act: l.act, provenance: l.provenance})),
    checklist,
    {cwd: io.cwd, linkBase: out ? path.dirname(out) : io.cwd}
  );
  const text =
    format === 'html'
      ? renderMatrixHtml(matrix)
      : format === 'csv'
        ? renderMatrixCsv(matrix)
        : format === 'json'
          ? renderMatrixJson(matrix)
          : renderMatrixMarkdown(matrix);
  await emit(io, args, text);
  return 0;
}
