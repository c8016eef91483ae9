/**
 * HTML export: one self-contained page (inline CSS, no scripts, no network)
 * that reads well on screen and prints like a bill: the front matter in the
 * bill's house style (src/bill/front-matter.ts) with the same page breaks as
 * Word, the arrangement of sections linking to each section, and
 * cross-references linking to what they cite. Anchors are the AKN `eId`s, so
 * the same ids work across formats.
 *
 * Built as a hast tree (hastscript) and serialised by hast-util-to-html,
 * which escapes every text and attribute value: nothing in the bill can add
 * markup to the page.
 */
import type {ElementContent, Root} from 'hast';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import type {Bill, Provision, Run, Schedule, Section} from '../bill/model.js';
import {
  defaultFrontMatterStyle,
  type FrontMatterBlock,
  frontMatterPageStarts,
  frontMatterPresent,
  frontMatterStyles
} from '../bill/front-matter.js';
import type {BillLinks} from './provenance.js';

const css = `
body{font-family:"Times New Roman",Times,serif;font-size:12pt;line-height:1.45;max-width:42em;margin:2em auto;padding:0 1em;color:#111;background:#fff}
h1{text-align:center;font-size:1.6em;margin:0 0 .8em}
.long-title{font-style:italic;margin:0 0 1.2em}
.enacting{margin:1.2em 0}
nav h2,.part>h2,.schedule>h2{text-align:center;font-size:1.15em;margin:2em 0 1em;text-transform:none}
nav ol{list-style:none;padding:0;margin:0}
nav li.part-entry{font-weight:bold;margin-top:.6em}
nav li.section-entry{padding-left:2.5em;text-indent:-2.5em}
nav{margin:0 0 2.5em}
nav .n{display:inline-block;min-width:2.5em;text-indent:0}
a{color:inherit}
a.ref{text-decoration:underline dotted}
section.section>h3{font-size:1em;margin:1.4em 0 .5em}
section.section>h3 .n{display:inline-block;min-width:2.5em}
.p{margin:.4em 0}
.lvl1,.lvl2,.lvl3,.lvl4{position:relative}
.lvl1{padding-left:2.5em}
.lvl2{padding-left:5em}
.lvl3{padding-left:7.5em}
.lvl4{padding-left:10em}
.lvl1>.num,.lvl2>.num,.lvl3>.num,.lvl4>.num{position:absolute}
.lvl1>.num{left:0}
.lvl2>.num{left:2.5em}
.lvl3>.num{left:5em}
.lvl4>.num{left:7.5em}
.section .txt{padding-left:2.5em}
.model{color:#666;font-size:.8em}
@media print{body{max-width:none;margin:0}.page-break{break-before:page}.schedule{break-before:page}a{text-decoration:none}.model{display:none}}
`.trim();

/** Options for {@link renderHtml}. */
export interface HtmlOptions {
  links?: BillLinks | undefined;
  /** BCP 47 language of the text, the page's `lang` (default `en-GB`). */
  language?: string | undefined;
}

/** Children separated by line breaks, so the page source reads (and diffs) one block per line. */
function lines(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child, i) => (i === 0 ? [child] : [{type: 'text', value: '\n'}, child]));
}

function inline(runs: readonly Run[]): ElementContent[] {
  return runs.map((run) => {
    let node: ElementContent = {type: 'text', value: run.text};
    // Children in an array: hastscript reads a lone text node as properties (`<b type="text" value="…">`).
    if (run.italic) node = h('i', [node]);
    if (run.bold) node = h('b', [node]);
    return run.ref ? h('a', {className: ['ref'], href: `#${run.ref}`}, node) : node;
  });
}

const levelOf: Record<Provision['kind'], number> = {subsection: 1, paragraph: 2, subparagraph: 3, clause: 4, text: 0};

