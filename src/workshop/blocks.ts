/**
 * The small document model of the workshop's own documents (feedback
 * sheets, exercise sheets, the answer key): headings, paragraphs and lists of
 * inline runs, rendered to HTML through hast and to Markdown through mdast,
 * so every format says the same and no value can become markup.
 */
import type {Element, ElementContent} from 'hast';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import type {PhrasingContent, RootContent} from 'mdast';
import * as md from '../report/markdown.js';

/** A run of inline text. */
export type SheetRun = string | {text: string; bold?: boolean; italic?: boolean; code?: boolean; href?: string};

/** One block. */
export type SheetBlock =
  | {kind: 'title'; text: string}
  | {kind: 'meta'; runs: SheetRun[]}
  | {kind: 'heading'; text: string}
  | {kind: 'subheading'; text: string}
  | {kind: 'paragraph'; runs: SheetRun[]; note?: boolean}
  | {kind: 'list'; items: SheetRun[][]; ordered?: boolean};

/** Bold. */
export const bold = (text: string): SheetRun => ({text, bold: true});
/** Code (a file name, a command). */
export const code = (text: string): SheetRun => ({text, code: true});

function htmlRuns(runs: readonly SheetRun[]): Array<ElementContent | string> {
  return runs.map((r) => {
    if (typeof r === 'string') return r;
    let node: ElementContent | string = r.text;
    if (r.code) node = h('code', r.text);
    else if (r.bold) node = h('strong', r.text);
    else if (r.italic) node = h('em', r.text);
    return r.href ? h('a', {href: r.href}, [node]) : node;
  });
}

/** Blocks as HTML elements. */
export function blocksToHast(blocks: readonly SheetBlock[]): Element[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return h('h1', block.text);
      case 'meta':
        return h('p.meta', htmlRuns(block.runs));
      case 'heading':
        return h('h2', block.text);
      case 'subheading':
        return h('h3', block.text);
      case 'list':
        return h(
          block.ordered ? 'ol' : 'ul',
          block.items.map((item) => h('li', htmlRuns(item)))
        );
      default:
        return h('p', {className: block.note ? ['note'] : []}, htmlRuns(block.runs));
    }
  });
}

/** One self-contained HTML page (no script, no network). */
export function blocksToHtml(blocks: readonly SheetBlock[], options: {title: string; css: string; language?: string | undefined}): string {
  const page = h('html', {lang: options.language ?? 'en'}, [
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', options.title),
      h('style', options.css)
    ]),
    h('body', blocksToHast(blocks))
  ]);
  return `${toHtml([{type: 'doctype'}, page])}\n`;
}

function mdRuns(runs: readonly SheetRun[]): PhrasingContent[] {
  return runs
    .filter((r) => (typeof r === 'string' ? r !== '' : r.text !== ''))
    .flatMap((r): PhrasingContent[] => {
      if (typeof r === 'string') return [md.text(r)];
      // Emphasis hugs its words ("**Why it matters:** Article …"): the white space around them stays outside.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(r.text) ?? [];
      let node: PhrasingContent = r.code ? md.code(r.text) : r.bold ? md.strong(core) : r.italic ? md.emphasis(core) : md.text(r.text);
      if (r.href) node = md.link(r.href, node);
      const hugs = !r.code && (r.bold || r.italic);
      return [...(hugs && lead ? [md.text(lead)] : []), node, ...(hugs && trail ? [md.text(trail)] : [])];
    });
}

/** Blocks as Markdown (one mdast tree, stringified once). */
export function blocksToMarkdown(blocks: readonly SheetBlock[]): string {
  const out: RootContent[] = blocks.map((block): RootContent => {
    switch (block.kind) {
      case 'title':
        return md.heading(1, block.text);
      case 'heading':
        return md.heading(2, block.text);
      case 'subheading':
        return md.heading(3, block.text);
      case 'list': {
        const list = md.bulletList(block.items.map((item) => mdRuns(item)));
        return block.ordered ? {...list, ordered: true, start: 1} : list;
      }
      case 'meta':
        return md.paragraph(md.emphasis(...mdRuns(block.runs)));
      default:
        return md.paragraph(...mdRuns(block.runs));
    }
  });
  return md.stringifyMarkdown(out);
}
