/**
 * The gap report of any Act as a document: built once as an mdast tree
 * ({@link actReportTree}), then serialised to Markdown here, turned into
 * hast for the HTML page (`render-html.ts`) and walked for Word
 * (`render-docx.ts`). Act text only ever enters as text nodes, so no quote
 * from an Act can change the document's structure.
 *
 * The reader meets, in order: what was read and when (tool and model
 * versions, the date), the summary table of components with rating,
 * confidence and where, the Convention view, then the details (every
 * finding's quotes, why the confidence, the precedent framed by the rating)
 * and what could not be read.
 */
import type {Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {fastTextToMarkdown} from '../util/markdown-text.js';
import type {ActGapReport, ComponentFinding, Evidence} from './types.js';

const text = (value: string): PhrasingContent => ({type: 'text', value: value.replace(/[\r\n]+/g, ' ')});
const strong = (value: string): PhrasingContent => ({type: 'strong', children: [text(value)]});
const code = (value: string): PhrasingContent => ({type: 'inlineCode', value});
const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children});
const heading = (depth: Heading['depth'], ...children: PhrasingContent[]): RootContent => ({type: 'heading', depth, children});
const cell = (...children: PhrasingContent[]): TableCell => ({type: 'tableCell', children});
const row = (cells: TableCell[]): TableRow => ({type: 'tableRow', children: cells});
const table = (head: string[], rows: TableCell[][]): Table => ({
  type: 'table',
  align: head.map(() => null),
  children: [row(head.map((h) => cell(text(h)))), ...rows.map(row)]
});

/** How a rating reads in the summary: absent and cannot-tell stand out. */
export function ratingLabel(rating: string): string {
  return rating === 'cannot-tell' ? 'cannot tell' : rating;
}

function where(evidence: readonly Evidence[]): string {
  return evidence.length ? evidence.map((e) => e.citation).join(', ') : '–';
}

/** One line saying when and with what the report was made. */
export function generatedLine(report: ActGapReport): string {
  const g = report.generated;
  return `Made by ${g.tool} ${g.toolVersion} with model Act ${g.modelVersion} on ${g.date}.`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line of counts. */
export function summaryLine(report: ActGapReport): string {
  const s = report.summary;
  const a = report.act;
  return (
    `${a.path} (${a.format}) · ${plural(a.sections, 'section')}, ${plural(a.schedules, 'schedule')}` +
    (a.unavailable ? `, ${a.unavailable} without text` : '') +
    ` · strength: ${s.strength.strong} strong, ${s.strength.partial} partial, ${s.strength.weak} weak, ${s.strength.absent} absent, ${s.strength['cannot-tell']} cannot tell` +
    ` · Convention: ${s.convention.implemented} implemented, ${s.convention.partial} partial, ${s.convention.missing} missing, ${s.convention['cannot-tell']} cannot tell` +
    (s.unreadable ? ` · ${s.unreadable} parts not read (see the end)` : '')
  );
}

function details(f: ComponentFinding): RootContent[] {
  const out: RootContent[] = [heading(3, text(`${f.title} (`), code(f.id), text(`): ${ratingLabel(f.rating)}`))];
  const articles = `Article${f.articles.length > 1 ? 's' : ''} ${f.articles.join(', ')}.`;
  out.push(paragraph(text(`${f.reason}${f.form && f.form !== 'none' ? ` Form: ${f.form}.` : ''} ${articles}`)));
  out.push(paragraph(strong('Confidence:'), text(` ${f.confidence}${f.confidenceWhy ? `: ${f.confidenceWhy}` : ''}.`)));
  out.push(paragraph(strong('Precedent:'), text(` ${f.precedentNote ? `${f.precedentNote} ` : ''}${f.precedent}.`)));
  if (f.evidence.length > 0) {
    out.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: f.evidence.map((e) => ({
        type: 'listItem',
        spread: false,
        children: [
          paragraph(strong(e.citation), text(` (line ${e.line}${e.role ? `, ${e.role}` : ''}, ${e.confidence} confidence): “${e.snippet}”`))
        ]
      }))
    });
  }
  return out;
}

/** The report as an mdast tree. */
export function actReportTree(report: ActGapReport): Root {
  const children: RootContent[] = [];
  children.push(heading(1, text(`Gap report: ${report.act.title || report.act.path}`)));
  children.push(paragraph(text(summaryLine(report))));
  children.push(paragraph(text(generatedLine(report))));
  children.push({
    type: 'blockquote',
    children: [
      paragraph(
        text(
          'Findings come from reading each provision for what it does (offence, exception, defence, power, duty …). Check each one against the quoted text under Details before citing it; "cannot tell" means the text that would decide is not in the file.'
        )
      )
    ]
  });
  children.push(heading(2, text('Strength view')));
  children.push(
    table(
      ['Component', 'Rating', 'Confidence', 'Why', 'Where'],
      report.strength.map((f) => [
        cell(text(`${f.title} (`), code(f.id), text(')')),
        cell(f.rating === 'absent' || f.rating === 'cannot-tell' ? strong(ratingLabel(f.rating)) : text(f.rating)),
        cell(text(f.confidence)),
        cell(text(`${f.reason}${f.form && f.form !== 'none' ? ` Form: ${f.form}.` : ''}`)),
        cell(text(where(f.evidence)))
      ])
    )
  );
  children.push(heading(2, text('Convention view')));
  children.push(
    table(
      ['Art', 'Obligation', 'Status', 'Sections', 'Missing'],
      report.convention.map((o) => [
        cell(text(o.article)),
        cell(text(o.title)),
        cell(o.status === 'missing' || o.status === 'cannot-tell' ? strong(ratingLabel(o.status)) : text(o.status)),
        cell(text(o.sections.length ? o.sections.join(', ') : '–')),
        cell(text(o.missing || '–'))
      ])
    )
  );
  const admin = report.convention.filter((o) => o.note && o.status !== 'implemented').map((o) => o.article);
  if (admin.length)
    children.push(
      paragraph(
        text(
          `Articles ${admin.join(', ')} are usually met by administrative measures: absence from the Act is a gap only if nothing else covers them.`
        )
      )
    );
  children.push(heading(2, text('Details')));
  for (const f of report.strength) children.push(...details(f));
  if (report.messages.length) {
    children.push(heading(2, text('What could not be read')));
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: report.messages.map((m) => ({
        type: 'listItem',
        spread: false,
        children: [paragraph(text(`${m.line ? `line ${m.line}: ` : ''}${m.reason}${m.ruleId ? ` [${m.ruleId}]` : ''}`))]
      }))
    });
  }
  return {type: 'root', children};
}

/** Render an Act's gap report as Markdown. */
export function renderActGapMarkdown(report: ActGapReport): string {
  return toMarkdown(actReportTree(report), {
    extensions: [gfmToMarkdown({tablePipeAlign: false}), fastTextToMarkdown],
    bullet: '-',
    emphasis: '_',
    rule: '-'
  });
}

/**
 * Escape text for a Markdown table cell or paragraph. The draft report
 * (render-draft-md.ts) still builds its Markdown from strings with it; the
 * Act report is built as a tree and does not need it.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>|#~])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .trim();
}
