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
 * text (not applicable to the State) keep their rating. The checklist and
 * Convention views stay as built: they record decisions, and the report's
 * Markdown says which sections were changed by hand.
 */
import type {RootContent} from 'mdast';
import type {DraftComponentRow} from '../gap/draft-strength.js';
import type {DraftGapReport} from '../gap/draft.js';
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

/** The report with the components of hand-edited sections rated from the text as it is. */
export function rateEditedText(report: DraftGapReport, analysis: ActGapReport, edits: readonly HandEdit[]): DraftGapReport {
  const touched = touchedComponents(edits);
  const found = new Map(analysis.strength.map((f) => [f.id, f]));
  const strength = report.strength.map((row): DraftComponentRow => {
    const by = touched.get(row.id);
    const now = found.get(row.id);
    if (!by || !now || row.rating === 'not-applicable') return row;
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
  return {
    ...report,
    strength,
    summary: {
      ...report.summary,
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
        ` was changed by hand after its build. The checklist and Convention views below describe the bill as built (the decisions in the answers); in the strength view, the components of the sections changed by hand are rated from the text as it is:`
      ),
      bulletList(edits.map((e) => [describeEdit(e)]))
    )
  ];
  return stringifyMarkdown(out);
}