/** Render a bill as one HTML page. */
export function renderHtml(bill: Bill, options: HtmlOptions = {}): string {
  const links = options.links;
  const styleName = bill.frontMatter ?? defaultFrontMatterStyle;
  const style = frontMatterStyles[styleName];
  const origin = (eId: string) => {
    const link = eId ? links?.byEId.get(eId) : undefined;
    if (!link) return {};
    const articles = link.articles.length ? `; Convention article${link.articles.length > 1 ? 's' : ''} ${link.articles.join(', ')}` : '';
    return {title: `Model clause ${link.clauses.join(', ')}${articles}`, dataClause: link.clauses.join(' ')};
  };
  const id = (eId: string) => (eId ? {id: eId} : {});

  const provision = (p: Provision): ElementContent[] => {
    const level = levelOf[p.kind];
    // Unlabelled text in a section aligns with subsection text, as in the Word layout.
    return [
      h(
        'div',
        {className: level ? ['p', `lvl${level}`] : ['p', 'txt'], ...id(p.eId), ...origin(p.eId)},
        p.num ? [h('span', {className: ['num']}, p.num), ...inline(p.block.runs)] : inline(p.block.runs)
      ),
      ...p.children.flatMap(provision)
    ];
  };
  const section = (s: Section, pageBreak: boolean) =>
    h(
      'section',
      {className: pageBreak ? ['section', 'page-break'] : ['section'], ...id(s.eId), ...origin(s.eId)},
      lines([h('h3', [h('span', {className: ['n']}, s.number), ` ${s.heading}`]), ...s.children.flatMap(provision)])
    );
  const scheduleLabel = (s: Schedule) => `Schedule${s.number ? ` ${s.number}` : ''}`;
  const schedule = (s: Schedule) =>
    h(
      'section',
      {className: ['schedule'], ...id(s.eId), ...origin(s.eId)},
      lines([h('h2', s.heading ? [scheduleLabel(s), h('br'), s.heading] : [scheduleLabel(s)]), ...s.children.flatMap(provision)])
    );

  const pageClass = (pageBreak: boolean) => (pageBreak ? {className: ['page-break']} : {});
  const blocks: Record<FrontMatterBlock, (pageBreak: boolean) => ElementContent[]> = {
    arrangement: (pageBreak) => [
      h('nav', {ariaLabel: style.arrangementHeading, ...pageClass(pageBreak)}, [
        h('h2', style.arrangementHeading),
        h(
          'ol',
          lines([
            ...bill.body.flatMap((item) => [
              ...(item.kind === 'part'
                ? [h('li', {className: ['part-entry']}, h('a', {href: `#${item.eId}`}, `Part ${item.number} ${item.heading}`))]
                : []),
              ...(item.kind === 'part' ? item.sections : [item]).map((s) =>
                h(
                  'li',
                  {className: ['section-entry']},
                  h('a', {href: `#${s.eId}`}, [h('span', {className: ['n']}, s.number), ` ${s.heading}`])
                )
              )
            ]),
            ...bill.schedules.map((s) =>
              h('li', {className: ['part-entry']}, h('a', {href: `#${s.eId}`}, `${scheduleLabel(s)} ${s.heading}`.trim()))
            )
          ])
        )
      ])
    ],
    title: (pageBreak) => [h('h1', pageClass(pageBreak), inline(bill.title.runs))],
    longTitle: (pageBreak) =>
      bill.longTitle ? [h('p', {className: pageBreak ? ['long-title', 'page-break'] : ['long-title']}, inline(bill.longTitle.runs))] : [],
    preamble: (pageBreak) =>
      bill.preamble.map((p, i) => h('p', {className: pageBreak && i === 0 ? ['preamble', 'page-break'] : ['preamble']}, inline(p.runs))),
    enactingFormula: (pageBreak) =>
      bill.enactingFormula
        ? [h('p', {className: pageBreak ? ['enacting', 'page-break'] : ['enacting']}, inline(bill.enactingFormula.runs))]
        : []
  };
  const present = frontMatterPresent(bill);
  const starts = frontMatterPageStarts(styleName, present);
  const front = style.pages.flat().flatMap((block) => (present(block) ? blocks[block](starts.has(block)) : []));

  // Part 1 starts a new printed page, as in Word, unless the house style puts the enacting formula at its head.
  let bodyBreak = style.bodyOnNewPage;
  const body = bill.body.map((item) => {
    const pageBreak = bodyBreak;
    bodyBreak = false;
    return item.kind === 'part'
      ? h(
          'section',
          {className: pageBreak ? ['part', 'page-break'] : ['part'], ...id(item.eId), ...origin(item.eId)},
          lines([h('h2', [`Part ${item.number}`, h('br'), item.heading]), ...item.sections.map((s) => section(s, false))])
        )
      : section(item, pageBreak);
  });

  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      {type: 'text', value: '\n'},
      h('html', {lang: options.language ?? 'en-GB'}, [
        {type: 'text', value: '\n'},
        h(
          'head',
          lines([
            h('meta', {charSet: 'utf-8'}),
            h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
            h('title', bill.title.text),
            h('style', css)
          ])
        ),
        {type: 'text', value: '\n'},
        h('body', [h('article', {className: ['bill']}, lines([...front, ...body, ...bill.schedules.map(schedule)]))]),
        {type: 'text', value: '\n'}
      ])
    ]
  };
  return `${toHtml(tree, {characterReferences: {useNamedReferences: true}})}\n`;
}
