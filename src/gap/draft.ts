/**
 * The gap report for a draft the tool builds (issue 5 §1). Three views:
 *
 * - checklist: every Article 9 checklist item with its status, citing the
 *   final section numbers for items in the draft;
 * - Convention: every obligation, with the sections that implement it, how
 *   it is met (`implemented` in law, `supported` where the Act gives an
 *   authority and powers but the act itself is executive, `existing-law`,
 *   `administrative`, `not-applicable`, `open`, `missing`) and what is missing;
 * - strength: every HRW/IHRC component rated from the actual choices (see
 *   `draft-strength.ts` for the rules);
 *
 * plus the Convention deadlines from entry into force and the open
 * questions, each with the command that answers it.
 *
 * Everything is derived from the build record (src/bill/record.ts) and the
 * checklist, never from the answers computed again: the report `build`
 * writes beside a draft and the report the matrix computes from the same
 * draft's record are one function of the same data, so they always agree.
 *
 * Stable entry points (used by `ccm-draft build`, `ccm-draft gap --answers`
 * and the matrix): {@link draftGapReport} and `renderDraftGapMarkdown`
 * (`render-draft-md.ts`, re-exported here). Pure: no I/O except reading the
 * bundled checklist's obligations once when the caller gives none.
 */
import {readFileSync} from 'node:fs';
import type {BuildRecord, RecordItem, RecordItemStatus} from '../bill/record.js';
import {parseChecklist, type Checklist, type ChecklistItem, type ItemOption, type Obligation} from '../checklist/load.js';
import type {ParamDecl} from '../model/params.js';
import {defaultChecklistPath} from '../paths.js';
import {DRAFT_OBLIGATIONS, OBLIGATIONS, PENALTY_YEARS} from './catalogue.js';
import {conventionDates, formatIsoDate, parseIsoDate, startOfDay} from './deadlines.js';
import {rateComponents, type DraftComponentRow} from './draft-strength.js';
import {GAP_REPORT_SCHEMA_ID} from './types.js';
import {GAP_REPORT_VERSION} from './types.js';

export {renderDraftGapMarkdown} from './render-draft-md.js';
export type {DraftComponentRow, DraftRating} from './draft-strength.js';

/** A checklist item's status in the draft. */
export type DraftItemStatus = 'in-draft' | 'existing-law' | 'administrative' | 'not-applicable' | 'decided-against' | 'open';

/** One checklist item in the checklist view. */
export interface DraftItemRow {
  id: string;
  title: string;
  status: DraftItemStatus;
  /** Final citations (`s 9, s 10`) for `in-draft`; the citation, agency or reason otherwise; for `open`, what the draft does meanwhile. */
  detail: string;
  /** Final citations of the sections that serve the item (`s 9`), also for an open item whose default is printed. */
  sections: string[];
  /** `answers`: decided in the answers file; `pruned`: the state profile rules it out; `unanswered`: open. */
  origin: 'answers' | 'pruned' | 'unanswered';
  /** The checklist policy option the draft's text corresponds to, where one maps. */
  option?: {id: string; label: string; strength: ItemOption['strength']};
}

/** A question the drafter must still answer, and how. */
export interface OpenQuestion {
  /** Checklist item id, `state.<field>`, or `params.<name>` (a value the bill took from a default). */
  id: string;
  kind: 'item' | 'state' | 'value';
  title: string;
  /** What depends on the answer. */
  why: string;
  /** Resumes the wizard at the first open question. */
  command: string;
  /** The YAML to add by hand, as one flow-style line (`items: {investment: {status: act}}`). */
  yaml: string;
  /** The other accepted answers, in words. */
  choices: string;
}

/** How a draft meets an obligation. */
export type DraftObligationStatus = 'implemented' | 'supported' | 'existing-law' | 'administrative' | 'not-applicable' | 'open' | 'missing';

/** One obligation in the Convention view. */
export interface DraftObligationRow {
  id: string;
  article: string;
  title: string;
  status: DraftObligationStatus;
  /** Final citations of the printed sections tagged with the article and serving one of the obligation's items. */
  sections: string[];
  /** Other measures relied on: `existing law (corporate-liability): …`, `administrative (cooperation): …`. */
  measures: string[];
  /** What is missing, in one line ('' when nothing). */
  missing: string;
  /** How to read the status (who acts; nil returns). */
  note: string;
}

