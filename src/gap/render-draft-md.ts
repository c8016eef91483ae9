/**
 * A draft's gap report as Markdown: a summary, the open questions with the
 * command and the YAML that answer them, three tables (checklist, Convention,
 * strength) and the deadlines. Built as mdast and stringified once
 * (src/report/markdown.ts), so no answer, citation or title can add a row, a
 * heading or a link.
 */
import type {PhrasingContent, RootContent} from 'mdast';
import {bulletList, code, emphasis, heading, type Inlines, paragraph, stringifyMarkdown, strong, table, text} from '../report/markdown.js';
import type {DraftRating} from './draft-strength.js';
import type {DraftGapReport, DraftItemRow, DraftObligationRow} from './draft.js';

/** How a status reads; a gap is in bold. */
const label = (words: string, gap = false): Inlines => [gap ? strong(words) : words];

const ITEM_LABEL: Record<DraftItemRow['status'], Inlines> = {
  'in-draft': label('in the draft'),
  'existing-law': label('existing law'),
  administrative: label('administrative measure'),
  'not-applicable': label('not applicable'),
  'decided-against': label('decided against'),
  open: label('OPEN', true)
};

const OBLIGATION_LABEL: Record<DraftObligationRow['status'], Inlines> = {
  implemented: label('implemented'),
  supported: label('supported'),
  'existing-law': label('existing law'),
  administrative: label('administrative'),
  'not-applicable': label('not applicable'),
  open: label('open', true),
  missing: label('missing', true)
};

/** How a rating reads in the report (the matrix's legend uses the same words). */
export const RATING_LABEL: Record<DraftRating, string> = {
  strong: 'strong',
  partial: 'partial',
  weak: 'weak',
  absent: 'absent',
  'not-applicable': 'not applicable'
};

const ratingCell = (rating: DraftRating): Inlines => label(RATING_LABEL[rating], rating === 'weak' || rating === 'absent');
/** The report's own sentences mark ids and commands with backticks: those become code, the rest text. */
const withCode = (sentence: string): Inlines => sentence.split(/`([^`]+)`/).map((piece, index) => (index % 2 === 1 ? code(piece) : piece));
const list = (values: readonly string[]): string => (values.length ? values.join(', ') : '–');
const orDash = (value: string): string => value || '–';

/** Render a draft's gap report as Markdown. */
export function renderDraftGapMarkdown(report: DraftGapReport): string {
  const s = report.summary;
  const out: RootContent[] = [heading(1, `Gap report: ${report.title}`)];
  const meta: PhrasingContent[] = [
    text(`Answers: ${report.answers} · as of ${report.today} · entry into force: `),
    ...(report.entryIntoForce ? [text(report.entryIntoForce)] : [strong('not answered')]),
    ...(report.authority ? [text(` · national authority: ${report.authority}`)] : [])
  ];
  out.push(paragraph(...meta));
  const i = s.items;
  const c = s.convention;
  out.push(
    paragraph(
      strong('Checklist:'),
      ` ${i.inDraft} in the draft, ${i.existingLaw} existing law, ${i.administrative} administrative, ${i.notApplicable} not applicable, ${i.decidedAgainst} decided against, `,
      strong(`${i.open} open`),
      '.',
      {type: 'break'},
      strong('Convention:'),
      ` ${c.implemented} implemented, ${c.supported} supported, ${c['existing-law']} existing law, ${c.administrative} administrative, ${c['not-applicable']} not applicable, ${c.open} open, ${c.missing} missing.`,
      {type: 'break'},
      strong('Strength:'),
      ` ${s.strength.strong} strong, ${s.strength.partial} partial, ${s.strength.weak} weak, ${s.strength.absent} absent, ${s.strength['not-applicable']} not applicable.`
    )
  );

  out.push(heading(2, 'Open questions'));
  if (report.openQuestions.length === 0) out.push(paragraph('None: every checklist item and state question is answered.'));
  else {
    const first = report.openQuestions[0]!;
    out.push(
      paragraph(
        'Run ',
        code(first.command),
        `: the wizard resumes at the first unanswered question, and its review screen changes any answer, including those marked “don't know yet”. Or edit ${report.answers} by hand, merging the line shown into its `,
        code('items:'),
        ', ',
        code('state:'),
        ' or ',
        code('params:'),
        ' block.'
      )
    );
    out.push(
      bulletList(
        report.openQuestions.map((q) => [
          strong(q.title),
          ' (',
          code(q.id),
          '): ',
          // A value question quotes the value as the bill prints it: text, never read for `code`.
          ...(q.kind === 'value' ? [q.why] : withCode(q.why)),
          ' Add ',
          code(q.yaml),
          ...(q.choices ? [' (', ...withCode(q.choices), ')'] : []),
          '.'
        ])
      )
    );
  }

  out.push(heading(2, 'Checklist view'));
  out.push(
    table(
      ['Item', 'Status', 'Where / why', 'Option'],
      report.checklist.map((r) => [
        [r.title, ' (', code(r.id), ')'],
        ITEM_LABEL[r.status],
        orDash(r.detail),
        r.option ? `${r.option.label} (${r.option.strength})` : '–'
      ])
    )
  );

  out.push(heading(2, 'Convention view'));
  out.push(
    paragraph(
      'Statuses: ',
      emphasis('implemented'),
      ' = the Act does it; ',
      emphasis('supported'),
      ' = the Act names the authority and gives it powers, the act itself (a report, a notification) is executive; ',
      emphasis('existing law'),
      ' / ',
      emphasis('administrative'),
      ' = met outside the draft; ',
      emphasis('not applicable'),
      ' = does not arise for the State.'
    )
  );
  out.push(
    table(
      ['Art', 'Obligation', 'Status', 'Sections', 'Missing', 'Notes'],
      report.convention.map((o) => [
        o.article,
        o.title,
        OBLIGATION_LABEL[o.status],
        list(o.sections),
        orDash(o.missing),
        orDash([o.note, ...o.measures.map((m) => `Relies on ${m}.`)].filter(Boolean).join(' '))
      ])
    )
  );

  out.push(heading(2, 'Strength view'));
  out.push(
    paragraph(
      'Components of a strong national law (Cluster Munition Coalition and Human Rights Watch), rated on the draft as printed; rules in docs/gap-report.md.'
    )
  );
  out.push(
    table(
      ['Component', 'Rating', 'Why', 'Where', 'Precedent'],
      report.strength.map((r) => [
        [r.title, ' (', code(r.id), ')'],
        [...ratingCell(r.rating), ...(r.open ? [' (open)'] : [])],
        `${r.reason}${r.form ? ` Form: ${r.form}.` : ''}`,
        list(r.sections),
        r.precedent
      ])
    )
  );

  out.push(heading(2, 'Deadlines'));
  if (report.deadlinesNote) out.push(paragraph(...withCode(report.deadlinesNote)));
  if (report.deadlines.length) {
    out.push(paragraph(`As of ${report.today}.`));
    out.push(
      table(
        ['Deadline', 'Art', 'Date', 'Status', 'How computed'],
        report.deadlines.map((d) => [d.title, d.article, d.date, d.passed ? [strong('passed')] : 'upcoming', d.note])
      )
    );
  }
  if (report.skippedDeadlines.length) {
    out.push(paragraph('Not applicable:'));
    out.push(bulletList(report.skippedDeadlines.map((d) => [`${d.title} (Art ${d.article}): ${d.reason}`])));
  }
  return stringifyMarkdown(out);
}
