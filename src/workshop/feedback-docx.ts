/**
 * The feedback sheet as a one-page Word document (A4, compact type), from
 * the same blocks as the HTML page. Loaded only when a sheet is written, so
 * nothing else pays for the Word library. Deterministic: packed with the
 * project's `packDocx` (fixed zip times, the date given, never the clock).
 */
import {AlignmentType, Document, type IParagraphStyleOptions, Paragraph, TextRun} from 'docx';
import {packDocx} from '../export/docx-pack.js';
import {paperSizes} from '../export/docx.js';
import {inline} from '../report/markdown.js';
import type {FeedbackSheet} from './feedback.js';
import type {SheetRun} from './blocks.js';
import {sheetBlocks} from './feedback-render.js';

const font = 'Calibri';

/** Half-points: 10 pt body, 8.5 pt notes, so a full sheet stays on one A4 page. */
const styles: IParagraphStyleOptions[] = [
  {id: 'SheetTitle', name: 'Sheet title', run: {font, size: 30, bold: true}, paragraph: {spacing: {after: 40}}},
  {id: 'SheetMeta', name: 'Sheet meta', run: {font, size: 17, color: '4B5563'}, paragraph: {spacing: {after: 100}}},
  {
    id: 'SheetHeading',
    name: 'Sheet heading',
    basedOn: 'Normal',
    run: {font, size: 22, bold: true},
    paragraph: {spacing: {before: 140, after: 40}, keepNext: true, border: {bottom: {style: 'single', size: 4, color: 'C9CED6', space: 1}}}
  },
  {id: 'SheetText', name: 'Sheet text', run: {font, size: 19}, paragraph: {spacing: {after: 40}}},
  {id: 'SheetNote', name: 'Sheet note', run: {font, size: 17, color: '4B5563'}, paragraph: {spacing: {after: 40}}},
  {
    id: 'SheetItem',
    name: 'Sheet item',
    run: {font, size: 19},
    paragraph: {spacing: {after: 30}, indent: {left: 280, hanging: 200}}
  }
];

function runs(list: readonly SheetRun[]): TextRun[] {
  return list
    .filter((r) => (typeof r === 'string' ? r !== '' : r.text !== ''))
    .map((r) =>
      typeof r === 'string'
        ? new TextRun(inline(r))
        : new TextRun({
            text: inline(r.text),
            ...(r.bold ? {bold: true} : {}),
            ...(r.italic ? {italics: true} : {}),
            ...(r.code ? {font: 'Consolas', size: 17} : {})
          })
    );
}

/** Render the sheet to Word bytes. `date` (`YYYY-MM-DD`) is the document's date (the gap report's `today`). */
export async function renderSheetDocx(sheet: FeedbackSheet, options: {language?: string | undefined} = {}): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [];
  for (const block of sheetBlocks(sheet)) {
    switch (block.kind) {
      case 'title':
        paragraphs.push(new Paragraph({style: 'SheetTitle', children: [new TextRun(inline(block.text))]}));
        break;
      case 'meta':
        paragraphs.push(new Paragraph({style: 'SheetMeta', children: runs(block.runs)}));
        break;
      case 'heading':
      case 'subheading':
        paragraphs.push(new Paragraph({style: 'SheetHeading', children: [new TextRun(inline(block.text))]}));
        break;
      case 'list':
        for (const item of block.items) paragraphs.push(new Paragraph({style: 'SheetItem', children: [new TextRun('•\t'), ...runs(item)]}));
        break;
      default:
        paragraphs.push(
          new Paragraph({style: block.note ? 'SheetNote' : 'SheetText', alignment: AlignmentType.LEFT, children: runs(block.runs)})
        );
    }
  }
  const size = paperSizes.a4;
  const doc = new Document({
    creator: 'ccm-drafter',
    lastModifiedBy: 'ccm-drafter',
    title: `Feedback: ${sheet.state}`,
    description: `Workshop feedback sheet on ${sheet.title} (build ${sheet.buildId})`,
    styles: {
      default: {document: {run: {font, size: 19, language: {value: options.language ?? 'en-GB'}}}},
      paragraphStyles: styles
    },
    sections: [
      {
        // 1.5 cm margins (567 twips a centimetre).
        properties: {page: {size: {width: size.width, height: size.height}, margin: {top: 850, bottom: 850, left: 850, right: 850}}},
        children: paragraphs
      }
    ]
  });
  return packDocx(doc, {date: sheet.today});
}