/** A dated deadline. */
export interface DraftDeadline {
  id: 'stockpile-destruction' | 'clearance' | 'initial-report' | 'annual-report' | 'retention-report';
  title: string;
  article: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The date is before `today`. */
  passed: boolean;
  note: string;
}

/** A deadline that does not apply to the State, and why. */
export interface SkippedDeadline {
  id: DraftDeadline['id'];
  title: string;
  article: string;
  reason: string;
}

/** The gap report of a draft. */
export interface DraftGapReport {
  $schema: string;
  schemaVersion: typeof GAP_REPORT_VERSION;
  kind: 'draft';
  /** The build the report describes (the record's `buildId`). */
  buildId: string;
  title: string;
  /** The answers file, as given. */
  answers: string;
  /** The date deadlines are measured against (`YYYY-MM-DD`). */
  today: string;
  /** `state.entry_into_force`, or null when not answered. */
  entryIntoForce: string | null;
  /** The national authority named in the draft (`authority.name`), or null. */
  authority: string | null;
  summary: {
    items: Record<'inDraft' | 'existingLaw' | 'administrative' | 'notApplicable' | 'decidedAgainst' | 'open', number>;
    convention: Record<DraftObligationStatus, number>;
    strength: Record<DraftComponentRow['rating'], number>;
    openQuestions: number;
  };
  openQuestions: OpenQuestion[];
  checklist: DraftItemRow[];
  convention: DraftObligationRow[];
  strength: DraftComponentRow[];
  deadlines: DraftDeadline[];
  skippedDeadlines: SkippedDeadline[];
  /** Why no dates could be computed, and how to answer (null when they were). */
  deadlinesNote: string | null;
}

/** What a draft's gap report is derived from: its build record and the checklist (a built `Draft` carries both). */
export interface DraftGapInput {
  record: BuildRecord;
  checklist: Pick<Checklist, 'items'> & Partial<Pick<Checklist, 'obligations'>>;
}

/** Options for {@link draftGapReport}. */
export interface DraftGapOptions {
  /** Deadlines before this day are marked passed. */
  today: Date;
  /** The answers file as the user named it (printed in commands; default: the one the record names). */
  answersPath?: string | undefined;
  /** Checklist obligations (default: the checklist's, else the bundled checklist's). */
  obligations?: readonly Obligation[] | undefined;
  /**
   * The words the wizard shows for each choice of a choice parameter (the model's option labels, by parameter and
   * value): a default to confirm is named by them, never by its raw value (`dpp`, `strict`).
   */
  choiceLabels?: ReadonlyMap<string, ReadonlyArray<{value: unknown; label: string}>> | undefined;
}

/** A checklist item with the record's decision on it. */
interface ItemView {
  item: ChecklistItem;
  status: RecordItemStatus;
  answer: Pick<RecordItem, 'citation' | 'agency' | 'reason'>;
  origin: RecordItem['origin'];
}

/** Every checklist item with its decision, in checklist order (an item the record does not know is open). */
export function itemViews(input: DraftGapInput): ItemView[] {
  return input.checklist.items.map((item) => {
    const r = input.record.items[item.id];
    return r
      ? {item, status: r.status, answer: {citation: r.citation, agency: r.agency, reason: r.reason}, origin: r.origin}
      : {item, status: 'unknown', answer: {}, origin: 'unanswered'};
  });
}

let bundledObligations: Obligation[] | undefined;
function defaultObligations(): Obligation[] {
  bundledObligations ??= parseChecklist(readFileSync(defaultChecklistPath, 'utf8'), defaultChecklistPath).obligations;
  return bundledObligations;
}

const cite = (citation: string): string => citation.replace(/^section /, 's ');
const stripDot = (text: string): string => text.replace(/\.\s*$/, '');

