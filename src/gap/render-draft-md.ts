/**
 * A draft's gap report as Markdown: a summary, the open questions with the
 * command and the YAML that answer them, three tables (checklist, Convention,
 * strength) and the deadlines. Every cell is escaped.
 */
import type {DraftGapReport, DraftItemRow, DraftObligationRow} from './draft.js';
import type {DraftRating} from './draft-strength.js';
import {escapeMarkdown} from './render-md.js';

const ITEM_LABEL: Record<DraftItemRow['status'], string> = {
  'in-draft': 'in the draft',
  'existing-law': 'existing law',
  administrative: 'administrative measure',
  'not-applicable': 'not applicable',
  'decided-against': 'decided against',
  open: '**OPEN**'
};

const OBLIGATION_LABEL: Record<DraftObligationRow['status'], string> = {
  implemented: 'implemented',
  supported: 'supported',
  'existing-law': 'existing law',
  administrative: 'administrative',
  'not-applicable': 'not applicable',
  open: '**open**',
  missing: '**missing**'
};

const RATING_LABEL: Record<DraftRating, string> = {
  strong: 'strong',
  partial: 'partial',
  weak: '**weak**',
  absent: '**absent**',
  'not-applicable': 'not applicable'
};

const list = (values: readonly string[]): string => (values.length ? values.map(escapeMarkdown).join(', ') : '–');
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/** Render a draft's gap report as Markdown. */
export function renderDraftGapMarkdown(report: DraftGapReport): string {
  const s = report.summary;
  const out: string[] = [`# Gap report: ${escapeMarkdown(report.title)}`, ''];
  out.push(
    `Answers: ${escapeMarkdown(report.answers)} · as of ${report.today} · entry into force: ${report.entryIntoForce ?? '**not answered**'}${report.authority ? ` · national authority: ${escapeMarkdown(report.authority)}` : ''}`,
    ''
  );
  const i = s.items;
  out.push(
    `**Checklist:** ${i.inDraft} in the draft, ${i.existingLaw} existing law, ${i.administrative} administrative, ${i.notApplicable} not applicable, ${i.decidedAgainst} decided against, **${i.open} open**.  `,
    `**Convention:** ${s.convention.implemented} implemented, ${s.convention.supported} supported, ${s.convention['existing-law']} existing law, ${s.convention.administrative} administrative, ${s.convention['not-applicable']} not applicable, ${s.convention.open} open, ${s.convention.missing} missing.  `,
    `**Strength:** ${s.strength.strong} strong, ${s.strength.partial} partial, ${s.strength.weak} weak, ${s.strength.absent} absent, ${s.strength['not-applicable']} not applicable.`,
    ''
  );

  out.push('## Open questions', '');
  if (report.openQuestions.length === 0) out.push('None: every checklist item and state question is answered.', '');
  else {
    const first = report.openQuestions[0]!;
    out.push(
      `Run ${code(first.command)}: the wizard resumes at the first unanswered question, and its review screen changes any answer, including those marked “don't know yet”. Or edit ${escapeMarkdown(report.answers)} by hand, merging the line shown into its \`items:\`, \`state:\` or \`params:\` block.`,
      ''
    );
    for (const q of report.openQuestions) {
      out.push(
        `- **${escapeMarkdown(q.title)}** (${code(q.id)}): ${escapeMarkdown(q.why)} Add ${code(q.yaml)}${q.choices ? ` (${q.choices.replace(/\|/g, '\\|')})` : ''}.`
      );
    }
    out.push('');
  }

  out.push('## Checklist view', '', '| Item | Status | Where / why | Option |', '|---|---|---|---|');
  for (const r of report.checklist) {
    const option = r.option ? `${escapeMarkdown(r.option.label)} (${r.option.strength})` : '–';
    out.push(`| ${escapeMarkdown(r.title)} (${code(r.id)}) | ${ITEM_LABEL[r.status]} | ${escapeMarkdown(r.detail) || '–'} | ${option} |`);
  }

  out.push('', '## Convention view', '');
  out.push(
    'Statuses: *implemented* = the Act does it; *supported* = the Act names the authority and gives it powers, the act itself (a report, a notification) is executive; *existing law* / *administrative* = met outside the draft; *not applicable* = does not arise for the State.',
    ''
  );
  out.push('| Art | Obligation | Status | Sections | Missing | Notes |', '|---|---|---|---|---|---|');
  for (const o of report.convention) {
    const notes = [o.note, ...o.measures.map((m) => `Relies on ${m}.`)].filter(Boolean).join(' ');
    out.push(
      `| ${escapeMarkdown(o.article)} | ${escapeMarkdown(o.title)} | ${OBLIGATION_LABEL[o.status]} | ${list(o.sections)} | ${escapeMarkdown(o.missing) || '–'} | ${escapeMarkdown(notes) || '–'} |`
    );
  }

  out.push('', '## Strength view', '');
  out.push(
    'Components of a strong national law (Cluster Munition Coalition and Human Rights Watch), rated on the draft as printed; rules in docs/gap-report.md.',
    ''
  );
  out.push('| Component | Rating | Why | Where | Precedent |', '|---|---|---|---|---|');
  for (const c of report.strength) {
    const form = c.form ? ` Form: ${c.form}.` : '';
    out.push(
      `| ${escapeMarkdown(c.title)} (${code(c.id)}) | ${RATING_LABEL[c.rating]}${c.open ? ' (open)' : ''} | ${escapeMarkdown(c.reason)}${form} | ${list(c.sections)} | ${escapeMarkdown(c.precedent)} |`
    );
  }

  out.push('', '## Deadlines', '');
  if (report.deadlinesNote) out.push(report.deadlinesNote, '');
  if (report.deadlines.length) {
    out.push(`As of ${report.today}.`, '', '| Deadline | Art | Date | Status | How computed |', '|---|---|---|---|---|');
    for (const d of report.deadlines)
      out.push(
        `| ${escapeMarkdown(d.title)} | ${escapeMarkdown(d.article)} | ${d.date} | ${d.passed ? '**passed**' : 'upcoming'} | ${escapeMarkdown(d.note)} |`
      );
    out.push('');
  }
  if (report.skippedDeadlines.length) {
    out.push('Not applicable:', '');
    for (const d of report.skippedDeadlines)
      out.push(`- ${escapeMarkdown(d.title)} (Art ${escapeMarkdown(d.article)}): ${escapeMarkdown(d.reason)}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
