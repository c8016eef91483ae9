/**
 * A small document model for reports (headings, paragraphs, list items,
 * marked drafts) rendered to Markdown and to Word, so both say the same.
 * Inline text is data: Markdown is built as mdast (./markdown.ts) and Word
 * through the docx library (./document-docx.ts, loaded only when a Word file
 * is written), so no value can change a document's structure.
 */
import type {List, PhrasingContent, RootContent} from 'mdast';
import * as md from './markdown.js';

/** Inline text: plain strings, or bold/italic pieces. */
export type Inline = string | {text: string; bold?: boolean; italic?: boolean};

/** One block of a report. */
export type Block =
  | {kind: 'title' | 'heading' | 'subheading'; text: string}
  | {kind: 'paragraph' | 'item'; content: Inline[]}
  /** A statement the government must confirm before it is submitted. */
  | {kind: 'draft'; content: Inline[]};

/** An inline piece as text with its formatting. */
export const piece = (i: Inline): {text: string; bold?: boolean; italic?: boolean} => (typeof i === 'string' ? {text: i} : i);

/** Render to Markdown (built as mdast and stringified once: values are always text). */
export function toMarkdown(blocks: readonly Block[]): string {
  const runs = (content: readonly Inline[]): PhrasingContent[] =>
    content.map(piece).flatMap((p): PhrasingContent[] => {
      if (!p.bold && !p.italic) return [md.text(p.text)];
      // Emphasis hugs its words ("**Date:** 1 June"): the white space around them stays outside.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(p.text) ?? [];
      if (core === '') return [md.text(p.text)];
      return [md.text(lead), p.bold ? md.strong(core) : md.emphasis(core), md.text(trail)].filter(
        (n) => n.type !== 'text' || n.value !== ''
      );
    });
  const out: RootContent[] = [];
  let list: List | undefined;
  for (const b of blocks) {
    if (b.kind === 'item') {
      if (!list) {
        list = md.bulletList([]);
        out.push(list);
      }
      list.children.push({type: 'listItem', spread: false, children: [md.paragraph(...runs(b.content))]});
      continue;
    }
    list = undefined;
    if ('text' in b) out.push(md.heading(b.kind === 'title' ? 1 : b.kind === 'heading' ? 2 : 3, b.text));
    else if (b.kind === 'draft')
      out.push(md.blockquote(md.paragraph(md.strong('Draft, to be confirmed by the government:'), ' ', ...runs(b.content))));
    else out.push(md.paragraph(...runs(b.content)));
  }
  return md.stringifyMarkdown(out);
}
