/**
 * HTML export: one self-contained page (inline CSS, no scripts, no network)
 * that reads well on screen and prints like a bill, with the arrangement of
 * sections linking to each section and cross-references linking to what they
 * cite. Anchors are the AKN `eId`s, so the same ids work across formats.
 */
import type {Bill, Provision, Run, Schedule, Section} from '../bill/model.js';
import {escapeAttribute as attr, escapeText as esc} from './xml.js';
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
nav .n{display:inline-block;min-width:2.5em}
a{color:inherit}
a.ref{text-decoration:underline dotted}
section.section>h3{font-size:1em;margin:1.4em 0 .5em}
section.section>h3 .n{display:inline-block;min-width:2.5em}
.p{margin:.4em 0}
.lvl1,.lvl2,.lvl3{position:relative}
.lvl1{padding-left:2.5em}
.lvl2{padding-left:5em}
.lvl3{padding-left:7.5em}
.lvl1>.num,.lvl2>.num,.lvl3>.num{position:absolute}
.lvl1>.num{left:0}
.lvl2>.num{left:2.5em}
.lvl3>.num{left:5em}
.section .txt{padding-left:2.5em}
.model{color:#666;font-size:.8em}
@media print{body{max-width:none;margin:0}nav{page-break-after:always}.part>h2{page-break-before:always}a{text-decoration:none}.model{display:none}}
`.trim();

function inline(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let text = esc(run.text);
      if (run.italic) text = `<i>${text}</i>`;
      if (run.bold) text = `<b>${text}</b>`;
      return run.ref ? `<a class="ref" href="#${attr(run.ref)}">${text}</a>` : text;
    })
    .join('');
}

/** Options for {@link renderHtml}. */
export interface HtmlOptions {
  links?: BillLinks | undefined;
}

/** Render a bill as one HTML page. */
export function renderHtml(bill: Bill, options: HtmlOptions = {}): string {
  const out: string[] = [];
  const links = options.links;
  const origin = (eId: string) => {
    const link = links?.byEId.get(eId);
    if (!link) return '';
    const articles = link.articles.length ? `; Convention article${link.articles.length > 1 ? 's' : ''} ${link.articles.join(', ')}` : '';
    return ` title="${attr(`Model clause ${link.clauses.join(', ')}${articles}`)}" data-clause="${attr(link.clauses.join(' '))}"`;
  };

  const depthOf = (p: Provision): number => (p.kind === 'subsection' ? 1 : p.kind === 'paragraph' ? 2 : p.kind === 'subparagraph' ? 3 : 0);
  const provision = (p: Provision) => {
    const level = depthOf(p);
    // Unlabelled text in a section aligns with subsection text, as in the Word layout.
    const cls = level ? `p lvl${level}` : 'p txt';
    out.push(
      `<div class="${cls}" id="${attr(p.eId)}"${origin(p.eId)}>${p.num ? `<span class="num">${esc(p.num)}</span>` : ''}${inline(p.block.runs)}</div>`
    );
    for (const child of p.children) provision(child);
  };
  const section = (s: Section) => {
    out.push(`<section class="section" id="${attr(s.eId)}"${origin(s.eId)}>`);
    out.push(`<h3><span class="n">${esc(s.number)}</span> ${esc(s.heading)}</h3>`);
    for (const p of s.children) provision(p);
    out.push('</section>');
  };
  const schedule = (s: Schedule) => {
    out.push(`<section class="schedule" id="${attr(s.eId)}"${origin(s.eId)}>`);
    out.push(`<h2>Schedule${s.number ? ` ${esc(s.number)}` : ''}${s.heading ? `<br>${esc(s.heading)}` : ''}</h2>`);
    for (const p of s.children) provision(p);
    out.push('</section>');
  };

  out.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
  );
  out.push(`<title>${esc(bill.title.text)}</title>`, `<style>${css}</style>`, '</head>', '<body>', '<article class="bill">');
  out.push(`<h1>${inline(bill.title.runs)}</h1>`);
  if (bill.longTitle) out.push(`<p class="long-title">${inline(bill.longTitle.runs)}</p>`);
  out.push('<nav aria-label="Arrangement of sections">', '<h2>Arrangement of sections</h2>', '<ol>');
  for (const item of bill.body) {
    if (item.kind === 'part') {
      out.push(`<li class="part-entry"><a href="#${attr(item.eId)}">Part ${esc(item.number)} ${esc(item.heading)}</a></li>`);
    }
    for (const s of item.kind === 'part' ? item.sections : [item]) {
      out.push(`<li class="section-entry"><a href="#${attr(s.eId)}"><span class="n">${esc(s.number)}</span> ${esc(s.heading)}</a></li>`);
    }
  }
  for (const s of bill.schedules)
    out.push(`<li class="part-entry"><a href="#${attr(s.eId)}">Schedule${s.number ? ` ${esc(s.number)}` : ''} ${esc(s.heading)}</a></li>`);
  out.push('</ol>', '</nav>');
  for (const p of bill.preamble) out.push(`<p class="preamble">${inline(p.runs)}</p>`);
  if (bill.enactingFormula) out.push(`<p class="enacting">${inline(bill.enactingFormula.runs)}</p>`);
  for (const item of bill.body) {
    if (item.kind === 'part') {
      out.push(
        `<section class="part" id="${attr(item.eId)}"${origin(item.eId)}>`,
        `<h2>Part ${esc(item.number)}<br>${esc(item.heading)}</h2>`
      );
      for (const s of item.sections) section(s);
      out.push('</section>');
    } else section(item);
  }
  for (const s of bill.schedules) schedule(s);
  out.push('</article>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
