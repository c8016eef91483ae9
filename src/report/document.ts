/**
 * A small document model for reports (headings, paragraphs, list items,
 * marked drafts) rendered to Markdown and to Word, so both say the same.
 */
import {Paragraph, TextRun} from 'docx';
import {packDocx} from '../export/docx-pack.js';
import {wordDocument} from '../export/docx.js';

/** Inline text: plain strings, or bold/italic pieces. */
export type Inline = string | {text: string; bold?: boolean; italic?: boolean};

/** One block of a report. */
export type Block =
  | {kind: 'title' | 'heading' | 'subheading'; text: string}
  | {kind: 'paragraph' | 'item'; content: Inline[]}
  /** A statement the government must confirm before it is submitted. */
  | {kind: 'draft'; content: Inline[]};

const piece = (i: Inline) => (typeof i === 'string' ? {text: i} : i);

/** Render to Markdown. */
export function toMarkdown(blocks: readonly Block[]): string {
  const md = (content: readonly Inline[]) =>
    content
      .map(piece)
      .map((p) => {
        // Emphasis markers must hug the text ("**Date:** 1 June"), so white space moves outside them.
        const m = /^(\s*)(.*?)(\s*)$/s.exec(p.text)!;
        const mark = p.bold ? '**' : p.italic ? '_' : '';
        return mark && m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : p.text;
      })
      .join('');
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const previous = blocks[i - 1];
    if (b.kind === 'item') {
      if (previous && previous.kind !== 'item') out.push('');
      out.push(`- ${md(b.content)}`);
      return;
    }
    if (i > 0) out.push('');
    if ('text' in b) out.push(`${b.kind === 'title' ? '#' : b.kind === 'heading' ? '##' : '###'} ${b.text}`);
    else if (b.kind === 'draft') out.push(`> **Draft, to be confirmed by the government:** ${md(b.content)}`);
    else out.push(md(b.content));
  });
  return `${out.join('\n')}\n`;
}

/** Render to a Word file (bytes), deterministic for the same blocks and date. */
export async function toDocx(
  blocks: readonly Block[],
  options: {title: string; date?: string | undefined; paper?: 'a4' | 'letter' | undefined}
): Promise<Uint8Array> {
  const runs = (content: readonly Inline[]) =>
    content.map(piece).map((p) => new TextRun({text: p.text, ...(p.bold ? {bold: true} : {}), ...(p.italic ? {italics: true} : {})}));
  const paragraphs = blocks.map((b) => {
    switch (b.kind) {
      case 'title':
        return new Paragraph({style: 'BillTitle', children: [new TextRun(b.text)]});
      case 'heading':
        return new Paragraph({style: 'Heading1', children: [new TextRun(b.text)]});
      case 'subheading':
        return new Paragraph({style: 'Heading2', children: [new TextRun(b.text)]});
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
    wordDocument(paragraphs, {title: options.title, description: 'Article 7 report, Form A (prefilled draft)', paper: options.paper}),
    {date: options.date}
  );
}
