/**
 * The gap report of any Act as CSV: one row per component and one per
 * Convention obligation, with the rating or status, the confidence and why,
 * the citations and the first quote, for advisers who sort and filter in a
 * spreadsheet. Every field is quoted (RFC 4180); a field that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
 */
import type {ActGapReport} from './types.js';

function field(value: string | number): string {
  let v = String(value).replace(/\r\n?|\n/g, ' ');
  if (/^[=+\-@\t]/.test(v)) v = `'${v}`;
  return `"${v.replace(/"/g, '""')}"`;
}

/** Render an Act's gap report as CSV. */
export function renderActGapCsv(report: ActGapReport): string {
  const g = report.generated;
  const head = [
    'view',
    'id',
    'title',
    'articles',
    'rating',
    'confidence',
    'why',
    'citations',
    'quote',
    'line',
    'act',
    'tool',
    'model',
    'date'
  ];
  const rows: Array<Array<string | number>> = [head];
  const common = [report.act.title || report.act.path, `${g.tool} ${g.toolVersion}`, g.modelVersion, g.date];
  for (const f of report.strength) {
    const first = f.evidence[0];
    rows.push([
      'component',
      f.id,
      f.title,
      f.articles.join('; '),
      f.rating,
      f.confidence,
      `${f.reason}${f.confidenceWhy ? ` Confidence: ${f.confidenceWhy}.` : ''}`,
      f.evidence.map((e) => e.citation).join('; '),
      first?.snippet ?? '',
      first?.line ?? '',
      ...common
    ]);
  }
  for (const o of report.convention) {
    const first = o.evidence[0];
    rows.push([
      'obligation',
      o.id,
      o.title,
      o.article,
      o.status,
      first?.confidence ?? '',
      o.missing || 'Implemented.',
      o.sections.join('; '),
      first?.snippet ?? '',
      first?.line ?? '',
      ...common
    ]);
  }
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
