/**
 * Renderings of the workshop matrix for a room: Markdown (mdast), one
 * self-contained HTML page (hast) that fits a 1,366 × 768 projector and
 * prints on A4 landscape with its headers on every page, and CSV. Each
 * rendering has the legend, the texts named by State, the score of each
 * text, the strongest and weakest text per component, and hand edits
 * flagged. One escaping rule per format: mdast-util-to-markdown, hast-util-to-html,
 * RFC 4180 quoting.
 */
import type {Element, ElementContent} from 'hast';
import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import type {PhrasingContent, RootContent} from 'mdast';
import {bulletList, code, heading, type Inlines, link, paragraph, stringifyMarkdown, strong, table} from '../report/markdown.js';
import {MATRIX_LEGEND, type Matrix, type MatrixCell, type MatrixColumn, type MatrixRow, matrixValues} from './matrix.js';

/** Which values appear in the matrix (the legend lists only those, in legend order). */
function valuesUsed(matrix: Matrix) {
  const used = new Set(matrix.rows.flatMap((r) => r.cells.map((c) => c.value)));
  return matrixValues.filter((v) => used.has(v));
}

/** "62% (12 strong, 3 partial, 1 weak, 2 absent; 4 not applicable)". */
function scoreText(column: MatrixColumn): string {
  const c = column.score.counts;
  return `${column.score.percent === null ? '–' : `${column.score.percent}%`} (${c.strong} strong, ${c.partial} partial, ${c.weak} weak, ${c.absent} absent; ${c['not-applicable']} not applicable)`;
}

/** What a column's text is and how it was rated. */
function columnText(c: MatrixColumn): string {
  const how = c.rated === 'gap-report' ? `rated from its own gap report (build ${c.buildId})` : 'rated from the gap analysis of its text';
  const rated = c.handEditsRated === 'edited-text' ? ', ✎ cells rated from the edited text' : ', ✎ cells rated as built';
  return `${c.title || '(untitled)'}, ${c.path} (${c.sections} sections; ${how}${c.handEdits.length ? `; edited by hand after the build: ${c.handEdits.join(', ')}${rated}` : ''})`;
}

/** The strongest and weakest texts of a component row. */
function extremes(matrix: Matrix, row: MatrixRow): {strongest: string[]; weakest: string[]} {
  const pick = (mark: MatrixCell['mark']) => row.cells.flatMap((c, i) => (c.mark === mark ? [matrix.columns[i]!.label] : []));
  return {strongest: pick('strongest'), weakest: pick('weakest')};
}

// ------------------------------------------------------------------ Markdown

function mdCell(cell: MatrixCell): Inlines {
  const legend = MATRIX_LEGEND[cell.value];
  const out: Array<string | PhrasingContent> = [`${legend.symbol} ${legend.label}`];
  if (cell.mark) out.push(` ${cell.mark === 'strongest' ? '★' : '▼'} ${cell.mark}`);
  if (cell.handEdited) out.push(' ✎ edited');
  cell.refs.forEach((r, i) => {
    out.push(i === 0 ? ': ' : ', ', link(r.href, r.citation));
  });
  return out;
}

