/**
 * Markdown rendering of a comparison, built as an mdast tree and serialised
 * once (mdast-util-to-markdown with GFM tables), so no Act text can change
 * the document's structure. Deletions and insertions are `<del>`/`<ins>`
 * around text nodes: a plain-text reader still sees which is which and
 * CommonMark viewers strike and underline them. An Act's own inline
 * Markdown (bold defined terms, escapes) is read into strong and emphasis
 * nodes, so it renders as the Act prints it.
 */
import type {Heading, Html, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {fastTextToMarkdown} from '../util/markdown-text.js';
import {markdownRuns} from '../read/inline.js';
import type {Change, CompareResult} from './compare.js';
import {changeKinds} from './compare.js';
import {changeTitle, kindText, refsName, shownChanges, sideText} from './describe.js';
import type {RedlineSegment} from './redline.js';

const text = (value: string): PhrasingContent => ({type: 'text', value: value.replace(/\s*\n\s*/g, ' ')});
const strong = (...children: PhrasingContent[]): PhrasingContent => ({type: 'strong', children});
const code = (value: string): PhrasingContent => ({type: 'inlineCode', value});
const html = (value: string): Html => ({type: 'html', value});
const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children});
const heading = (depth: Heading['depth'], ...children: PhrasingContent[]): RootContent => ({type: 'heading', depth, children});
const cell = (...children: PhrasingContent[]): TableCell => ({type: 'tableCell', children});
const table = (head: string[], rows: TableCell[][], align: Table['align'] = head.map(() => null)): Table => ({
  type: 'table',
  align,
  children: [
    {type: 'tableRow', children: head.map((h) => cell(text(h)))} as TableRow,
    ...rows.map((r): TableRow => ({type: 'tableRow', children: r}))
  ]
});

