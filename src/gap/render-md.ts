/**
 * The gap report as Markdown: two tables a person reads in a minute, then
 * the details (evidence quotes, precedents) and what could not be read.
 * Built as strings with every cell escaped, so any Act text is safe.
 */
import type {ActGapReport, ComponentFinding, Evidence} from './types.js';

/** Escape text for a Markdown table cell or paragraph. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>|#~])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .trim();
}

const RATING_MARK: Record<string, string> = {strong: 'strong', partial: 'partial', weak: 'weak', absent: '**absent**'};
const STATUS_MARK: Record<string, string> = {implemented: 'implemented', partial: 'partial', missing: '**missing**'};

function where(evidence: Evidence[]): string {
  return evidence.length ? evidence.map((e) => escapeMarkdown(e.citation)).join(', ') : '–';
}

/** Render an Act's gap report as Markdown. */
export function renderActGapMarkdown(report: ActGapReport): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(`# Gap report: ${escapeMarkdown(report.act.title || report.act.path)}`, '');
  out.push(
    `${escapeMarkdown(report.act.path)} · ${report.act.sections} sections, ${report.act.schedules} schedules · ` +
      `strength: ${s.strength.strong} strong, ${s.strength.partial} partial, ${s.strength.weak} weak, ${s.strength.absent} absent · ` +
      `Convention: ${s.convention.implemented} implemented, ${s.convention.partial} partial, ${s.convention.missing} missing` +
      (s.unreadable ? ` · ${s.unreadable} parts not read (see the end)` : ''),
    ''
  );
  out.push('> Findings come from reading the text for meaning. Check each one against the quoted evidence under Details.', '');

  out.push('## Strength view', '');
  out.push('| Component | Rating | Why | Where |', '|---|---|---|---|');
  for (const f of report.strength) {
    const form = f.form ? ` Form: ${f.form}.` : '';
    out.push(
      `| ${escapeMarkdown(f.title)} (\`${f.id}\`) | ${RATING_MARK[f.rating]} | ${escapeMarkdown(f.reason)}${form} | ${where(f.evidence)} |`
    );
  }
  out.push('');

  out.push('## Convention view', '');
  out.push('| Art | Obligation | Status | Sections | Missing |', '|---|---|---|---|---|');
  for (const o of report.convention) {
    const missing = o.missing ? escapeMarkdown(o.missing) : '–';
    const sections = o.sections.length ? o.sections.map(escapeMarkdown).join(', ') : '–';
    out.push(`| ${escapeMarkdown(o.article)} | ${escapeMarkdown(o.title)} | ${STATUS_MARK[o.status]} | ${sections} | ${missing} |`);
  }
  out.push('');
  const admin = report.convention.filter((o) => o.note && o.status !== 'implemented').map((o) => o.article);
  if (admin.length)
    out.push(
      `Articles ${admin.map(escapeMarkdown).join(', ')} are usually met by administrative measures: absence from the Act is a gap only if nothing else covers them.`,
      ''
    );

  out.push('## Details', '');
  for (const f of report.strength) out.push(...details(f));

  if (report.messages.length) {
    out.push('## What could not be read', '');
    for (const m of report.messages) {
      out.push(`- ${m.line ? `line ${m.line}: ` : ''}${escapeMarkdown(m.reason)}${m.ruleId ? ` \\[${m.ruleId}\\]` : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function details(f: ComponentFinding): string[] {
  const lines = [`### ${escapeMarkdown(f.title)} (\`${f.id}\`): ${f.rating}`, ''];
  lines.push(
    `${escapeMarkdown(f.reason)}${f.form ? ` Form: ${f.form}.` : ''} Article${f.articles.length > 1 ? 's' : ''} ${f.articles.map(escapeMarkdown).join(', ')}. Precedent: ${escapeMarkdown(f.precedent)}.`,
    ''
  );
  for (const e of f.evidence)
    lines.push(`- ${escapeMarkdown(e.citation)} (line ${e.line}, ${e.confidence} confidence): “${escapeMarkdown(e.snippet)}”`);
  if (f.evidence.length) lines.push('');
  return lines;
}