/** Render the matrix as Markdown. */
export function renderMatrixMarkdown(matrix: Matrix): string {
  const out: RootContent[] = [heading(1, 'Workshop matrix')];
  out.push(bulletList(matrix.columns.map((c) => [strong(c.label), `: ${columnText(c)}`])));
  out.push(paragraph(strong('Legend')));
  out.push(
    bulletList(
      valuesUsed(matrix).map((v) => [`${MATRIX_LEGEND[v].symbol} `, strong(MATRIX_LEGEND[v].label), `: ${MATRIX_LEGEND[v].meaning}`])
    )
  );
  out.push(
    paragraph(
      '★ strongest and ▼ weakest text on a component (when the texts differ); ✎ a section behind the cell was edited or deleted by hand after the build (each text above says whether those cells are rated as built or from the edited text). Score: strong 3, partial 2, weak 1, absent 0 points, not applicable left out.'
    )
  );
  const header = (first: string) => [first, ...matrix.columns.map((c) => c.label)];
  for (const kind of ['component', 'item'] as const) {
    out.push(heading(2, kind === 'component' ? 'Strength components' : 'Checklist items'));
    out.push(
      paragraph(
        kind === 'component'
          ? 'For a draft with its build record: the rating in that draft’s own gap report. For any other Act: the gap analysis of its text.'
          : 'For a draft with its build record: the item’s status in that draft’s own gap report. For any other Act: the weakest rating of the item’s components (“not assessed” when the item has none).'
      )
    );
    if (kind === 'component') out.push(table(header('Score'), [['Components', ...matrix.columns.map((c) => scoreText(c))]]));
    for (const group of matrix.groups.filter((g) => g.kind === kind)) {
      out.push(heading(3, group.title));
      const rows = matrix.rows.filter((r) => r.kind === kind && r.group === group.id);
      out.push(
        table(
          kind === 'component' ? [...header('Component'), 'Strongest · weakest'] : header('Item'),
          rows.map((row) => {
            const cells: Array<Inlines | string> = [[row.title, ' (', code(row.id), ')'], ...row.cells.map(mdCell)];
            if (kind === 'component') {
              const {strongest, weakest} = extremes(matrix, row);
              cells.push(strongest.length ? `★ ${strongest.join(', ')} · ▼ ${weakest.join(', ')}` : '–');
            }
            return cells;
          })
        )
      );
    }
  }
  return stringifyMarkdown(out);
}

// ------------------------------------------------------------------ HTML

const CSS = `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font:13px/1.25 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c1f23;margin:.5rem .75rem}
h1{font-size:1.1rem;margin:0 0 .25rem}
h2{font-size:.95rem;margin:.75rem 0 .25rem}
p.sub{margin:0 0 .35rem;color:#4b5563}
details.texts{margin:0 0 .35rem;font-size:12px;color:#374151}
details.texts ul{margin:.2rem 0 0;padding-left:1rem}
ul.legend{display:flex;flex-wrap:wrap;gap:.25rem .5rem;list-style:none;margin:0 0 .4rem;padding:0;font-size:12px}
ul.legend li{display:flex;align-items:center;gap:.2rem}
ul.legend .v{display:inline-block;min-width:5.5rem;padding:0 .3rem;border:1px solid #c9ced6}
table{width:100%;table-layout:fixed;border-collapse:collapse;margin:0 0 .5rem}
col.rowhead{width:14rem}
th,td{border:1px solid #c9ced6;padding:1px 4px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{position:sticky;top:0;background:#eef1f5;z-index:1;font-weight:600}
thead th .title{display:block;font-weight:400;font-size:11px;color:#4b5563}
thead th .edited{display:block;font-weight:400;font-size:11px;color:#8a4b00}
th.row{font-weight:600;background:#fafbfc;font-size:12px}
tr.group th{background:#e3e6ea;text-transform:uppercase;font-size:11px;letter-spacing:.04em;padding:1px 4px}
tr.score td,tr.score th{background:#f7f7f9;font-size:12px}
td .sym{display:inline-block;width:1.1em;text-align:center}
td .mark{font-weight:700}
td .refs{font-size:11px;margin-left:.3em}
td .note{font-size:11px;color:#8a4b00}
a{color:#0b57d0;text-decoration:none}
.v-strong,.v-in-draft{background:#cdebd3}
.v-partial{background:#fff0b3}
.v-existing-law{background:#d6eef2}
.v-administrative{background:#dfe6fb}
.v-weak{background:#fcd9b8}
.v-absent{background:#f6c6c6;font-weight:600}
.v-not-applicable{background:#f1f1f1;color:#6b7280}
.v-decided-against{background:repeating-linear-gradient(135deg,#efe6f7 0 6px,#e2d3f0 6px 12px);color:#4b2a68}
.v-open{background:#fff;outline:2px dashed #8a94a6;outline-offset:-3px;color:#1f2a44}
.v-not-assessed{background:#fff;color:#8a94a6}
.v-cannot-tell{background:#fff;color:#5c4a00;border:1px dashed #b08800}
td.weakest{box-shadow:inset 3px 0 0 #b42318}
td.strongest{box-shadow:inset 3px 0 0 #1a7f37}
body.many td .lbl,body.many td .refs,body.many thead th .title,body.many thead th .edited .n,body.many tr.score .counts{display:none}
body.many col.rowhead{width:15.5rem}
body.many td{text-align:center;padding:1px 0;font-size:12px;white-space:nowrap;overflow:hidden}
body.many th.row{font-size:11px;line-height:1.1}
body.many thead th{vertical-align:bottom;text-align:center;padding:2px 0}
body.many thead th .state{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:8.5rem;overflow:hidden;text-overflow:ellipsis;text-align:left}
body.many thead th:first-child{text-align:left;vertical-align:bottom;padding:1px 4px}
body.many thead th .edited{display:block;font-size:11px}
body.many h2{margin:.3rem 0 .15rem}
body.many ul.legend{font-size:11px;gap:.1rem .5rem;margin-bottom:.2rem}
body.many ul.legend .v{min-width:0}
@page{size:A4 landscape;margin:10mm}
@media print{body{margin:0;font-size:10px}thead{display:table-header-group}thead th{position:static}tr{break-inside:avoid}a{color:inherit}h2{break-after:avoid}table{break-inside:auto}}`;

