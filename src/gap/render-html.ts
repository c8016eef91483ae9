/**
 * The gap report of any Act as one self-contained HTML page: the same
 * document as the Markdown (one mdast tree), turned into hast and
 * serialised, with a small print-friendly style sheet. No script, no
 * external file, no network.
 */
import type {Element, Root as HastRoot} from 'hast';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import {toHast} from 'mdast-util-to-hast';
import {actReportTree} from './render-md.js';
import type {ActGapReport} from './types.js';

const CSS = `
body{font:16px/1.5 Georgia,"Times New Roman",serif;color:#1c1f23;margin:0 auto;max-width:72rem;padding:1rem 1.5rem 4rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.25}
h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
th,td{border:1px solid #d0d4da;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f7;font-family:system-ui,sans-serif;font-size:.9rem}
blockquote{border-left:4px solid #c9a227;background:#fff8e1;margin:.5rem 0;padding:.3rem .8rem}
code{font-size:.85em}
@media print{body{max-width:none;padding:0;font-size:11pt}h2,h3{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}`;

/** Render an Act's gap report as one self-contained HTML page. */
export function renderActGapHtml(report: ActGapReport): string {
  const body = toHast(actReportTree(report)) as HastRoot;
  const title = `Gap report: ${report.act.title || report.act.path}`;
  const page: Element = h('html', {lang: 'en'}, [
    h('head', [
      h('meta', {charset: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('meta', {name: 'generator', content: `${report.generated.tool} ${report.generated.toolVersion}`}),
      h('title', title),
      h('style', CSS)
    ]),
    h('body', h('main', body.children as Element[]))
  ]);
  return `<!doctype html>\n${toHtml(page)}\n`;
}