/** State profile fields that decide which items and deadlines apply. */
const STATE_QUESTIONS: Array<{
  field: 'entry_into_force' | 'holds_stocks' | 'contaminated' | 'victims' | 'producer' | 'joint_operations';
  title: string;
  why: string;
  example: string;
}> = [
  {
    field: 'entry_into_force',
    title: 'Date the Convention entered into force for the State',
    why: 'All deadlines run from it (Art 17(2): the first day of the sixth month after the State deposited its instrument).',
    example: '2027-02-01'
  },
  {
    field: 'holds_stocks',
    title: 'Does the State hold stocks of cluster munitions?',
    why: 'Decides whether stockpile destruction (Art 3) and its 8-year deadline apply.',
    example: 'false'
  },
  {
    field: 'contaminated',
    title: 'Does the State have areas contaminated by cluster munition remnants?',
    why: 'Decides whether clearance (Art 4) and its 10-year deadline apply.',
    example: 'false'
  },
  {
    field: 'victims',
    title: "Are there cluster munition victims in areas under the State's jurisdiction or control?",
    why: 'Decides whether victim assistance (Art 5) applies.',
    example: 'false'
  },
  {
    field: 'producer',
    title: 'Has the State ever produced cluster munitions or their components, or does it have facilities that did?',
    why: 'Decides whether conversion or decommissioning of production facilities (Art 7(1)(d)) must be provided for and reported.',
    example: 'false'
  },
  {
    field: 'joint_operations',
    title: 'Do the armed forces take part in operations with States not party?',
    why: 'Decides whether a joint-operations provision (Art 21(3)–(4)) is needed.',
    example: 'false'
  }
];

const NEEDS: Record<string, string> = {
  'existing-law': 'citation',
  administrative: 'agency',
  'not-applicable': 'reason',
  'decided-against': 'reason'
};

/** The YAML line and the other choices for an open item. */
function itemQuestion(item: ChecklistItem, command: string, why: string): OpenQuestion {
  const others = item.statuses
    .filter((s) => s !== 'act' && s !== 'unknown')
    .map((s) => (NEEDS[s] ? `\`${s}\` with \`${NEEDS[s]}: "…"\`` : `\`${s}\``));
  return {
    id: item.id,
    kind: 'item',
    title: item.title,
    why,
    command,
    yaml: `items: {${item.id}: {status: act}}`,
    choices: others.length ? `or status ${others.join(', ')}` : ''
  };
}

/** Which checklist option the draft's text corresponds to. */
function chosenOption(
  r: ItemView,
  status: DraftItemStatus,
  value: (name: string) => unknown,
  printed: ReadonlySet<string>
): ItemOption | undefined {
  const options = r.item.options;
  const find = (id: string) => options.find((o) => o.id === id);
  if (status === 'in-draft') {
    switch (r.item.id) {
      case 'investment':
        return find(String(value('investment.scope')));
      case 'joint-operations':
        return printed.has('s-joint-operations-interoperability') ? find('interoperability') : find('express-request');
      case 'penalties': {
        const years = value('penalty.individual.prison_years');
        if (typeof years !== 'number' || years <= 0) return find('fine-only');
        return years >= PENALTY_YEARS.strong ? find('serious') : years >= PENALTY_YEARS.partial ? find('moderate') : undefined;
      }
      case 'regulations':
        return printed.has('s-amendments') ? find('regulations-and-amendments') : find('regulations-only');
      default:
        // The model implements each item's strongest option (the first listed).
        return options[0];
    }
  }
  if (status === 'administrative') return options.find((o) => /administrative/.test(o.id));
  if (status === 'decided-against') return find(r.item.id === 'transit' ? 'none' : 'general-law');
  return undefined;
}

/** The checklist option a draft's commencement section corresponds to, and why when it is not the strongest. */
export interface CommencementAssessment {
  /** Checklist option id of the `commencement` item, or undefined when it cannot be told (entry into force not answered). */
  option: string | undefined;
  /** Why (appended to the row's detail); '' when nothing needs saying. */
  reason: string;
}

/**
 * Rate the commencement section (counsel's review of the built bills, finding 15): strong
 * when the Act is in force on assent or by a date (fixed or long-stop) no
 * later than the Convention's entry into force for the State; partial when
 * its own words let it come into force after that day: by notice with no
 * long-stop date, or a fixed or long-stop date after entry into force. On
 * assent is the soonest an Act can commence, so it stays strong, with a word
 * when the Convention already binds the State.
 */