function htmlCell(cell: MatrixCell): Element {
  const legend = MATRIX_LEGEND[cell.value];
  const classes = [`v-${cell.value}`, cell.mark ?? '', cell.handEdited ? 'edited' : ''].filter(Boolean);
  const title = [legend.label, cell.mark ?? '', cell.handEdited ? 'edited by hand after the build' : '', cell.reason]
    .filter(Boolean)
    .join(' · ');
  const children: Array<ElementContent | string> = [h('span.sym', legend.symbol), ' ', h('span.lbl', legend.label)];
  if (cell.mark) children.push(' ', h('span.mark', {title: cell.mark}, cell.mark === 'strongest' ? '★' : '▼'));
  if (cell.handEdited) children.push(' ', h('span.note', {title: 'edited by hand after the build'}, '✎'));
  if (cell.refs.length)
    children.push(
      h(
        'span.refs',
        cell.refs.flatMap((r, i) => [...(i ? [', '] : []), h('a', {href: r.href}, r.citation)])
      )
    );
  return h('td', {className: classes, title}, children);
}

function htmlTable(matrix: Matrix, kind: 'component' | 'item'): Element {
  const span = matrix.columns.length + 1;
  const head = h('thead', [
    h('tr', [
      h('th', {scope: 'col'}, kind === 'component' ? 'Component' : 'Checklist item'),
      ...matrix.columns.map((c) =>
        h('th', {scope: 'col', title: columnText(c)}, [
          h('span.state', c.label),
          h('span.title', c.title),
          ...(c.handEdits.length
            ? [h('span.edited', ['✎', h('span.n', ` ${c.handEdits.length} hand edit${c.handEdits.length > 1 ? 's' : ''}`)])]
            : [])
        ])
      )
    ])
  ]);
  const body: Element[] = [];
  if (kind === 'component')
    body.push(
      h('tr.score', [
        h('th.row', {scope: 'row'}, 'Score'),
        ...matrix.columns.map((c) =>
          h('td', {title: scoreText(c)}, [
            h('strong', c.score.percent === null ? '–' : `${c.score.percent}%`),
            h('span.counts', ` ${c.score.counts.strong}● ${c.score.counts.partial}◐ ${c.score.counts.weak}◔ ${c.score.counts.absent}○`)
          ])
        )
      ])
    );
  for (const group of matrix.groups.filter((g) => g.kind === kind)) {
    body.push(h('tr.group', [h('th', {colSpan: span, scope: 'colgroup'}, group.title)]));
    for (const row of matrix.rows.filter((r) => r.kind === kind && r.group === group.id))
      body.push(
        h('tr', {id: `${row.kind}-${row.id}`}, [h('th.row', {scope: 'row', title: row.id}, row.title), ...row.cells.map(htmlCell)])
      );
  }
  return h('table', {className: [kind === 'component' ? 'components' : 'items']}, [
    h('colgroup', [h('col.rowhead'), ...matrix.columns.map(() => h('col'))]),
    head,
    h('tbody', body)
  ]);
}

