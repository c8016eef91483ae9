/**
 * The report document model rendered to Word. Kept apart from the Markdown
 * renderer so that commands writing only Markdown (build writes the
 * explanatory note) never load the Word library.
 */
import {Paragraph, TextRun} from 'docx';
import {packDocx} from '../export/docx-pack.js';
import {wordDocument} from '../export/docx.js';
import {type Block, type Inline, piece} from './document.js';
import * as md from './markdown.js';

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