/** Text with its `code spans` (an answer such as `investment.include = false`) as inline code. */
function withCode(value: string): PhrasingContent[] {
  return value
    .split(/(`[^`\n]+`)/)
    .filter((part) => part !== '')
    .map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 && i >= 0 ? code(part.slice(1, -1)) : text(part)));
}

/** An Act's inline Markdown as phrasing nodes (its bold defined terms stay bold). */
function actInline(source: string): PhrasingContent[] {
  return markdownRuns(source).map((run) => {
    let node: PhrasingContent = {type: 'text', value: run.text};
    if (run.italic) node = {type: 'emphasis', children: [node]};
    if (run.bold) node = {type: 'strong', children: [node]};
    return node;
  });
}

/**
 * A redline as Markdown paragraphs. Markers never span a blank line (inline
 * HTML cannot cross paragraphs), so each paragraph piece is wrapped alone.
 */
export function redlineBlocks(segments: readonly RedlineSegment[]): Paragraph[] {
  const paragraphs: Paragraph[] = [paragraph()];
  for (const segment of segments) {
    const pieces = segment.text.split(/\n[ \t]*\n\s*/);
    pieces.forEach((piece, i) => {
      if (i > 0) paragraphs.push(paragraph());
      if (piece === '') return;
      const current = paragraphs[paragraphs.length - 1]!;
      if (segment.op === 'equal') {
        current.children.push(...actInline(piece));
        return;
      }
      // Keep outer spaces outside the markers: `<del> word</del>` reads badly.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece) ?? [];
      const tag = segment.op === 'insert' ? 'ins' : 'del';
      if (lead) current.children.push(text(lead));
      if (core) current.children.push(html(`<${tag}>`), ...actInline(core), html(`</${tag}>`));
      if (trail) current.children.push(text(trail));
    });
  }
  return paragraphs.filter((p) => p.children.length > 0).map((p) => ({...p, children: mergeText(p.children)}));
}

/** Adjacent text nodes as one: the serialiser escapes each text node on its own, and fewer nodes serialise faster. */
function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = {type: 'text', value: last.value + node.value};
    else out.push(node);
  }
  return out;
}

function sideLine(side: CompareResult['base'], label: string): PhrasingContent[] {
  return [
    strong(text(`${label}:`)),
    text(' '),
    code(side.path),
    text(`: ${sideText(side)}`),
    ...(side.provenance ? [text(', provenance '), code(side.provenance)] : [])
  ];
}

function changeBlocks(change: Change, n: number): RootContent[] {
  const out: RootContent[] = [];
  // The anchor id is the tool's own (`c12`), never Act text.
  out.push(heading(3, html(`<a id="${change.id}"></a>`), text(`${n}. ${changeTitle(change)}: ${kindText(change)}`)));
  const where = [...change.base.map((r) => `base line ${r.line}`), ...change.other.map((r) => `other line ${r.line}`)].join(', ');
  const similar =
    change.kind === 'modified' || change.kind === 'split' || change.kind === 'merged'
      ? `; similarity ${Math.round(change.similarity * 100)}%`
      : '';
  const method = change.method === 'meaning' ? '; paired by what the sections do' : '';
  out.push(paragraph({type: 'emphasis', children: [text(`${where}${similar}${method}`)]}));
  for (const why of change.why)
    out.push({type: 'blockquote', children: [paragraph(strong(text('Why:')), text(' '), ...withCode(why.message))]});
  if (change.headingRedline) {
    const [first, ...rest] = redlineBlocks(change.headingRedline);
    out.push(paragraph(strong(text('Heading:')), text(' '), ...(first?.children ?? [])), ...rest);
  }
  if (change.sideBySide) {
    // Too different for a word redline: the two texts paragraph by paragraph, side by side.
    const rows = Math.max(change.sideBySide.base.length, change.sideBySide.other.length);
    const cells: TableCell[][] = [];
    for (let r = 0; r < rows; r++)
      cells.push([cell(...actInline(change.sideBySide.base[r] ?? '')), cell(...actInline(change.sideBySide.other[r] ?? ''))]);
    out.push(table([refsName(change.base), refsName(change.other)], cells));
  }
  if (change.redline && change.redline.length > 0) out.push(...redlineBlocks(change.redline));
  else if (!change.sideBySide && (change.kind === 'moved' || change.kind === 'renumbered')) out.push(paragraph(text('Text unchanged.')));
  return out;
}

/** The comparison as an mdast tree. */
export function comparisonTree(result: CompareResult): Root {
  const children: RootContent[] = [heading(1, text('Comparison'))];
  const items = [sideLine(result.base, 'Base'), sideLine(result.other, 'Other')];
  if (result.titleChanged)
    items.push([strong(text('Title changed:')), text(` ${result.base.title || '(none)'} → ${result.other.title || '(none)'}`)]);
  children.push({
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((phrasing) => ({type: 'listItem', spread: false, children: [paragraph(...phrasing)]}))
  });
  children.push(heading(2, text('Summary')));
  children.push(
    table(
      ['Change', 'Sections'],
      changeKinds.map((k) => [cell(text(k)), cell(text(String(result.summary[k])))]),
      [null, 'right']
    )
  );
  const shown = shownChanges(result);
  if (shown.length === 0) children.push(paragraph(text('No differences: every section is unchanged.')));
  else {
    // The "Why" column only when provenance explained something.
    const withWhy = shown.some((c) => c.why.length > 0);
    children.push(
      table(
        ['#', 'Change', 'Base', 'Other', ...(withWhy ? ['Why'] : [])],
        shown.map((change, i) => [
          cell({type: 'link', url: `#${change.id}`, children: [text(String(i + 1))]}),
          cell(text(kindText(change))),
          cell(text(refsName(change.base))),
          cell(text(refsName(change.other))),
          ...(withWhy ? [cell(...change.why.flatMap((w, k) => [...(k > 0 ? [text('; ')] : []), ...withCode(w.message)]))] : [])
        ]),
        ['right', null, null, null, ...(withWhy ? [null] : [])]
      )
    );
    children.push(heading(2, text('Changes')));
    for (const [i, change] of shown.entries()) children.push(...changeBlocks(change, i + 1));
  }
  if (result.messages.length > 0) {
    children.push(heading(2, text('Notes')));
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: result.messages.map((m) => ({
        type: 'listItem',
        spread: false,
        children: [paragraph(text(`${String(m['file'] ?? '')}${m['line'] ? `:${String(m['line'])}` : ''}: ${String(m['reason'])}`))]
      }))
    });
  }
  return {type: 'root', children};
}

/** Render a comparison as Markdown. */
export function renderMarkdown(result: CompareResult): string {
  return toMarkdown(comparisonTree(result), {
    extensions: [gfmToMarkdown({tablePipeAlign: false}), fastTextToMarkdown],
    bullet: '-',
    emphasis: '*',
    rule: '-'
  });
}

/** Escape text so Markdown shows it literally (what a text node serialises to). */
export function escapeMarkdown(value: string): string {
  return toMarkdown({type: 'paragraph', children: [{type: 'text', value}]}, {extensions: [gfmToMarkdown()]}).replace(/\n$/, '');
}
