/**
 * Word export: the bill laid out as drafting offices expect. The front
 * matter (an arrangement of sections whose entries link to the sections, with
 * no page numbers to go stale; the title, long title, recitals and enacting
 * formula) in the bill's house style with its page breaks
 * (src/bill/front-matter.ts); Parts as Heading 1 and sections as Heading 2
 * (so Word's navigation pane and a TOC field work), hanging indents for
 * subsections, paragraphs and subparagraphs, defined terms in bold where
 * defined, the short title as a running header, page numbers in the footer,
 * the document language set (spelling and hyphenation), A4 or Letter.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  InternalHyperlink,
  type IParagraphStyleOptions,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun
} from 'docx';
import type {Bill, Provision, Run} from '../bill/model.js';
import {
  defaultFrontMatterStyle,
  type FrontMatterBlock,
  frontMatterPageStarts,
  frontMatterPresent,
  frontMatterStyles
} from '../bill/front-matter.js';
import {packDocx} from './docx-pack.js';

/** Paper sizes in twentieths of a point (twips). */
export const paperSizes = {
  a4: {width: 11906, height: 16838},
  letter: {width: 12240, height: 15840}
} as const;

/** Options for {@link renderDocx}. */
export interface DocxOptions {
  paper?: keyof typeof paperSizes | undefined;
  /** Created/modified date in the document properties (`YYYY-MM-DD`); none when not given. */
  date?: string | undefined;
  /** BCP 47 language of the text (default `en-GB`): Word's spelling and hyphenation follow it. */
  language?: string | undefined;
}

/** Indents (twips): the label hangs in the gutter, the text aligns at the next step. */
const step = 567; // 1 cm
const font = 'Times New Roman';

type StyleParagraph = NonNullable<IParagraphStyleOptions['paragraph']>;
type StyleRun = NonNullable<IParagraphStyleOptions['run']>;

// Hanging indents need no tab stops: Word and LibreOffice tab to the hanging indent.
const style = (id: string, name: string, paragraph: StyleParagraph, run: StyleRun = {}): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  paragraph,
  run: {font, size: 24, ...run}
});

/** The styles, named so a drafting office can restyle them in Word. */
export const billStyles: IParagraphStyleOptions[] = [
  style(
    'Heading1',
    'heading 1',
    {alignment: AlignmentType.CENTER, spacing: {before: 480, after: 240}, keepNext: true, outlineLevel: 0},
    {bold: true, size: 26}
  ),
  style(
    'Heading2',
    'heading 2',
    {spacing: {before: 280, after: 120}, keepNext: true, outlineLevel: 1, indent: {left: 2 * step, hanging: 2 * step}},
    {bold: true}
  ),
  style('BillTitle', 'Bill Title', {alignment: AlignmentType.CENTER, spacing: {after: 360}}, {bold: true, size: 32}),
  style('LongTitle', 'Long Title', {spacing: {after: 360}, alignment: AlignmentType.JUSTIFIED}, {italics: true}),
  style('EnactingFormula', 'Enacting Formula', {spacing: {before: 240, after: 240}}),
  style(
    'ArrangementHeading',
    'Arrangement Heading',
    {alignment: AlignmentType.CENTER, spacing: {before: 240, after: 240}, keepNext: true},
    {bold: true}
  ),
  style('ArrangementPart', 'Arrangement Part', {spacing: {before: 160, after: 60}, keepNext: true}, {bold: true, size: 22}),
  style('ArrangementEntry', 'Arrangement Entry', {indent: {left: 2 * step, hanging: 2 * step}, spacing: {after: 0}}, {size: 22}),
  style('SectionText', 'Section Text', {indent: {left: 2 * step}, spacing: {after: 120}, alignment: AlignmentType.JUSTIFIED}),
  style('Subsection', 'Subsection', {
    indent: {left: 2 * step, hanging: 2 * step},
    spacing: {after: 120},
    alignment: AlignmentType.JUSTIFIED
  }),
  style('Paragraph', 'Paragraph', {indent: {left: 3 * step, hanging: step}, spacing: {after: 120}, alignment: AlignmentType.JUSTIFIED}),
  style('Subparagraph', 'Subparagraph', {
    indent: {left: 4 * step, hanging: step},
    spacing: {after: 120},
    alignment: AlignmentType.JUSTIFIED
  }),
  style('Clause', 'Clause', {indent: {left: 5 * step, hanging: step}, spacing: {after: 120}, alignment: AlignmentType.JUSTIFIED}),
  style('RunningHeader', 'Running Header', {alignment: AlignmentType.CENTER, spacing: {after: 0}}, {italics: true, size: 18}),
  style('ScheduleText', 'Schedule Text', {spacing: {after: 120}, alignment: AlignmentType.JUSTIFIED})
];

