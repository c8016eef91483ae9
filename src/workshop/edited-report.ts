/**
 * The gap report of a draft edited by hand after its build.
 *
 * The draft gap report is derived from the build record, so it describes
 * the bill as built; a component whose section a participant edited or
 * deleted would keep its rating as built, and a matrix projected in the
 * room would show a deleted investment offence as "strong". So, for the
 * components carried by a section edited or deleted by hand (and only
 * those), the strength view takes the gap analysis of the draft as it is
 * (`gapReportForAct`, the same reading `ccm-draft gap <draft.md>` gives),
 * and says so in the reason. Components the analysis cannot judge from a
 * text (not applicable to the State) keep their rating.
 *
 * Every citation comes from the text as it is: the checklist, Convention
 * and strength views cite the sections by the numbers the edited draft
 * prints, and never a section deleted by hand. An item chosen for the Act
 * whose every section was deleted is "open" (the schema's "chosen for the
 * Act with no section printed"), never "in the draft"; an obligation whose
 * every implementing section was deleted is "missing". The decisions in the
 * answers stay as they are, and the report's Markdown says which sections
 * were changed by hand.
 */
import type {RootContent} from 'mdast';
import type {DraftComponentRow} from '../gap/draft-strength.js';
import type {BuildRecord} from '../bill/record.js';
import type {DraftGapReport, DraftItemRow, DraftObligationRow} from '../gap/draft.js';
import type {ActGapReport} from '../gap/types.js';
import {blockquote, bulletList, code, paragraph, stringifyMarkdown, strong} from '../report/markdown.js';
import {describeEdit, type HandEdit} from './hand-edits.js';

/** Components carried by each section edited or deleted by hand, with the edits that touch them. */
export function touchedComponents(edits: readonly HandEdit[]): Map<string, HandEdit[]> {
  const out = new Map<string, HandEdit[]>();
  for (const edit of edits) {
    if (edit.change === 'added' || !edit.recorded) continue;
    for (const c of edit.recorded.components) out.set(c, [...(out.get(c) ?? []), edit]);
  }
  return out;
}

/** Where the recorded sections are in the edited draft: the record, and each clause id's number in the draft now (deleted ones absent). */
export interface EditedNumbers {
  record: Pick<BuildRecord, 'sections'>;
  numbers: ReadonlyMap<string, string>;
}

/**
 * A citation of the bill as built (`s 13`, `s 22(1)`) as the edited draft
 * prints it: its number now, or null when the section was deleted by hand.
 * Citations of anything the record does not list (a schedule) stay as they are.
 */
export function citationNow(citation: string, where: EditedNumbers): string | null {
  const m = /^s ([0-9]+[A-Z]*)(.*)$/.exec(citation);
  if (!m) return citation;
  const recorded = where.record.sections.find((s) => s.kind === 'section' && s.number === m[1]);
  if (!recorded) return citation;
  const now = where.numbers.get(recorded.id);
  return now === undefined ? null : `s ${now}${m[2]}`;
}

/** Citations as the edited draft prints them, and those of sections deleted by hand. */
function citationsNow(citations: readonly string[], where: EditedNumbers): {now: string[]; deleted: string[]} {
  const now: string[] = [];
  const deleted: string[] = [];
  for (const c of citations) {
    const mapped = citationNow(c, where);
    if (mapped === null) deleted.push(c);
    else if (!now.includes(mapped)) now.push(mapped);
  }
  return {now, deleted};
}

function itemNow(row: DraftItemRow, where: EditedNumbers): DraftItemRow {
  const {now, deleted} = citationsNow(row.sections, where);
  if (deleted.length === 0)
    return now.join() === row.sections.join()
      ? row
      : {...row, sections: now, ...(row.status === 'in-draft' ? {detail: now.join(', ')} : {})};
  const gone = `${deleted.join(', ')} deleted by hand`;
  if (row.status !== 'in-draft') return {...row, sections: now, detail: `${row.detail} (${gone}.)`};
  if (now.length === 0)
    return {
      ...row,
      status: 'open',
      sections: [],
      detail: `Chosen for the Act, but ${gone} after the build: the draft prints no section for it.`
    };
  return {...row, sections: now, detail: `${now.join(', ')} (${gone})`};
}