export function commencementAssessment(
  value: (name: string) => unknown,
  entryIntoForce: string | undefined,
  today: string
): CommencementAssessment {
  const mode = value('commencement.mode');
  const eif = entryIntoForce;
  const enters = eif && eif <= today ? 'entered' : 'enters';
  const gap = 'in between, Article 1 binds the State with no penal sanction in its law (Art 9)';
  const unknown = (what: string): CommencementAssessment => ({
    option: undefined,
    reason: `${what}; the date the Convention enters into force for the State is not answered (state.entry_into_force), so whether that is in time cannot be told.`
  });
  switch (mode) {
    case 'assent':
      return {
        option: 'before-entry-into-force',
        reason:
          eif && eif <= today
            ? `the Convention has bound the State since ${eif}, so the Act comes into force after that day whenever it is passed; commencement on assent keeps the gap shortest.`
            : ''
      };
    case 'date':
    case 'date-or-assent': {
      const date = value('commencement.date');
      if (typeof date !== 'string') return {option: undefined, reason: ''};
      const when = `in force on ${date}${mode === 'date-or-assent' ? ' (or the day after assent, if later)' : ''}`;
      if (!eif) return unknown(when);
      return date <= eif
        ? {option: 'before-entry-into-force', reason: ''}
        : {option: 'after-entry-into-force', reason: `${when}, after the Convention ${enters} into force for the State (${eif}): ${gap}.`};
    }
    case 'order':
      return {
        option: 'by-notice',
        reason:
          eif && eif <= today
            ? `in force on a date appointed by notice, with no long-stop date: the Convention has bound the State since ${eif}, and nothing in the Act limits how long Article 1 may go without penal sanction in its law (Art 9); add a long-stop date (commencement mode order-long-stop), or commence on assent.`
            : `in force on a date appointed by notice, with no long-stop date: it can fall after the Convention enters into force for the State${eif ? ` (${eif})` : ''}, leaving Article 1 without penal sanction in its law until the notice (Art 9); add a long-stop date no later than that day (commencement mode order-long-stop).`
      };
    case 'order-long-stop': {
      const date = value('commencement.long_stop');
      if (typeof date !== 'string') return {option: undefined, reason: ''};
      const when = `in force by notice, at the latest on ${date}`;
      if (!eif) return unknown(when);
      return date <= eif
        ? {option: 'by-notice-long-stop', reason: ''}
        : {option: 'after-entry-into-force', reason: `${when}, after the Convention ${enters} into force for the State (${eif}): ${gap}.`};
    }
    default:
      return {option: undefined, reason: ''};
  }
}

/** The words the wizard shows for each option of the model's choice parameters, by parameter ({@link DraftGapOptions.choiceLabels}). */
export function choiceLabelsOf(params: ReadonlyMap<string, ParamDecl>): Map<string, Array<{value: unknown; label: string}>> {
  const labels = new Map<string, Array<{value: unknown; label: string}>>();
  for (const [name, decl] of params)
    if (decl.type === 'choice' && decl.options)
      labels.set(
        name,
        decl.options.map((o) => ({value: o.value, label: o.label}))
      );
  return labels;
}

