/**
 * A small document model for reports (headings, paragraphs, list items,
 * marked drafts) rendered to Markdown and to Word, so both say the same.
 * Inline text is data: Markdown is built as mdast (./markdown.ts) and Word
 * through the docx library, so no value can change a document's structure.
 */
import {Paragraph, TextRun} from 'docx';
import type {List, PhrasingContent, RootContent} from 'mdast';
import {packDocx} from '../export/docx-pack.js';
import {wordDocument} from '../export/docx.js';
import * as md from './markdown.js';

/** Inline text: plain strings, or bold/italic pieces. */
export type Inline = string | {text: string; bold?: boolean; italic?: boolean};

/** One block of a report. */
export type Block =
  | {kind: 'title' | 'heading' | 'subheading'; text: string}
  | {kind: 'paragraph' | 'item'; content: Inline[]}
  /** A statement the government must confirm before it is submitted. */
  | {kind: 'draft'; content: Inline[]};

const piece = (i: Inline): {text: string; bold?: boolean; italic?: boolean} => (typeof i === 'string' ? {text: i} : i);

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

/** Render to a Word file (bytes), deterministic for the same blocks and date. */
export async function toDocx(
  blocks: readonly Block[],
  options: {title: string; description?: string | undefined; date?: string | undefined; paper?: 'a4' | 'letter' | undefined}
): Promise<Uint8Array> {
  // Word escapes text itself (the docx library writes XML text nodes); line breaks fold as in Markdown.
  const runs = (content: readonly Inline[]) =>
    content
      .map(piece)
      .map((p) => new TextRun({text: md.inline(p.text), ...(p.bold ? {bold: true} : {}), ...(p.italic ? {italics: true} : {})}));
  const paragraphs = blocks.map((b) => {
    switch (b.kind) {
      case 'title':
        return new Paragraph({style: 'BillTitle', children: [new TextRun(md.inline(b.text))]});
      case 'heading':
        return new Paragraph({style: 'Heading1', children: [new TextRun(md.inline(b.text))]});
      case 'subheading':
        return new Paragraph({style: 'Heading2', children: [new TextRun(md.inline(b.text))]});
      case 'item':
        return new Paragraph({style: 'Subsection', children: [new TextRun('•\t'), ...runs(b.content)]});
      case 'draft':
        return new Paragraph({
          style: 'SectionText',
          shading: {type: 'clear', fill: 'EEEEEE', color: 'auto'},
          children: [new TextRun({text: 'Draft, to be confirmed by the government: ', bold: true}), ...runs(b.content)]
        });
      default:
        return new Paragraph({style: 'ScheduleText', children: runs(b.content)});
    }
  });
  return packDocx(
    wordDocument(paragraphs, {
      title: options.title,
      description: options.description ?? 'Article 7 report, Form A (prefilled draft)',
      paper: options.paper
    }),
    {date: options.date}
  );
}
