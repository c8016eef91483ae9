/**
 * `export` as a library function: read a draft bill, link it to its
 * provenance, render one format. Nothing is written here; the caller writes
 * the returned file atomically.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {readTextFile} from '../util/files.js';
import type {Bill as ModelBill, Provision as ModelProvision, TextBlock as ModelBlock} from '../bill/model.js';
import {readText} from '../read/index.js';
import type {Bill, Provision, TextBlock} from './bill.js';
import {linkReferences} from './references.js';
import {readLinks} from './provenance.js';
import type {OutputFile as ExportFile} from '../util/files.js';

/** The formats `export` writes. */
export const exportFormats = ['docx', 'html', 'akn'] as const;
/** One of {@link exportFormats}. */
export type ExportFormat = (typeof exportFormats)[number];

/** Options for {@link exportDraft}. */
export interface ExportOptions {
  /** The draft (Markdown), resolved against `cwd`. */
  draft: string;
  cwd: string;
  to: ExportFormat;
  /** Output file, resolved against `cwd`. */
  out: string;
  paper?: 'a4' | 'letter' | undefined;
  /** Version date (`YYYY-MM-DD`): AKN FRBR dates (required for `akn`), DOCX document properties (optional). */
  date?: string | undefined;
  /** AKN FRBR country (default: the jurisdiction id in the provenance file). */
  country?: string | undefined;
}

/** What an export produced. */
export interface ExportResult {
  bill: Bill;
  file: ExportFile;
  /** Warnings (hand edits, unresolved references, provenance drift). */
  messages: VFileMessage[];
}

/**
 * Read a draft in the layout `build` writes with the one reader in strict
 * mode (positioned errors when the layout is broken), as the renderers take
 * it, with its cross-references linked.
 */
export function readDraft(text: string, path: string): Bill {
  const bill = exportView(readText(text, path, {mode: 'strict'}));
  linkReferences(bill);
  return bill;
}

/** The renderers' view of a Bill: positions as points (they cite where a block starts). */
function exportView(bill: ModelBill): Bill {
  const origin = {line: 1, column: 1};
  const point = (p: {line: number; column: number} | undefined) => (p ? {line: p.line, column: p.column} : origin);
  const block = (b: ModelBlock): TextBlock => ({
    text: b.text,
    position: point(b.position?.start),
    runs: b.runs.map((r) => ({text: r.text, bold: r.bold, italic: r.italic, ref: r.ref, start: r.start ? point(r.start) : undefined}))
  });
  const provision = (p: ModelProvision): Provision => ({
    kind: p.kind === 'clause' ? 'subparagraph' : p.kind,
    label: p.label,
    num: p.num,
    block: block(p.block),
    children: p.children.map(provision),
    eId: p.eId,
    defines: p.defines
  });
  return {
    path: bill.path,
    title: block(bill.title),
    longTitle: bill.longTitle ? block(bill.longTitle) : undefined,
    enactingFormula: bill.enactingFormula ? block(bill.enactingFormula) : undefined,
    preamble: bill.preamble.map(block),
    body: bill.body.map((item) =>
      item.kind === 'part'
        ? {
            kind: 'part',
            number: item.number,
            heading: item.heading,
            eId: item.eId,
            position: point(item.position?.start),
            sections: item.sections.map((s) => ({
              kind: 'section',
              number: s.number,
              heading: s.heading,
              eId: s.eId,
              position: point(s.position?.start),
              children: s.children.map(provision)
            }))
          }
        : {
            kind: 'section',
            number: item.number,
            heading: item.heading,
            eId: item.eId,
            position: point(item.position?.start),
            children: item.children.map(provision)
          }
    ),
    schedules: bill.schedules.map((s) => ({
      kind: 'schedule',
      number: s.number,
      heading: s.heading,
      eId: s.eId,
      position: point(s.position?.start),
      children: s.children.map(provision)
    })),
    messages: bill.messages
  };
}

/** Export a draft. Raises InputError with positioned messages when the draft cannot be read faithfully. */
export async function exportDraft(options: ExportOptions): Promise<ExportResult> {
  const draftPath = path.resolve(options.cwd, options.draft);
  const display = path.isAbsolute(options.draft) ? draftPath : path.relative(options.cwd, draftPath) || options.draft;
  const text = await readTextFile(draftPath, {source: 'export'});
  const bill = readDraft(text, display);
  const links = await readLinks(draftPath, display, bill);
  const out = path.resolve(options.cwd, options.out);
  const messages = [...bill.messages, ...links.messages];
  let contents: string | Uint8Array;
  if (options.to === 'docx') {
    contents = await (await import('./docx.js')).renderDocx(bill, {paper: options.paper, date: options.date});
  } else if (options.to === 'html') {
    contents = (await import('./html.js')).renderHtml(bill, {links});
  } else {
    const [{renderAkn}, {checkAkn}] = await Promise.all([import('./akn.js'), import('./check-akn.js')]);
    if (!options.date)
      throw new InputError(
        diagnostic('Missing the version date, expected `date` (YYYY-MM-DD) for the FRBR dates', {
          file: display,
          ruleId: 'missing-date',
          source: 'export'
        })
      );
    contents = renderAkn(bill, {date: options.date, country: options.country, links});
    const problems = checkAkn(contents);
    if (problems.length > 0) {
      // A broken rule here is the exporter's fault, not the draft's: say so rather than write a bad file.
      throw new InputError(
        problems.slice(0, 10).map((p) =>
          diagnostic(`Internal error: the Akoma Ntoso output breaks a structure rule: ${p.reason} (output line ${p.line})`, {
            file: display,
            ruleId: 'akn-structure',
            source: 'export'
          })
        )
      );
    }
  }
  return {bill, file: {path: out, contents}, messages};
}