/** Render the matrix as one self-contained HTML page (no script, no network; links point to the texts' files). */
export function renderMatrixHtml(matrix: Matrix): string {
  const legend = valuesUsed(matrix).map((v) =>
    h('li', [h(`span.v.v-${v}`, `${MATRIX_LEGEND[v].symbol} ${MATRIX_LEGEND[v].label}`), ` ${MATRIX_LEGEND[v].meaning}`])
  );
  legend.push(h('li', '★ strongest · ▼ weakest on a component · ✎ edited by hand after the build'));
  // Past eight texts the columns are narrow: symbols only, State names set upright (src/compare/render-matrix.ts CSS `body.many`).
  const many = matrix.columns.length > 8;
  const texts = h(
    'ul.texts',
    matrix.columns.map((c) => h('li', [h('strong', c.label), `: ${columnText(c)}`]))
  );
  const page = h('html', {lang: 'en'}, [
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', 'Workshop matrix'),
      h('style', CSS)
    ]),
    h('body', {className: many ? ['many'] : []}, [
      h('h1', 'Workshop matrix'),
      // A room of many texts sees the tables first: the list of texts (one line each) follows them.
      ...(many ? [] : [texts]),
      h('ul.legend', legend),
      h('h2', 'Strength components'),
      htmlTable(matrix, 'component'),
      h('h2', 'Checklist items'),
      htmlTable(matrix, 'item'),
      ...(many ? [h('h2', 'The texts'), texts] : [])
    ])
  ]);
  return `${toHtml([{type: 'doctype'}, page])}\n`;
}

// ------------------------------------------------------------------ CSV

/** One CSV field (RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not run it as a formula). */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Render the matrix as CSV: one line per row; per text, a value column, a
 * sections column (`s 7 <file#anchor>; …`) and a hand-edited column; then
 * the strongest and weakest texts; a last line with each text's score.
 * CRLF line ends (RFC 4180).
 */
export function renderMatrixCsv(matrix: Matrix): string {
  const header = [
    'kind',
    'id',
    'title',
    'group',
    ...matrix.columns.flatMap((c) => [c.label, `${c.label} sections`, `${c.label} edited by hand`]),
    'strongest',
    'weakest'
  ];
  const lines = [header.map(csvField).join(',')];
  const groupTitle = new Map(matrix.groups.map((g) => [`${g.kind}:${g.id}`, g.title]));
  for (const row of matrix.rows) {
    const cells = row.cells.flatMap((cell) => [
      MATRIX_LEGEND[cell.value].label,
      cell.refs.map((r) => `${r.citation} <${r.href}>`).join('; '),
      cell.handEdited ? 'yes' : ''
    ]);
    const {strongest, weakest} = row.kind === 'component' ? extremes(matrix, row) : {strongest: [], weakest: []};
    lines.push(
      [
        row.kind,
        row.id,
        row.title,
        groupTitle.get(`${row.kind}:${row.group}`) ?? row.group,
        ...cells,
        strongest.join('; '),
        weakest.join('; ')
      ]
        .map(csvField)
        .join(',')
    );
  }
  lines.push(
    [
      'score',
      'components',
      'Score (strong 3, partial 2, weak 1, absent 0)',
      '',
      ...matrix.columns.flatMap((c) => [scoreText(c), '', c.handEdits.join('; ')]),
      '',
      ''
    ]
      .map(csvField)
      .join(',')
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** Render the matrix as JSON (schemas/matrix.schema.json). */
export function renderMatrixJson(matrix: Matrix): string {
  return `${JSON.stringify(matrix, null, 2)}\n`;
}