/** Runs as Word runs (bold and italic kept; cross-references stay text, as in a printed bill). */
export function wordRuns(runs: readonly Run[]): TextRun[] {
  // Only set what the text sets, so the paragraph style (a bold title, an italic long title) shows through.
  return runs.map((r) => new TextRun({text: r.text, ...(r.bold ? {bold: true} : {}), ...(r.italic ? {italics: true} : {})}));
}

const styleOf: Record<Provision['kind'], string> = {
  subsection: 'Subsection',
  paragraph: 'Paragraph',
  subparagraph: 'Subparagraph',
  clause: 'Clause',
  text: 'SectionText'
};

/**
 * The Word paragraphs of a bill: the front matter in its house style (each
 * page group of the style starting a new page), then the body.
 */
export function billParagraphs(bill: Bill): Paragraph[] {
  const out: Paragraph[] = [];
  const styleName = bill.frontMatter ?? defaultFrontMatterStyle;
  const style = frontMatterStyles[styleName];

  // Arrangement of sections: one real entry per Part and section, each a link to the heading's bookmark.
  const arrangement = (pageBreakBefore: boolean): Paragraph[] => {
    const entries: Paragraph[] = [
      new Paragraph({style: 'ArrangementHeading', pageBreakBefore, children: [new TextRun(style.arrangementHeading)]})
    ];
    const entry = (eId: string, number: string, heading: string) =>
      new Paragraph({
        style: 'ArrangementEntry',
        children: [new InternalHyperlink({anchor: eId, children: [new TextRun(`${number}\t${heading}`)]})]
      });
    for (const item of bill.body) {
      if (item.kind === 'part') {
        entries.push(
          new Paragraph({
            style: 'ArrangementPart',
            children: [new InternalHyperlink({anchor: item.eId, children: [new TextRun(`Part ${item.number} ${item.heading}`)]})]
          })
        );
        for (const s of item.sections) entries.push(entry(s.eId, s.number, s.heading));
      } else entries.push(entry(item.eId, item.number, item.heading));
    }
    for (const s of bill.schedules) {
      entries.push(
        new Paragraph({
          style: 'ArrangementPart',
          children: [
            new InternalHyperlink({anchor: s.eId, children: [new TextRun(`Schedule${s.number ? ` ${s.number}` : ''} ${s.heading}`.trim())]})
          ]
        })
      );
    }
    return entries;
  };

  const blocks: Record<FrontMatterBlock, (pageBreakBefore: boolean) => Paragraph[]> = {
    arrangement,
    title: (pageBreakBefore) => [new Paragraph({style: 'BillTitle', pageBreakBefore, children: wordRuns(bill.title.runs)})],
    longTitle: (pageBreakBefore) =>
      bill.longTitle ? [new Paragraph({style: 'LongTitle', pageBreakBefore, children: wordRuns(bill.longTitle.runs)})] : [],
    preamble: (pageBreakBefore) =>
      bill.preamble.map(
        (p, i) => new Paragraph({style: 'EnactingFormula', pageBreakBefore: pageBreakBefore && i === 0, children: wordRuns(p.runs)})
      ),
    enactingFormula: (pageBreakBefore) =>
      bill.enactingFormula
        ? [new Paragraph({style: 'EnactingFormula', pageBreakBefore, keepNext: true, children: wordRuns(bill.enactingFormula.runs)})]
        : []
  };
  const present = frontMatterPresent(bill);
  const starts = frontMatterPageStarts(styleName, present);
  for (const page of style.pages) for (const block of page) if (present(block)) out.push(...blocks[block](starts.has(block)));
  // Part 1 starts a new page, unless the house style puts the enacting formula at its head.
  let bodyBreak = style.bodyOnNewPage;

  const provision = (p: Provision, inSchedule: boolean) => {
    const children: ParagraphChild[] = p.num ? [new TextRun(`${p.num}\t`), ...wordRuns(p.block.runs)] : wordRuns(p.block.runs);
    out.push(new Paragraph({style: inSchedule && p.kind === 'text' ? 'ScheduleText' : styleOf[p.kind], children}));
    for (const c of p.children) provision(c, inSchedule);
  };
  for (const item of bill.body) {
    const sections = item.kind === 'part' ? item.sections : [item];
    if (item.kind === 'part') {
      out.push(
        new Paragraph({
          style: 'Heading1',
          pageBreakBefore: bodyBreak,
          children: [
            new Bookmark({id: item.eId, children: [new TextRun(`Part ${item.number}`), new TextRun({break: 1}), new TextRun(item.heading)]})
          ]
        })
      );
    }
    if (item.kind === 'part') bodyBreak = false;
    for (const s of sections) {
      out.push(
        new Paragraph({
          style: 'Heading2',
          pageBreakBefore: bodyBreak,
          children: [new Bookmark({id: s.eId, children: [new TextRun(`${s.number}\t${s.heading}`)]})]
        })
      );
      bodyBreak = false;
      for (const p of s.children) provision(p, false);
    }
  }
  for (const s of bill.schedules) {
    out.push(
      new Paragraph({
        style: 'Heading1',
        pageBreakBefore: true,
        children: [
          new Bookmark({
            id: s.eId,
            children: [
              new TextRun(`Schedule${s.number ? ` ${s.number}` : ''}`),
              ...(s.heading ? [new TextRun({break: 1}), new TextRun(s.heading)] : [])
            ]
          })
        ]
      })
    );
    for (const p of s.children) provision(p, true);
  }
  return out;
}

