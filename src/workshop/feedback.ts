/**
 * The one-page feedback sheet a trainer hands each participant, as data.
 *
 * Every statement is taken from that participant's own files and nothing
 * else: the gap report of their draft (the ratings, reasons, Convention
 * articles, precedents, open questions and deadlines, exactly as
 * `gap-report.json` says them), their build record (the State, the title,
 * which section carries which component) and their bill as it is (section
 * numbers, hand edits, and for an edited section what the gap analysis of
 * the edited text finds). The catalogue adds only what the model itself
 * does (its `strong` line), never a claim about the draft.
 *
 * A component is listed as strong only when the gap report rates it strong
 * from a decision the drafter took (not a model default standing in for an
 * open item). For a draft edited by hand the gap report is the workshop's
 * (src/workshop/edited-report.ts): the components of the sections changed
 * by hand are rated from the text as it is, and the hand edits say what
 * each change did, as built against now.
 */
import type {ActDocument} from '../act/types.js';
import type {BuildRecord} from '../bill/record.js';
import {componentInfo, type ComponentId} from '../gap/catalogue.js';
import type {DraftComponentRow, DraftRating} from '../gap/draft-strength.js';
import type {DraftGapReport} from '../gap/draft.js';
import type {ActGapReport} from '../gap/types.js';
import type {DraftAgainstRecord, HandEdit} from './hand-edits.js';

/** A component the draft provides strongly. */
export interface StrongPoint {
  id: string;
  title: string;
  /** Sections of the draft behind it, as numbered in the draft now (`s 12`). */
  sections: string[];
  /** The gap report's reason (said when no section carries the component: "No retention allowed …"). */
  reason: string;
}

/** A component weaker than the model, and why it matters. */
export interface WeakerPoint {
  id: string;
  title: string;
  rating: Exclude<DraftRating, 'strong' | 'not-applicable'>;
  /** The gap report's reason, as it says it. */
  reason: string;
  /** Convention articles (`1(1)(c)`). */
  articles: string[];
  /** What the model provides (the catalogue's `strong` line). */
  model: string;
  /** A real law that does it well (the gap report's precedent). */
  precedent: string;
  sections: string[];
  /** The item is still open: the rating is the model default's. */
  open: boolean;
}

/** A section changed by hand, explained against the model. */
export interface EditNote {
  change: HandEdit['change'];
  section: string;
  heading: string;
  clauseId: string | null;
  /** Convention articles the section implements (from the record). */
  articles: string[];
  removed: string[];
  added: string[];
  /** Components the section carries: the rating as built (gap report) and what the gap analysis of the edited text finds. */
  components: Array<{id: string; title: string; asBuilt: DraftRating; asEdited: DraftRating; reason: string; evidence: string[]}>;
}

/** A dated deadline. */
export interface SheetDeadline {
  title: string;
  article: string;
  date: string;
  passed: boolean;
}

/** The sheet. */
export interface FeedbackSheet {
  /** The participant's id and answers file. */
  participant: string;
  answers: string;
  /** The State, as the bill names it (without "the"). */
  state: string;
  /** The bill's title as printed. */
  title: string;
  buildId: string;
  /** The date deadlines are judged against (`YYYY-MM-DD`) and how the bill writes dates. */
  today: string;
  dateFormat: string;
  /** `built` from the answers; `edited`: the participant's own draft, edited by hand. */
  status: 'built' | 'edited';
  /** The gap report's count of ratings (the text as built). */
  counts: Record<DraftRating, number>;
  strong: StrongPoint[];
  /** Rated strong only because the model default prints it while the item is open. */
  defaults: StrongPoint[];
  weaker: WeakerPoint[];
  notApplicable: Array<{id: string; title: string}>;
  /** Open questions about items and the state profile (the gap report's), in its order. */
  open: Array<{id: string; title: string}>;
  /** Values the bill took from defaults (counted; the gap report lists them). */
  openValues: number;
  /** The command that answers them. */
  command: string;
  deadlines: SheetDeadline[];
  skippedDeadlines: Array<{title: string; article: string; reason: string}>;
  deadlinesNote: string | null;
  edits: EditNote[];
  /** Components whose rating is the text's as built because a section behind them was edited or deleted. */
  touched: string[];
}

/** What the sheet is made from. */
export interface SheetInput {
  participant: string;
  answers: string;
  state: string;
  record: BuildRecord;
  gap: DraftGapReport;
  /** The draft as it is, read against its record. */
  draft: DraftAgainstRecord;
  status: 'built' | 'edited';
  /** Edited drafts only: the gap report of the text as built, and the gap analysis of the text as it is. */
  asBuilt?: DraftGapReport | undefined;
  analysis?: ActGapReport | undefined;
  /** The command that answers open questions (`npx ccm-draft wizard --answers aland.yaml --out aland`). */
  command: string;
}

