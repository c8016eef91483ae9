/**
 * The gap report of any Act as a Word document, from the same mdast tree
 * as the Markdown and HTML: headings, paragraphs, tables with a header row,
 * bullet lists. Document properties name the tool, the model version and
 * the date of the run; the bytes depend only on the report (packDocx).
 */
import {Document, HeadingLevel, Paragraph, type ParagraphChild, Table, TableCell, TableRow, TextRun, WidthType} from 'docx';
import type {PhrasingContent, RootContent} from 'mdast';
import {packDocx} from '../export/docx-pack.js';
import {actReportTree, generatedLine} from './render-md.js';
import type {ActGapReport} from './types.js';

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function runs(nodes: readonly PhrasingContent[], style: {bold?: boolean; italics?: boolean} = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(new TextRun({text: node.value, ...style}));
    else if (node.type === 'inlineCode') out.push(new TextRun({text: node.value, font: 'Consolas', ...style}));
    else if (node.type === 'strong') out.push(...runs(node.children, {...style, bold: true}));
    else if (node.type === 'emphasis') out.push(...runs(node.children, {...style, italics: true}));
    else if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
  }
  return out;
}

function blocks(nodes: readonly RootContent[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push(new Paragraph({heading: HEADINGS[node.depth - 1] ?? HeadingLevel.HEADING_4, children: runs(node.children)}));
        break;
      case 'paragraph':
        out.push(new Paragraph({children: runs(node.children)}));
        break;
      case 'blockquote':
        for (const child of node.children)
          if (child.type === 'paragraph') out.push(new Paragraph({children: runs(child.children, {italics: true}), indent: {left: 360}}));
        break;
      case 'list':
        for (const item of node.children)
          for (const child of item.children)
            if (child.type === 'paragraph') out.push(new Paragraph({children: runs(child.children), bullet: {level: 0}}));
        break;
      case 'table':
        out.push(
          new Table({
            width: {size: 100, type: WidthType.PERCENTAGE},
            rows: node.children.map(
              (row, r) =>
                new TableRow({
                  tableHeader: r === 0,
                  children: row.children.map(
                    (cell) => new TableCell({children: [new Paragraph({children: runs(cell.children, r === 0 ? {bold: true} : {})})]})
                  )
                })
            )
          })
        );
        break;
      default:
        break;
    }
  }
  return out;
}

/** Render an Act's gap report as a Word document (bytes). */
export async function renderActGapDocx(report: ActGapReport): Promise<Uint8Array> {
  const tree = actReportTree(report);
  const doc = new Document({
    creator: `${report.generated.tool} ${report.generated.toolVersion}`,
    title: `Gap report: ${report.act.title || report.act.path}`,
    description: generatedLine(report),
    styles: {default: {document: {run: {font: 'Georgia', size: 22}}}},
    sections: [{children: blocks(tree.children)}]
  });
  return packDocx(doc, {date: /^\d{4}-\d{2}-\d{2}$/.test(report.generated.date) ? report.generated.date : undefined});
}