/** A Word document with the bill styles, page numbers, a running header and the paper size. */
export function wordDocument(
  children: Paragraph[],
  options: {
    title: string;
    description: string;
    paper?: keyof typeof paperSizes | undefined;
    /** BCP 47 language of the text (default `en-GB`). */
    language?: string | undefined;
    /** Text of the running header on every page (default: none). */
    header?: string | undefined;
  }
): Document {
  const size = paperSizes[options.paper ?? 'a4'];
  return new Document({
    creator: 'ccm-drafter',
    lastModifiedBy: 'ccm-drafter',
    title: options.title,
    description: options.description,
    styles: {
      default: {document: {run: {font, size: 24, language: {value: options.language ?? 'en-GB'}}}},
      paragraphStyles: billStyles
    },
    sections: [
      {
        properties: {page: {size: {width: size.width, height: size.height}, margin: {top: 1440, bottom: 1440, left: 1440, right: 1440}}},
        ...(options.header
          ? {headers: {default: new Header({children: [new Paragraph({style: 'RunningHeader', children: [new TextRun(options.header)]})]})}}
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: [PageNumber.CURRENT], size: 20})]})
            ]
          })
        },
        children
      }
    ]
  });
}

/** Render a bill as a .docx file (bytes). Deterministic for the same bill and options. */
export async function renderDocx(bill: Bill, options: DocxOptions = {}): Promise<Uint8Array> {
  const doc = wordDocument(billParagraphs(bill), {
    title: bill.title.text,
    description: bill.longTitle?.text ?? '',
    paper: options.paper,
    language: options.language,
    header: bill.title.text
  });
  return packDocx(doc, {date: options.date});
}