/** Build the gap report of a draft. `today` decides which deadlines have passed. */
export function draftGapReport(input: DraftGapInput, options: DraftGapOptions): DraftGapReport {
  const {record} = input;
  const printed = record.sections;
  const printedIds = new Set(printed.map((s) => s.id));
  const sectionCite = (id: string, number: string): string => cite(record.citations[id] ?? `s ${number}`);
  const answersPath = options.answersPath ?? record.answers;
  const command = `ccm-draft wizard --answers ${answersPath}`;
  const value = (name: string): unknown => record.values[name]?.value;
  const state = record.state;
  const today = startOfDay(options.today);

  // ------------------------------------------------------------ checklist view
  const openQuestions: OpenQuestion[] = [];
  for (const q of STATE_QUESTIONS) {
    if (state[q.field] !== undefined) continue;
    openQuestions.push({
      id: `state.${q.field}`,
      kind: 'state',
      title: q.title,
      why: q.why,
      command,
      yaml: `state: {${q.field}: ${q.example}}`,
      choices: q.field === 'entry_into_force' ? 'a date as YYYY-MM-DD' : '`true` or `false`'
    });
  }
  const checklist: DraftItemRow[] = [];
  for (const r of itemViews(input)) {
    const cited = printed.filter((s) => s.items.includes(r.item.id)).map((s) => sectionCite(s.id, s.number));
    const answer = r.answer;
    let row: DraftItemRow;
    const base = {id: r.item.id, title: r.item.title, origin: r.origin};
    switch (r.status) {
      case 'act':
        row = cited.length
          ? {...base, status: 'in-draft', detail: cited.join(', '), sections: cited}
          : {
              ...base,
              status: 'open',
              detail: 'Chosen for the Act, but no section of the draft serves it: check the answers that switch its sections on.',
              sections: []
            };
        break;
      case 'existing-law':
        row = {...base, status: 'existing-law', detail: answer?.citation ?? '', sections: []};
        break;
      case 'administrative':
        row = {...base, status: 'administrative', detail: answer?.agency ?? '', sections: []};
        break;
      case 'not-applicable':
        row = {
          ...base,
          status: 'not-applicable',
          detail: answer?.reason || r.item.prunedReason || `Does not apply: ${r.item.appliesText} is false.`,
          sections: []
        };
        break;
      case 'decided-against':
        row = {...base, status: 'decided-against', detail: answer?.reason ?? '', sections: []};
        break;
      default:
        row = {
          ...base,
          status: 'open',
          // "Don't know yet" is an answer the drafter gave; saying "not answered" would send them looking for a question they already saw.
          detail: `${r.origin === 'answers' ? "Marked \u201cdon't know yet\u201d" : 'Not answered yet'}; ${cited.length ? `meanwhile the model default prints ${cited.join(', ')}.` : 'the draft has no section for it meanwhile.'}`,
          sections: cited
        };
    }
    if (row.status !== 'in-draft' && row.status !== 'open' && cited.length) {
      // Sections with no switch of their own are printed whatever the answer: say so rather than hide them.
      row.sections = cited;
      row.detail = `${row.detail}${row.detail ? ' ' : ''}(The draft still prints ${cited.join(', ')}.)`;
    }
    let option = chosenOption(r, row.status, value, printedIds);
    if (r.item.id === 'commencement' && row.status === 'in-draft') {
      // The commencement section's own words decide whether the Act can come into force after the Convention binds the State.
      const assessed = commencementAssessment(value, state.entry_into_force, formatIsoDate(today));
      option = r.item.options.find((o) => o.id === assessed.option);
      if (assessed.reason) row.detail = `${row.detail}: ${assessed.reason}`;
    }
    if (option) row.option = {id: option.id, label: option.label, strength: option.strength};
    if (row.status === 'open') {
      openQuestions.push(
        itemQuestion(
          r.item,
          command,
          cited.length
            ? `Until answered, the draft keeps the model default (${cited.join(', ')}).`
            : 'Until answered, the draft has no provision for it.'
        )
      );
    }
    checklist.push(row);
  }
  const rowOf = new Map(checklist.map((r) => [r.id, r]));

  // Values the bill prints (or whose value chose its wording) that the answers do not give: the profile's or
  // the model's defaults, open until confirmed. Quoted as the bill prints them.
  for (const [name, v] of Object.entries(record.values)) {
    if ((v.origin !== 'profile' && v.origin !== 'default') || v.inBill !== true) continue;
    const raw = v.value;
    const money = raw as {amount?: unknown; currency?: unknown} | null;
    const answerForm =
      typeof raw === 'object' && money !== null && 'amount' in money
        ? `${String(money.currency)} ${String(money.amount)}`
        : Array.isArray(raw)
          ? raw.join(', ')
          : String(raw);
    const choice = options.choiceLabels?.get(name)?.find((o) => o.value === raw);
    openQuestions.push({
      id: `params.${name}`,
      kind: 'value',
      title: `${name}, taken from ${v.origin === 'profile' ? `profile ${record.jurisdiction.id}` : "the model's default"}`,
      why: choice
        ? `The bill follows the choice “${choice.label}”${v.printed !== undefined ? ` (it prints ${JSON.stringify(v.printed)})` : ''} without the answers giving it; confirm it or give the State's own.`
        : v.printed !== undefined
          ? `The bill prints ${JSON.stringify(v.printed)} without the answers giving it; confirm it or give the State's own.`
          : `The bill's wording follows ${name} = ${typeof raw === 'boolean' || typeof raw === 'number' ? String(raw) : JSON.stringify(answerForm)} without the answers giving it; confirm it or give the State's own.`,
      command,
      yaml: `params: {${name}: ${typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : JSON.stringify(answerForm)}}`,
      choices: ''
    });
  }

  // ------------------------------------------------------------ Convention view
  const authority =
    typeof value('authority.name') === 'string' && printedIds.has('s-national-authority') ? String(value('authority.name')) : null;
  const authorityCite = printed.filter((s) => s.id === 's-national-authority').map((s) => sectionCite(s.id, s.number));
  const obligations = options.obligations ?? input.checklist.obligations ?? defaultObligations();
  const convention: DraftObligationRow[] = OBLIGATIONS.map((info) => {
    const o = obligations.find((x) => x.id === info.id);
    const items = o?.items ?? [];
    const rule = DRAFT_OBLIGATIONS[info.id] ?? {primary: items.slice(0, 1), duty: 'law' as const};
    const tagged = printed.filter((s) => s.articles.some((a) => articleMatches(info.article, a)));
    const sections = tagged
      .filter((s) => s.items.length === 0 || s.items.some((i) => items.includes(i) || rule.primary.includes(i)))
      .map((s) => sectionCite(s.id, s.number));
    const primarySections = tagged.filter((s) => s.items.some((i) => rule.primary.includes(i))).map((s) => sectionCite(s.id, s.number));
    return conventionRow(info, rule, items, sections, primarySections, rowOf, {authority, authorityCite, state});
  });

  // ------------------------------------------------------------ strength view
  const strength = rateComponents({
    state,
    rows: rowOf,
    printed: printed.map((s) => ({id: s.id, components: s.components, cite: sectionCite(s.id, s.number)})),
    value,
    penalties: record.penalties
  });

  // ------------------------------------------------------------ deadlines
  const deadlines: DraftDeadline[] = [];
  const skippedDeadlines: SkippedDeadline[] = [];
  let deadlinesNote: string | null = null;
  const eifText = state.entry_into_force;
  const eif = eifText ? parseIsoDate(eifText) : undefined;
  const stockRow = rowOf.get('stockpile-destruction');
  const clearRow = rowOf.get('clearance');
  const retentionInAct = printedIds.has('s-retention');
  if (!eif) {
    deadlinesNote = `No date of entry into force answered (\`state.entry_into_force\`), so no deadline can be dated. Answer it with \`${command}\`, or add \`state: {entry_into_force: YYYY-MM-DD}\` to ${answersPath} (Art 17(2): the first day of the sixth month after the State deposited its instrument).`;
  } else {
    const d = conventionDates(eif, today);
    const add = (id: DraftDeadline['id'], title: string, article: string, date: Date, note: string): void => {
      deadlines.push({id, title, article, date: formatIsoDate(date), passed: date.getTime() < today.getTime(), note});
    };
    const plus = (n: string) => `Entry into force (${eifText}) + ${n}.`;
    if (state.holds_stocks === true) {
      const actDeadline = value('stockpile.deadline');
      const differs =
        typeof actDeadline === 'string' &&
        actDeadline !== formatIsoDate(d.stockpileDestruction) &&
        printedIds.has('s-stockpile-destruction');
      add(
        'stockpile-destruction',
        'Destroy all stockpiled cluster munitions',
        '3(2)',
        d.stockpileDestruction,
        `${plus('8 years')}${differs ? ` The draft states ${actDeadline}: check it (a later date needs an Article 3(3) extension).` : ''} Extensions of up to 4 years may be requested under Art 3(3).`
      );
    } else {
      skippedDeadlines.push({
        id: 'stockpile-destruction',
        title: 'Destroy all stockpiled cluster munitions',
        article: '3(2)',
        reason:
          state.holds_stocks === false
            ? stockRow?.status === 'not-applicable'
              ? stockRow.detail
              : 'The State holds no stocks.'
            : 'Not answered whether the State holds stocks (state.holds_stocks).'
      });
    }
    if (state.contaminated === true) {
      const actDeadline = value('clearance.deadline');
      const differs = typeof actDeadline === 'string' && actDeadline !== formatIsoDate(d.clearance) && printedIds.has('s-clearance');
      add(
        'clearance',
        'Clear and destroy cluster munition remnants in contaminated areas',
        '4(1)(a)',
        d.clearance,
        `${plus('10 years')}${differs ? ` The draft states ${actDeadline}: check it (a later date needs an Article 4(5) extension).` : ''} For contamination after entry into force, 10 years from the end of active hostilities (Art 4(1)(b)).`
      );
    } else {
      skippedDeadlines.push({
        id: 'clearance',
        title: 'Clear and destroy cluster munition remnants in contaminated areas',
        article: '4(1)(a)',
        reason:
          state.contaminated === false
            ? clearRow?.status === 'not-applicable'
              ? clearRow.detail
              : 'The State has no contaminated areas.'
            : 'Not answered whether the State has contaminated areas (state.contaminated).'
      });
    }
    add('initial-report', 'Initial transparency report to the UN Secretary-General', '7(1)', d.initialReport, plus('180 days'));
    add(
      'annual-report',
      'Next annual transparency report',
      '7(2)',
      d.nextAnnualReport,
      `Due 30 April each year for the preceding calendar year: this one covers ${d.nextAnnualReport.getUTCFullYear() - 1}. ${d.nextAnnualReport.getTime() === d.firstAnnualReport.getTime() ? 'It is the first annual report (the first 30 April after the initial report is due).' : `The first was due ${formatIsoDate(d.firstAnnualReport)}.`}`
    );
    if (retentionInAct) {
      add(
        'retention-report',
        'Next report on retained or transferred cluster munitions',
        '3(8)',
        d.nextRetentionReport,
        `Due 30 April for each year in which cluster munitions were retained, acquired or transferred under the Act's authorisations: this one covers ${d.nextRetentionReport.getUTCFullYear() - 1}.`
      );
    } else {
      skippedDeadlines.push({
        id: 'retention-report',
        title: 'Report on retained or transferred cluster munitions',
        article: '3(8)',
        reason: 'The draft allows no retention (no Art 3(6)–(7) authorisations), so no Art 3(8) report is due.'
      });
    }
  }

  // ------------------------------------------------------------ summary
  const count = <T extends string>(values: T[], keys: readonly T[]): Record<T, number> =>
    Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<T, number>;
  const itemCount = (s: DraftItemStatus) => checklist.filter((r) => r.status === s).length;
  return {
    $schema: GAP_REPORT_SCHEMA_ID,
    schemaVersion: GAP_REPORT_VERSION,
    kind: 'draft',
    buildId: record.buildId,
    title: record.bill.title,
    answers: answersPath,
    today: formatIsoDate(today),
    entryIntoForce: eif ? eifText! : null,
    authority,
    summary: {
      items: {
        inDraft: itemCount('in-draft'),
        existingLaw: itemCount('existing-law'),
        administrative: itemCount('administrative'),
        notApplicable: itemCount('not-applicable'),
        decidedAgainst: itemCount('decided-against'),
        open: itemCount('open')
      },
      convention: count(
        convention.map((c) => c.status),
        ['implemented', 'supported', 'existing-law', 'administrative', 'not-applicable', 'open', 'missing'] as const
      ),
      strength: count(
        strength.map((c) => c.rating),
        ['strong', 'partial', 'weak', 'absent', 'not-applicable'] as const
      ),
      openQuestions: openQuestions.length
    },
    openQuestions,
    checklist,
    convention,
    strength,
    deadlines,
    skippedDeadlines,
    deadlinesNote
  };
}