function obligationNow(row: DraftObligationRow, where: EditedNumbers): DraftObligationRow {
  const {now, deleted} = citationsNow(row.sections, where);
  if (deleted.length === 0) return {...row, sections: now};
  const gone = `${deleted.join(', ')} deleted by hand`;
  if (now.length === 0 && (row.status === 'implemented' || row.status === 'supported'))
    return {...row, status: 'missing', sections: [], missing: `the section${deleted.length > 1 ? 's' : ''} that implemented it (${gone})`};
  return {...row, sections: now, missing: row.missing ? `${row.missing}; ${gone}` : gone};
}

/**
 * The report with the components of hand-edited sections rated from the text
 * as it is, and (given `where`) every citation as the edited draft prints it.
 */
export function rateEditedText(
  report: DraftGapReport,
  analysis: ActGapReport,
  edits: readonly HandEdit[],
  where?: EditedNumbers
): DraftGapReport {
  const touched = touchedComponents(edits);
  const found = new Map(analysis.strength.map((f) => [f.id, f]));
  const strength = report.strength.map((row): DraftComponentRow => {
    const by = touched.get(row.id);
    const now = found.get(row.id);
    if (!by || !now || row.rating === 'not-applicable') return where ? {...row, sections: citationsNow(row.sections, where).now} : row;
    if (now.rating === 'cannot-tell')
      return {
        ...row,
        reason: `Edited by hand after the build (${by.map(describeEdit).join(', ')}); the text as it is cannot be rated for this component (${now.reason}), so the rating shown is the bill's as built.`
      };
    const cites = [...new Set(now.evidence.map((e) => e.citation))];
    return {
      ...row,
      rating: now.rating,
      reason: `Edited by hand after the build (${by.map(describeEdit).join(', ')}); the gap analysis of the text as it is: ${now.reason}`,
      sections: cites,
      ...(now.form ? {form: now.form} : {})
    };
  });
  const count = (r: DraftComponentRow['rating']) => strength.filter((s) => s.rating === r).length;
  const checklist = where ? report.checklist.map((r) => itemNow(r, where)) : report.checklist;
  const convention = where ? report.convention.map((r) => obligationNow(r, where)) : report.convention;
  const items = (s: DraftItemRow['status']) => checklist.filter((r) => r.status === s).length;
  const obligations = Object.fromEntries(
    Object.keys(report.summary.convention).map((k) => [k, convention.filter((r) => r.status === k).length])
  ) as DraftGapReport['summary']['convention'];
  return {
    ...report,
    checklist,
    convention,
    strength,
    summary: {
      ...report.summary,
      items: {
        inDraft: items('in-draft'),
        existingLaw: items('existing-law'),
        administrative: items('administrative'),
        notApplicable: items('not-applicable'),
        decidedAgainst: items('decided-against'),
        open: items('open')
      },
      convention: obligations,
      strength: {
        strong: count('strong'),
        partial: count('partial'),
        weak: count('weak'),
        absent: count('absent'),
        'not-applicable': count('not-applicable')
      }
    }
  };
}

/** The notice above the Markdown gap report of an edited draft. */
export function editedReportNotice(draftName: string, edits: readonly HandEdit[]): string {
  const out: RootContent[] = [
    blockquote(
      paragraph(
        strong('A draft edited by hand.'),
        ' ',
        code(draftName),
        ` was changed by hand after its build. The checklist and Convention views below keep the decisions in the answers, citing the sections as the edited draft numbers them (an item whose sections were all deleted is open); in the strength view, the components of the sections changed by hand are rated from the text as it is:`
      ),
      bulletList(edits.map((e) => [describeEdit(e)]))
    )
  ];
  return stringifyMarkdown(out);
}
