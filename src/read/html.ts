/**
 * HTML pages as legislation websites publish them (and the HTML that
 * mammoth makes of a Word file) to Markdown lines: headings stay headings,
 * each block of text becomes a paragraph, bold and italic stay bold and
 * italic, and navigation, scripts and forms are left out. Positions come
 * from the HTML parser (line and column of each block).
 */
import type {Element, ElementContent, Root, RootContent} from 'hast';
import rehypeParse from 'rehype-parse';
import {unified} from 'unified';
import {ConvertedLines, escapeInline, type Origin} from './converted.js';

const SKIP = new Set(['head', 'script', 'style', 'nav', 'noscript', 'form', 'button', 'select', 'template', 'svg', 'iframe', 'img']);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'tr',
  'section',
  'article',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'main',
  'aside',
  'body',
  'html',
  'tbody',
  'thead',
  'figure',
  'caption',
  'center',
  'address',
  'hr',
  'br'
]);

/** Options for {@link htmlToLines}. */
export interface HtmlOptions {
  /** Positions by paragraph number (a converted Word file) rather than by line and column. */
  byParagraph?: boolean | undefined;
  format?: 'html' | 'docx' | undefined;
}

function inline(nodes: readonly ElementContent[], style: {bold: boolean; italic: boolean}): string {
  let out = '';
  let afterElement = false;
  // Legislation sites put the number and the text in adjacent elements (`<span>2</span><span>Offences</span>`,
  // `<span>1</span>The defence`): keep the words apart.
  const gap = (next: string): void => {
    if (afterElement && out !== '' && !/\s$/.test(out) && /[\w)\].,;:]$/.test(out) && /^[\w(“"]/.test(next)) out += ' ';
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = node.value.replace(/\s+/g, ' ');
      gap(value);
      out += escapeInline(value);
      afterElement = false;
      continue;
    }
    if (node.type !== 'element' || SKIP.has(node.tagName)) continue;
    if (node.tagName === 'br') {
      out += ' ';
      continue;
    }
    gap(firstText(node));
    const bold = !style.bold && (node.tagName === 'strong' || node.tagName === 'b');
    const italic = !style.italic && (node.tagName === 'em' || node.tagName === 'i');
    const inner = inline(node.children, {bold: style.bold || bold, italic: style.italic || italic});
    if ((bold || italic) && inner.trim() !== '') {
      const mark = bold ? '**' : '*';
      const lead = /^\s*/.exec(inner)![0];
      const trail = /\s*$/.exec(inner)![0];
      out += `${lead}${mark}${inner.trim()}${mark}${trail}`;
    } else out += inner;
    afterElement = true;
  }
  return out;
}

function firstText(node: ElementContent): string {
  if (node.type === 'text') return node.value.trimStart();
  if (node.type !== 'element') return '';
  for (const child of node.children) {
    const t = firstText(child);
    if (t !== '') return t;
  }
  return '';
}

/** The cells of a data table (one with a header row: `<thead>`, or a first row of `<th>`), row by row; `undefined` for a layout table. */
function dataTable(table: Element): string[][] | undefined {
  const rows: Element[] = [];
  let header = false;
  const collect = (element: Element, inHead: boolean): void => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        rows.push(child);
        if (rows.length === 1) header = inHead || child.children.some((c) => c.type === 'element' && c.tagName === 'th');
      } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot')
        collect(child, child.tagName === 'thead');
    }
  };
  collect(table, false);
  if (!header || rows.length < 2) return undefined;
  const cells = rows.map((row) =>
    row.children
      .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      .map((c) => inline(c.children, {bold: false, italic: false}).replace(/\s+/g, ' ').trim())
  );
  return cells[0]!.length >= 2 ? cells : undefined;
}

function hasBlockChild(element: Element): boolean {
  return element.children.some((c) => c.type === 'element' && BLOCK.has(c.tagName) && c.tagName !== 'br');
}

/** Convert HTML text to Markdown lines. */
export function htmlToLines(html: string, path: string, options: HtmlOptions = {}): ConvertedLines {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const out = new ConvertedLines(path, options.format ?? 'html');
  let paragraph = 0;
  const origin = (node: Element): Origin => {
    paragraph++;
    if (options.byParagraph) return {line: paragraph, column: 1, offset: 0};
    const start = node.position?.start;
    return {line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0};
  };
  const walk = (nodes: readonly (RootContent | ElementContent)[]): void => {
    let run: ElementContent[] = [];
    let runStart: Element | undefined;
    const flushRun = (): void => {
      if (run.length > 0 && runStart) {
        const text = inline(run, {bold: false, italic: false});
        if (text.trim() !== '') out.block(text, origin(runStart));
      }
      run = [];
      runStart = undefined;
    };
    for (const node of nodes) {
      if (node.type === 'element') {
        if (SKIP.has(node.tagName)) continue;
        const heading = /^h([1-6])$/.exec(node.tagName);
        if (heading) {
          flushRun();
          const text = inline(node.children, {bold: false, italic: false}).trim();
          if (text !== '') out.block(`${'#'.repeat(Number(heading[1]))} ${text.replace(/^\*\*(.*)\*\*$/, '$1')}`, origin(node));
          continue;
        }
        if (node.tagName === 'table') {
          const rows = dataTable(node);
          if (rows) {
            flushRun();
            // A table with a header row (an offence schedule: item, conduct, penalty) becomes a GFM table, read row by row.
            const lines = rows.map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
            lines.splice(1, 0, `|${rows[0]!.map(() => ' --- ').join('|')}|`);
            out.rows(lines, origin(node));
            continue;
          }
        }
        if (BLOCK.has(node.tagName)) {
          flushRun();
          if (hasBlockChild(node)) walk(node.children);
          else {
            const text = inline(node.children, {bold: false, italic: false});
            if (text.trim() !== '') out.block(text, origin(node));
          }
          continue;
        }
        // Inline element outside a block (text directly in <body>): gather it into one paragraph.
        if (!runStart) runStart = node;
        run.push(node);
        continue;
      }
      if (node.type === 'text' && node.value.trim() !== '') {
        if (!runStart) runStart = {type: 'element', tagName: 'span', properties: {}, children: [], position: node.position};
        run.push(node);
      }
    }
    flushRun();
  };
  walk(tree.children);
  return out;
}
