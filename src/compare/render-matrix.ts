/**
 * Renderings of the workshop matrix: Markdown, self-contained HTML and CSV.
 * Every cell shows its value and links the sections behind it.
 */
import type {Matrix, MatrixCell, MatrixRow} from './matrix.js';
import {escapeHtml} from './render-html.js';
import {escapeMarkdown} from './render-md.js';

const GROUP_TITLES: Record<string, string> = {
  negative: 'Prohibitions',
  assistance: 'Assistance and related conduct',
  positive: 'Positive obligations',
  breadth: 'Breadth and enforcement'
};

/** How a value reads in a cell. */
function valueText(value: string): string {
  return value.replace(/-/g, ' ');
}

function mdCell(cell: MatrixCell): string {
  const refs = cell.refs
    .map((r) => `[${escapeMarkdown(r.citation)}](${r.href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`)
    .join(', ');
  return `${valueText(cell.value)}${refs ? `: ${refs}` : ''}`;
}

function mdTable(matrix: Matrix, rows: readonly MatrixRow[]): string[] {
  const lines = [
    `| | ${matrix.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`,
    `|---|${matrix.columns.map(() => '---').join('|')}|`
  ];
  for (const row of rows) lines.push(`| **${escapeMarkdown(row.title)}** \`${row.id}\` | ${row.cells.map(mdCell).join(' | ')} |`);
  return lines;
}

/** Render the matrix as Markdown. */
export function renderMatrixMarkdown(matrix: Matrix): string {
  const lines: string[] = ['# Workshop matrix', ''];
  for (const c of matrix.columns) {
    lines.push(
      `- **${escapeMarkdown(c.label)}**: \`${c.path}\`: ${escapeMarkdown(c.title || '(untitled)')} (${c.sections} sections${c.provenance ? `; provenance \`${c.provenance}\`` : ''})`
    );
  }
  lines.push(
    '',
    '## Strength components',
    '',
    'Rating from the gap analysis of each text (strong, partial, weak, absent), with the sections that provide it.',
    ''
  );
  lines.push(
    ...mdTable(
      matrix,
      matrix.rows.filter((r) => r.kind === 'component')
    )
  );
  lines.push(
    '',
    '## Checklist items',
    '',
    'For drafts made by ccm-drafter: the status answered and the sections built for the item. For other texts: the weakest rating of the item’s components (“not assessed” when the item has none).',
    ''
  );
  lines.push(
    ...mdTable(
      matrix,
      matrix.rows.filter((r) => r.kind === 'item')
    )
  );
  return `${lines.join('\n')}\n`;
}

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c1f23;margin:1rem 1.5rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}
th,td{border:1px solid #d0d4da;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:#f2f4f7}
th.row{font-weight:600;background:#fafbfc;max-width:22rem}
th.row code{font-weight:400;color:#5b6470;font-size:.8rem}
tr.group th{background:#e8eaed;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
td .v{font-weight:600}
td.strong,td.act{background:#d7f5dd}
td.partial,td.existing-law,td.administrative{background:#fff1c2}
td.weak{background:#fde2c8}
td.absent,td.decided-against,td.not-in-draft{background:#fbe0e0}
td.not-assessed,td.not-applicable,td.unknown{background:#f5f5f5;color:#5b6470}
a{color:#0b57d0}
@media print{thead th{position:static} a{color:inherit}}`;

function htmlTable(matrix: Matrix, rows: readonly MatrixRow[]): string {
  const out: string[] = ['<table><thead><tr><th></th>'];
  for (const c of matrix.columns) out.push(`<th title="${escapeHtml(`${c.path}: ${c.title}`)}">${escapeHtml(c.label)}</th>`);
  out.push('</tr></thead><tbody>');
  let group = '';
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      out.push(`<tr class="group"><th colspan="${matrix.columns.length + 1}">${escapeHtml(GROUP_TITLES[group] ?? group)}</th></tr>`);
    }
    out.push(`<tr id="${row.kind}-${escapeHtml(row.id)}"><th class="row">${escapeHtml(row.title)} <code>${escapeHtml(row.id)}</code></th>`);
    for (const cell of row.cells) {
      const refs = cell.refs.map((r) => `<a href="${escapeHtml(r.href)}">${escapeHtml(r.citation)}</a>`).join(', ');
      out.push(
        `<td class="${escapeHtml(cell.value)}"><span class="v">${escapeHtml(valueText(cell.value))}</span>${refs ? `<br>${refs}` : ''}</td>`
      );
    }
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  return out.join('');
}

/** Render the matrix as one self-contained HTML page (links point to the Acts' files). */
export function renderMatrixHtml(matrix: Matrix): string {
  const list = matrix.columns
    .map(
      (c) =>
        `<li><strong>${escapeHtml(c.label)}</strong>: <code>${escapeHtml(c.path)}</code>: ${escapeHtml(c.title || '(untitled)')} (${c.sections} sections${c.provenance ? `; provenance <code>${escapeHtml(c.provenance)}</code>` : ''})</li>`
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Workshop matrix</title>
<style>${CSS}</style>
</head>
<body>
<h1>Workshop matrix</h1>
<ul>
${list}
</ul>
<h2>Strength components</h2>
<p>Rating from the gap analysis of each text, with the sections that provide it.</p>
${htmlTable(
  matrix,
  matrix.rows.filter((r) => r.kind === 'component')
)}
<h2>Checklist items</h2>
<p>For drafts made by ccm-drafter: the status answered and the sections built for the item. For other texts: the weakest rating of the item’s components (“not assessed” when the item has none).</p>
${htmlTable(
  matrix,
  matrix.rows.filter((r) => r.kind === 'item')
)}
</body>
</html>
`;
}

/** One CSV field (RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not run it as a formula). */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Render the matrix as CSV: one line per row; per text, a value column and
 * a sections column (`s 7 <file#anchor>; s 8 <…>`). CRLF line ends (RFC 4180).
 */
export function renderMatrixCsv(matrix: Matrix): string {
  const header = ['kind', 'id', 'title', 'group', ...matrix.columns.flatMap((c) => [c.label, `${c.label} sections`])];
  const lines = [header.map(csvField).join(',')];
  for (const row of matrix.rows) {
    const cells = row.cells.flatMap((cell) => [cell.value, cell.refs.map((r) => `${r.citation} <${r.href}>`).join('; ')]);
    lines.push([row.kind, row.id, row.title, row.group, ...cells].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Render the matrix as JSON (schemas/matrix.schema.json). */
export function renderMatrixJson(matrix: Matrix): string {
  return `${JSON.stringify(matrix, null, 2)}\n`;
}
