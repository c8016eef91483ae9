/**
 * Self-contained HTML rendering of a comparison: one file, no network, no
 * external files, no script. The side-by-side / inline toggle is two radio
 * buttons and CSS, so it works with scripting off and in print (which always
 * shows the inline view). Built as a hast tree with hastscript and
 * serialised once: Act text only ever enters as text nodes.
 */
import type {Element, ElementContent} from 'hast';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import {markdownRuns} from '../read/inline.js';
import type {Change, CompareResult} from './compare.js';
import {changeKinds} from './compare.js';
import {changeTitle, kindText, refsName, shownChanges, sideText} from './describe.js';
import type {RedlineSegment} from './redline.js';

/** Escape text for HTML content and attribute values (for callers that still build strings). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);
}

const CSS = `
:root{--ins:#d7f5dd;--ins-ink:#05501c;--del:#fbe0e0;--del-ink:#8a1111;--line:#d0d4da;--muted:#5b6470}
*{box-sizing:border-box}
body{font:16px/1.5 Georgia,"Times New Roman",serif;color:#1c1f23;margin:0 auto;max-width:72rem;padding:1rem 1.5rem 4rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.25}
h3{font-size:1.05rem;margin:0 0 .4rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f7;font-family:system-ui,sans-serif;font-size:.9rem}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.counts{width:auto}
.meta{color:var(--muted);font-size:.9rem;margin:0 0 .5rem}
.why{border-left:4px solid #c9a227;background:#fff8e1;margin:.4rem 0;padding:.3rem .6rem;font-size:.95rem}
.why.hand-edit{border-color:#b3261e;background:#fdecea}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
ins{background:var(--ins);color:var(--ins-ink);text-decoration:underline}
del{background:var(--del);color:var(--del-ink);text-decoration:line-through}
.change{border-top:2px solid var(--line);padding:1rem 0;scroll-margin-top:1rem}
.change:target{outline:3px solid #4c8bf5;outline-offset:4px}
.badge{display:inline-block;font:600 .75rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;border-radius:3px;padding:.1rem .4rem;background:#e8eaed;margin-right:.4rem}
.k-added .badge{background:var(--ins);color:var(--ins-ink)}
.k-removed .badge{background:var(--del);color:var(--del-ink)}
.k-modified .badge,.k-split .badge,.k-merged .badge{background:#fff1c2}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side{table-layout:fixed}.side td{white-space:normal}
.columns h4{font:600 .8rem system-ui,sans-serif;color:var(--muted);margin:0 0 .3rem;text-transform:uppercase}
.toggle{position:sticky;top:0;background:#fff;padding:.4rem 0;border-bottom:1px solid var(--line);font-family:system-ui,sans-serif;font-size:.9rem;z-index:1}
.toggle label{margin-right:1rem;cursor:pointer}
#view-side:checked~main .inline{display:none}
#view-inline:checked~main .columns{display:none}
.view-radio{position:absolute;opacity:0}
#view-side:checked~.toggle label[for=view-side],#view-inline:checked~.toggle label[for=view-inline]{font-weight:700;text-decoration:underline}
@media (max-width:48rem){.columns{grid-template-columns:1fr}}
@media print{
  body{max-width:none;padding:0;font-size:11pt}
  .toggle,.view-radio{display:none}
  .columns{display:none!important}
  .inline{display:block!important}
  .change{break-inside:avoid-page}
  h2,h3{break-after:avoid}
  a{color:inherit;text-decoration:none}
  ins{background:none;text-decoration:underline;font-weight:700}
  del{background:none;text-decoration:line-through}
}`;

/** Text with its `code spans` shown as <code>. */
function withCode(value: string): ElementContent[] {
  return value
    .split(/(`[^`\n]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`') ? h('code', part.slice(1, -1)) : {type: 'text', value: part}
    );
}

/** An Act's inline Markdown as hast: defined terms bold, escapes resolved; a pair split by a change stays as typed. */
function actInline(source: string): ElementContent[] {
  return markdownRuns(source).map((run) => {
    let node: ElementContent = {type: 'text', value: run.text};
    if (run.italic) node = h('em', [node]);
    if (run.bold) node = h('strong', [node]);
    return node;
  });
}

/** A redline as hast; `show` chooses the runs for one side of a side-by-side view. */
export function redlineNodes(segments: readonly RedlineSegment[], show: 'both' | 'before' | 'after' = 'both'): ElementContent[] {
  const out: ElementContent[] = [];
  for (const s of segments) {
    if (s.op === 'equal') out.push(...actInline(s.text));
    else if (s.op === 'insert' && show !== 'before') out.push(h('ins', actInline(s.text)));
    else if (s.op === 'delete' && show !== 'after') out.push(h('del', actInline(s.text)));
  }
  return out;
}

/** A redline as an HTML string (for tests and other callers). */
export function redlineHtml(segments: readonly RedlineSegment[], show: 'both' | 'before' | 'after' = 'both'): string {
  return toHtml({type: 'root', children: redlineNodes(segments, show)});
}

function changeNode(change: Change, n: number): Element {
  const parts: ElementContent[] = [];
  parts.push(h('h3', [h('span.badge', kindText(change)), `${n}. ${changeTitle(change)}`]));
  const where = [...change.base.map((r) => `base line ${r.line}`), ...change.other.map((r) => `other line ${r.line}`)].join(' · ');
  const similar = ['modified', 'split', 'merged'].includes(change.kind) ? ` · similarity ${Math.round(change.similarity * 100)}%` : '';
  const method = change.method === 'meaning' ? ' · paired by what the sections do' : '';
  parts.push(h('p.meta', `${where}${similar}${method}`));
  for (const why of change.why) parts.push(h('p', {className: ['why', why.cause]}, [h('strong', 'Why:'), ' ', ...withCode(why.message)]));
  const heading = change.headingRedline;
  const body = change.redline;
  if (change.sideBySide) {
    // Too different for a word redline: paragraph by paragraph, side by side (printed the same way).
    const rows = Math.max(change.sideBySide.base.length, change.sideBySide.other.length);
    const cells: Element[] = [];
    for (let r = 0; r < rows; r++)
      cells.push(
        h('tr', [h('td.text', actInline(change.sideBySide.base[r] ?? '')), h('td.text', actInline(change.sideBySide.other[r] ?? ''))])
      );
    parts.push(
      h('table.side', [
        h('thead', h('tr', [h('th', `Base: ${refsName(change.base)}`), h('th', `Other: ${refsName(change.other)}`)])),
        h('tbody', cells)
      ])
    );
  } else if ((body && body.length > 0) || heading) {
    const block = (show: 'both' | 'before' | 'after'): ElementContent[] => [
      ...(heading ? [h('p.text', [h('strong', 'Heading:'), ' ', ...redlineNodes(heading, show)])] : []),
      h('div.text', body ? redlineNodes(body, show) : [])
    ];
    parts.push(
      h('div.columns', [
        h('div.col.base', [h('h4', `Base: ${refsName(change.base)}`), ...block('before')]),
        h('div.col.other', [h('h4', `Other: ${refsName(change.other)}`), ...block('after')])
      ])
    );
    parts.push(h('div.inline', block('both')));
  } else {
    parts.push(h('p.meta', 'Text unchanged.'));
  }
  return h('article', {className: ['change', `k-${change.kind}`], id: change.id}, lines(parts));
}

/** Children one per line, so the page reads (and diffs) line by line. */
function lines<T>(children: readonly T[]): Array<T | string> {
  return ['\n', ...children.flatMap((child) => [child, '\n'])];
}

function sideNodes(side: CompareResult['base'], label: string): Array<ElementContent | string> {
  return [
    h('strong', `${label}:`),
    ' ',
    h('code', side.path),
    `: ${sideText(side)}`,
    ...(side.provenance ? [', provenance ', h('code', side.provenance)] : [])
  ];
}

/** Render a comparison as one self-contained HTML page. */
export function renderHtml(result: CompareResult): string {
  const shown = shownChanges(result);
  const title = `Comparison: ${result.base.title || result.base.path} → ${result.other.title || result.other.path}`;
  const header: Array<ElementContent | string> = [
    h('h1', 'Comparison'),
    h('p', [...sideNodes(result.base, 'Base'), h('br'), ...sideNodes(result.other, 'Other')])
  ];
  if (result.titleChanged)
    header.push(h('p', [h('strong', 'Title changed:'), ` ${result.base.title || '(none)'} → ${result.other.title || '(none)'}`]));
  const summary: ElementContent[] = [
    h('h2', 'Summary'),
    h('table.counts', [
      h('thead', h('tr', [h('th', 'Change'), h('th', 'Sections')])),
      h('tbody', lines(changeKinds.map((kind) => h('tr', [h('td', kind), h('td.n', String(result.summary[kind]))]))))
    ])
  ];
  if (shown.length === 0) summary.push(h('p', 'No differences: every section is unchanged.'));
  else {
    const withWhy = shown.some((c) => c.why.length > 0);
    summary.push(
      h('table.changes', [
        h('thead', h('tr', [h('th', '#'), h('th', 'Change'), h('th', 'Base'), h('th', 'Other'), ...(withWhy ? [h('th', 'Why')] : [])])),
        h(
          'tbody',
          lines(
            shown.map((change, i) =>
              h('tr', [
                h('td.n', h('a', {href: `#${change.id}`}, String(i + 1))),
                h('td', kindText(change)),
                h('td', h('a', {href: `#${change.id}`}, refsName(change.base))),
                h('td', h('a', {href: `#${change.id}`}, refsName(change.other))),
                ...(withWhy
                  ? [
                      h(
                        'td',
                        change.why.flatMap((w, k) => [...(k > 0 ? ['; '] : []), ...withCode(w.message)])
                      )
                    ]
                  : [])
              ])
            )
          )
        )
      ])
    );
  }
  const main: ElementContent[] = [h('header', lines(header)), h('section', {id: 'summary'}, lines(summary))];
  if (shown.length > 0) main.push(h('section', {id: 'changes'}, lines([h('h2', 'Changes'), ...shown.map((c, i) => changeNode(c, i + 1))])));
  if (result.messages.length > 0)
    main.push(
      h('section', {id: 'notes'}, [
        h('h2', 'Notes'),
        h(
          'ul',
          lines(
            result.messages.map((m) =>
              h('li', `${String(m['file'] ?? '')}${m['line'] ? `:${String(m['line'])}` : ''}: ${String(m['reason'])}`)
            )
          )
        )
      ])
    );
  const page = h('html', {lang: 'en'}, [
    '\n',
    h(
      'head',
      lines([
        h('meta', {charset: 'utf-8'}),
        h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
        h('title', title),
        h('style', CSS)
      ])
    ),
    '\n',
    h(
      'body',
      lines([
        h('input.view-radio', {type: 'radio', name: 'view', id: 'view-side', checked: true}),
        h('input.view-radio', {type: 'radio', name: 'view', id: 'view-inline'}),
        h('div.toggle', ['View: ', h('label', {htmlFor: 'view-side'}, 'Side by side'), h('label', {htmlFor: 'view-inline'}, 'Inline')]),
        h('main', lines(main))
      ])
    ),
    '\n'
  ]);
  return `<!doctype html>\n${toHtml(page)}\n`;
}