/** Sections of the record carrying a component, as numbered in the draft now (deleted ones left out). */
function sectionsOf(component: string, input: SheetInput): string[] {
  return input.record.sections
    .filter((s) => s.kind === 'section' && s.components.includes(component))
    .flatMap((s) => {
      const now = input.draft.numbers.get(s.id);
      return now === undefined ? [] : [`s ${now}`];
    });
}

/** Components carried by a section the participant edited or deleted. */
function touchedComponents(input: SheetInput): Set<string> {
  const out = new Set<string>();
  for (const s of input.record.sections) if (input.draft.touched.has(s.id)) for (const c of s.components) out.add(c);
  return out;
}

/** The sections a row cites: the record's (renumbered as the draft has them now), or, for a component rated from the edited text, the report's own. */
function rowSections(row: DraftComponentRow, touched: ReadonlySet<string>, input: SheetInput): string[] {
  return touched.has(row.id) ? row.sections : sectionsOf(row.id, input);
}

/** Build the sheet from one participant's gap report, record and draft. */
export function feedbackSheet(input: SheetInput): FeedbackSheet {
  const {gap, record} = input;
  const touched = touchedComponents(input);
  const strong: StrongPoint[] = [];
  const defaults: StrongPoint[] = [];
  const weaker: WeakerPoint[] = [];
  const notApplicable: Array<{id: string; title: string}> = [];
  for (const row of gap.strength as DraftComponentRow[]) {
    const point = {id: row.id, title: row.title, sections: rowSections(row, touched, input), reason: row.reason};
    if (row.rating === 'not-applicable') notApplicable.push({id: row.id, title: row.title});
    else if (row.rating === 'strong') (row.open ? defaults : strong).push(point);
    else
      weaker.push({
        ...point,
        rating: row.rating,
        reason: row.reason,
        articles: row.articles,
        model: componentInfo(row.id).strong,
        precedent: row.precedent,
        open: row.open
      });
  }
  const byId = new Map((input.asBuilt ?? gap).strength.map((r) => [r.id, r]));
  const current = new Map(gap.strength.map((r) => [r.id, r]));
  const analysed = new Map((input.analysis?.strength ?? []).map((f) => [f.id, f]));
  const edits: EditNote[] = input.draft.edits.map((edit) => ({
    change: edit.change,
    section: edit.section,
    heading: edit.heading,
    clauseId: edit.clauseId,
    articles: edit.recorded?.articles ?? [],
    removed: edit.removed,
    added: edit.added,
    components: (edit.recorded?.components ?? []).flatMap((id) => {
      const built = byId.get(id as ComponentId);
      const now = current.get(id as ComponentId);
      if (!built || !now) return [];
      // The report's rating now; its words from the gap analysis where the report took the rating from it.
      const read = now.rating === 'not-applicable' ? undefined : analysed.get(id as ComponentId);
      return [
        {
          id,
          title: built.title,
          asBuilt: built.rating,
          asEdited: now.rating,
          reason: read?.reason ?? now.reason,
          evidence: read ? read.evidence.map((e) => e.citation) : now.sections
        }
      ];
    })
  }));
  return {
    participant: input.participant,
    answers: input.answers,
    state: input.state,
    title: record.bill.title,
    buildId: record.buildId,
    today: gap.today,
    dateFormat: record.locale.dateFormat,
    status: input.status,
    counts: gap.summary.strength,
    strong,
    defaults,
    weaker,
    notApplicable,
    open: gap.openQuestions.filter((q) => q.kind !== 'value').map((q) => ({id: q.id, title: q.title})),
    openValues: gap.openQuestions.filter((q) => q.kind === 'value').length,
    command: input.command,
    deadlines: gap.deadlines.map((d) => ({title: d.title, article: d.article, date: d.date, passed: d.passed})),
    skippedDeadlines: gap.skippedDeadlines.map((d) => ({title: d.title, article: d.article, reason: d.reason})),
    deadlinesNote: gap.deadlinesNote,
    edits,
    touched: gap.strength.filter((r) => touched.has(r.id)).map((r) => r.title)
  };
}

/** The participant's draft, as the sheet's one-truth checks read it: every section number it has. */
export function sectionNumbers(act: ActDocument): Set<string> {
  return new Set(act.sections.map((s) => `s ${s.number}`));
}
