/**
 * Self-contained HTML rendering of a comparison: one file, no network, no
 * external files, no script. The side-by-side / inline toggle is two radio
 * buttons and CSS, so it works with scripting off and in print (which always
 * shows the inline view).
 */
import type {Change, CompareResult} from './compare.js';
import {changeKinds} from './compare.js';
import {changeTitle, kindText, refsName, shownChanges, sideText} from './describe.js';
import type {RedlineSegment} from './redline.js';

/** Escape text for HTML content and attribute values. */
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

/** Escape text for HTML, showing its `code spans` as <code>. */
function withCode(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}

/** A redline as HTML; `show` chooses the runs for one side of a side-by-side view. */
export function redlineHtml(segments: readonly RedlineSegment[], show: 'both' | 'before' | 'after' = 'both'): string {
  const html = segments
    .map((s) => {
      const text = escapeHtml(s.text);
      if (s.op === 'equal') return text;
      if (s.op === 'insert') return show === 'before' ? '' : `<ins>${text}</ins>`;
      return show === 'after' ? '' : `<del>${text}</del>`;
    })
    .join('');
  return boldTerms(html);
}

/**
 * Defined terms are bold in the Markdown (`**cluster munition** means`): show
 * them bold rather than with their asterisks. A pair split by an insertion or
 * deletion is left as typed, so no markup is ever unbalanced.
 */
function boldTerms(html: string): string {
  return html.replace(/\*\*([^*<>\n]+?)\*\*/g, '<strong>$1</strong>');
}

function changeHtml(change: Change, n: number): string {
  const parts: string[] = [];
  parts.push(`<article class="change k-${change.kind}" id="${change.id}">`);
  parts.push(`<h3><span class="badge">${escapeHtml(kindText(change))}</span>${n}. ${escapeHtml(changeTitle(change))}</h3>`);
  const where = [...change.base.map((r) => `base line ${r.line}`), ...change.other.map((r) => `other line ${r.line}`)].join(' · ');
  const similar = ['modified', 'split', 'merged'].includes(change.kind) ? ` · similarity ${Math.round(change.similarity * 100)}%` : '';
  parts.push(`<p class="meta">${escapeHtml(where)}${similar}</p>`);
  for (const why of change.why) parts.push(`<p class="why ${why.cause}"><strong>Why:</strong> ${withCode(why.message)}</p>`);
  const heading = change.headingRedline;
  const body = change.redline;
  if (change.sideBySide) {
    // Too different for a word redline: paragraph by paragraph, side by side (printed the same way).
    const rows = Math.max(change.sideBySide.base.length, change.sideBySide.other.length);
    const cells: string[] = [];
    for (let r = 0; r < rows; r++)
      cells.push(
        `<tr><td class="text">${escapeHtml(change.sideBySide.base[r] ?? '')}</td><td class="text">${escapeHtml(change.sideBySide.other[r] ?? '')}</td></tr>`
      );
    parts.push(
      `<table class="side"><thead><tr><th>Base: ${escapeHtml(refsName(change.base))}</th><th>Other: ${escapeHtml(refsName(change.other))}</th></tr></thead><tbody>${cells.join('')}</tbody></table>`
    );
  } else if ((body && body.length > 0) || heading) {
    const block = (show: 'both' | 'before' | 'after'): string =>
      `${heading ? `<p class="text"><strong>Heading:</strong> ${redlineHtml(heading, show)}</p>` : ''}<div class="text">${body ? redlineHtml(body, show) : ''}</div>`;
    parts.push(
      `<div class="columns"><div class="col base"><h4>Base: ${escapeHtml(refsName(change.base))}</h4>${block('before')}</div>` +
        `<div class="col other"><h4>Other: ${escapeHtml(refsName(change.other))}</h4>${block('after')}</div></div>`
    );
    parts.push(`<div class="inline">${block('both')}</div>`);
  } else {
    parts.push('<p class="meta">Text unchanged.</p>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** Render a comparison as one self-contained HTML page. */
export function renderHtml(result: CompareResult): string {
  const shown = shownChanges(result);
  const title = `Comparison: ${result.base.title || result.base.path} → ${result.other.title || result.other.path}`;
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${escapeHtml(title)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  out.push('<input class="view-radio" type="radio" name="view" id="view-side" checked>');
  out.push('<input class="view-radio" type="radio" name="view" id="view-inline">');
  out.push('<div class="toggle">View: <label for="view-side">Side by side</label><label for="view-inline">Inline</label></div>');
  out.push('<main>', '<header>', `<h1>Comparison</h1>`);
  out.push(
    `<p><strong>Base:</strong> <code>${escapeHtml(result.base.path)}</code>: ${escapeHtml(sideText(result.base))}${result.base.provenance ? `, provenance <code>${escapeHtml(result.base.provenance)}</code>` : ''}<br>`
  );
  out.push(
    `<strong>Other:</strong> <code>${escapeHtml(result.other.path)}</code>: ${escapeHtml(sideText(result.other))}${result.other.provenance ? `, provenance <code>${escapeHtml(result.other.provenance)}</code>` : ''}</p>`
  );
  if (result.titleChanged)
    out.push(
      `<p><strong>Title changed:</strong> ${escapeHtml(result.base.title || '(none)')} → ${escapeHtml(result.other.title || '(none)')}</p>`
    );
  out.push(
    '</header>',
    '<section id="summary">',
    '<h2>Summary</h2>',
    '<table class="counts"><thead><tr><th>Change</th><th>Sections</th></tr></thead><tbody>'
  );
  for (const kind of changeKinds) out.push(`<tr><td>${kind}</td><td class="n">${result.summary[kind]}</td></tr>`);
  out.push('</tbody></table>');
  if (shown.length === 0) out.push('<p>No differences: every section is unchanged.</p>');
  else {
    const withWhy = shown.some((c) => c.why.length > 0);
    out.push(
      `<table class="changes"><thead><tr><th>#</th><th>Change</th><th>Base</th><th>Other</th>${withWhy ? '<th>Why</th>' : ''}</tr></thead><tbody>`
    );
    shown.forEach((change, i) => {
      out.push(
        `<tr><td class="n"><a href="#${change.id}">${i + 1}</a></td><td>${escapeHtml(kindText(change))}</td>` +
          `<td><a href="#${change.id}">${escapeHtml(refsName(change.base))}</a></td><td><a href="#${change.id}">${escapeHtml(refsName(change.other))}</a></td>` +
          `${withWhy ? `<td>${change.why.map((w) => withCode(w.message)).join('; ')}</td>` : ''}</tr>`
      );
    });
    out.push('</tbody></table>');
  }
  out.push('</section>');
  if (shown.length > 0) {
    out.push('<section id="changes">', '<h2>Changes</h2>');
    shown.forEach((change, i) => {
      out.push(changeHtml(change, i + 1));
    });
    out.push('</section>');
  }
  if (result.messages.length > 0) {
    out.push('<section id="notes"><h2>Notes</h2><ul>');
    for (const m of result.messages)
      out.push(`<li>${escapeHtml(`${String(m['file'] ?? '')}${m['line'] ? `:${String(m['line'])}` : ''}: ${String(m['reason'])}`)}</li>`);
    out.push('</ul></section>');
  }
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