/** Expand `3(6)–(8)` to `3(6)`, `3(7)`, `3(8)`; other references stay as they are. */
function expandArticle(article: string): string[] {
  const m = /^(\d+)\((\d+)\)[–-]\((\d+)\)$/.exec(article);
  if (!m) return [article];
  const out: string[] = [];
  for (let i = Number(m[2]); i <= Number(m[3]); i++) out.push(`${m[1]}(${i})`);
  return out;
}

/** Whether a section tagged with `tag` implements obligation article `want` (one is a prefix of the other). */
export function articleMatches(want: string, tag: string): boolean {
  const t = tag.replace(/\s/g, '');
  return expandArticle(want).some((w) => w === t || w.startsWith(`${t}(`) || t.startsWith(`${w}(`));
}

interface ConventionContext {
  authority: string | null;
  authorityCite: string[];
  state: BuildRecord['state'];
}

/** Status, measures and what is missing for one obligation. */
function conventionRow(
  info: {id: string; article: string; title: string},
  rule: (typeof DRAFT_OBLIGATIONS)[string],
  items: readonly string[],
  sections: string[],
  primarySections: string[],
  rows: ReadonlyMap<string, DraftItemRow>,
  ctx: ConventionContext
): DraftObligationRow {
  const primary = rule.primary.map((id) => rows.get(id)).filter((r): r is DraftItemRow => r !== undefined);
  const measures: string[] = [];
  const missing: string[] = [];
  const notes: string[] = [];
  // Supporting items: what else the obligation relies on, and their gaps.
  for (const id of items) {
    if (rule.primary.includes(id)) continue;
    const r = rows.get(id);
    if (!r) continue;
    if (r.status === 'existing-law') measures.push(`existing law (${id}): ${r.detail}`);
    else if (r.status === 'administrative') measures.push(`administrative (${id}): ${r.detail}`);
    else if (r.status === 'open') missing.push(`${id} not answered`);
    else if (r.status === 'decided-against') missing.push(`no provision on ${id} (decided against: ${stripDot(r.detail)})`);
  }
  for (const r of primary) {
    if (r.status === 'existing-law') measures.push(`existing law (${r.id}): ${r.detail}`);
    if (r.status === 'administrative') measures.push(`administrative (${r.id}): ${r.detail}`);
  }

  let status: DraftObligationStatus;
  const statuses = new Set(primary.map((r) => r.status));
  const first = (s: DraftItemStatus) => primary.find((r) => r.status === s);
  if (primary.length === 0) {
    status = sections.length ? 'implemented' : 'missing';
  } else if (statuses.has('decided-against') && rule.duty !== 'permission' && info.id !== 'art-21-3-4') {
    status = 'missing';
    missing.unshift(`decided against ${first('decided-against')!.id}: ${stripDot(first('decided-against')!.detail)}`);
  } else if (statuses.has('open')) {
    status = 'open';
    missing.unshift(`${first('open')!.id} not answered`);
  } else if (statuses.has('not-applicable') && statuses.size === 1) {
    status = 'not-applicable';
    notes.push(first('not-applicable')!.detail);
  } else if (rule.duty === 'permission' && statuses.has('decided-against')) {
    status = 'not-applicable';
    notes.push(
      `No retention or transfer under Art 3(6)–(7) (decided against: ${first('decided-against')!.detail}), so no Art 3(8) report is due.`
    );
  } else if (info.id === 'art-21-3-4' && statuses.has('decided-against')) {
    status = 'implemented';
    notes.push(
      'No exception for operations with States not party: the general offences apply in full, so none of the Art 21(4) conduct is excused.'
    );
  } else if (statuses.has('in-draft')) {
    status = rule.duty === 'executive' ? 'supported' : 'implemented';
  } else if (primarySections.length > 0) {
    // Answered as existing law or administrative, but a printed section serves it all the same.
    status = rule.duty === 'executive' ? 'supported' : 'implemented';
    notes.push(
      `The checklist records ${primary.map((r) => `${r.id} as ${r.status}`).join(', ')}, but ${primarySections.join(', ')} also provides for it.`
    );
  } else if (statuses.has('existing-law')) {
    status = 'existing-law';
  } else {
    status = 'administrative';
  }

  if (status === 'supported') {
    const who = ctx.authority ? `the ${ctx.authority}` : 'the national authority';
    const where = ctx.authorityCite.length ? ` (${ctx.authorityCite.join(', ')})` : '';
    notes.unshift(
      `The Act names ${who}${where} and gives it the function and powers; the ${info.id.startsWith('art-7') ? 'report itself' : 'work itself'} is an executive act.`
    );
  }
  // A report whose subject does not arise is a nil return, not a gap.
  if (rule.duty === 'executive' && (rule.subject || rule.subjectState) && status !== 'missing' && status !== 'open') {
    const subjects = (rule.subject ?? []).map((id) => rows.get(id)).filter((r): r is DraftItemRow => r !== undefined);
    const itemsNil = subjects.length === 0 || subjects.every((r) => r.status === 'not-applicable');
    const stateNil = !rule.subjectState || ctx.state[rule.subjectState] === false;
    if (itemsNil && stateNil) {
      const why = [
        ...subjects.map((r) => r.detail),
        ...(rule.subjectState ? ['The State has no production facilities (state.producer is false).'] : [])
      ];
      notes.push(`Nothing to report but a nil return: ${why.join(' ')}`);
    }
  }
  if (status === 'implemented' && sections.length === 0 && primary.every((r) => r.status !== 'in-draft')) status = 'missing';

  let missingText = missing.join('; ');
  if (!missingText) {
    if (status === 'missing') missingText = 'No section of the draft implements it and no other measure is recorded.';
    else if (status === 'supported')
      missingText = `Executive action by ${ctx.authority ? `the ${ctx.authority}` : 'the national authority'}, not in the Act.`;
    else if (status === 'administrative') missingText = 'Not in law: met by an administrative measure only.';
    else if (status === 'existing-law') missingText = 'Not in the draft: relies on existing law.';
  }
  return {id: info.id, article: info.article, title: info.title, status, sections, measures, missing: missingText, note: notes.join(' ')};
}
