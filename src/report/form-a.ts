/**
 * Article 7 transparency report, Form A (national implementation measures,
 * Article 7(1)(a)), from a built bill and its build record: the bill and its
 * status, what it provides section by section, its penalties as printed,
 * existing laws relied on, administrative measures and their agencies, and
 * what needs no measure, each as a definitive statement that the bill and
 * the answers support; items still open are listed apart. Draft statements
 * for the matching Article 7(1) paragraphs follow, each marked for the
 * government to confirm; where the answers leave a state fact (stocks,
 * contamination, victims, production facilities) unanswered, its draft says
 * the fact is to be confirmed rather than asserting it. Other forms are not named by letter: only
 * Form A's subject is certain from the sources the project has.
 */
import {isoPlusDays, isoPlusYears} from '../util/dates.js';
import {joinList} from '../model/params.js';
import type {Block, Inline} from './document.js';
import {BillFacts, type BuiltBill, capitalise, type ItemFacts} from './facts.js';

/** Where the bill stands. */
export const billStatuses = ['drafted', 'introduced', 'enacted'] as const;
/** One of {@link billStatuses}. */
export type BillStatus = (typeof billStatuses)[number];

/** Options for {@link formABlocks}. */
export interface FormAOptions {
  /** Where the bill stands (default: `enacted` for a text printed as an Act, else `drafted`). */
  status?: BillStatus | undefined;
  /** Date of the report (`YYYY-MM-DD`). */
  date: string;
}

/** The status a report takes when none is given: what the text's own stage says. */
export function defaultStatus(built: BuiltBill): BillStatus {
  return built.record.bill.stage === 'act' ? 'enacted' : 'drafted';
}

const articles = (list: readonly string[]) =>
  list.length ? ` (Convention Article${list.length > 1 ? 's' : ''} ${joinList([...list])})` : '';

/** Form A as report blocks (rendered to Markdown and Word by the report document model). */
export function formABlocks(built: BuiltBill, options: FormAOptions): Block[] {
  const facts = new BillFacts(built);
  const {record} = built;
  const status = options.status ?? defaultStatus(built);
  const country = facts.country;
  const Country = capitalise(country);
  const legislature = facts.text('legislature.name', 'Parliament');
  // An enacted text is named by the short title it enacts; otherwise by its own title, as printed.
  const noun = status === 'enacted' ? 'Act' : facts.noun;
  const name = status === 'enacted' ? facts.shortTitle : facts.title;
  const authority = facts.text('authority.name', 'the national authority');
  const authoritySection = facts.clause('s-national-authority');
  const eif = record.state.entry_into_force;

  const blocks: Block[] = [];
  const h = (kind: 'title' | 'heading' | 'subheading', t: string) => blocks.push({kind, text: t});
  const para = (...content: Inline[]) => blocks.push({kind: 'paragraph', content});
  const item = (...content: Inline[]) => blocks.push({kind: 'item', content});
  const drafted = (...content: Inline[]) => blocks.push({kind: 'draft', content});
  const inBill = (r: ItemFacts) => (r.sections.length ? `; the ${noun} provides for it in ${facts.refs(r.sections)}` : '');

  h('title', 'Convention on Cluster Munitions: Article 7 report');
  para(
    {text: 'Form A: National implementation measures', bold: true},
    ' (Article 7(1)(a): the national implementation measures referred to in Article 9)'
  );
  para({text: 'State Party: ', bold: true}, Country);
  para({text: 'Date: ', bold: true}, facts.date(options.date));
  if (eif)
    para(
      {text: 'Entry into force for the State Party: ', bold: true},
      `${facts.date(eif)} (initial report due by ${facts.date(isoPlusDays(eif, 180))}, Article 7(1))`
    );
  para(
    {text: 'Prepared by ccm-drafter from the implementation answers and the draft legislation.', italic: true},
    ' The statements under "Other Article 7(1) information" are drafts for the government to confirm before submission.'
  );

  // 1. Legislative measures.
  h('heading', '1. Legislative measures');
  const statusLine: Record<BillStatus, string> = {
    drafted: `${Country} has prepared the ${name} to implement the Convention in national law, including the penal sanctions required by Article 9. The ${noun} has not yet been introduced in ${legislature}.`,
    introduced: `The ${name}, which implements the Convention in national law, including the penal sanctions required by Article 9, has been introduced in ${legislature} and is before it.`,
    enacted: `${Country} has enacted the ${name}, which implements the Convention in national law, including the penal sanctions required by Article 9.`
  };
  para(statusLine[status]);
  para(`The ${noun} provides as follows:`);
  for (const part of built.bill.body) {
    const sections = part.kind === 'part' ? part.sections : [part];
    if (sections.length === 0) continue;
    const arts = [...new Set(sections.flatMap((s) => s.origin?.articles ?? []))].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
    const label = part.kind === 'part' ? `Part ${part.number} ${part.heading} (${facts.range(sections)})` : facts.range(sections);
    item({text: label, bold: true}, `: ${joinList(sections.map((s) => s.heading))}${articles(arts)}.`);
  }
  const main = facts.mainPenalties();
  if (main) para(`Penal sanctions, ${facts.refs(main.sections)}: ${main.text}.`);
  for (const l of facts.lesserPenalties().filter((x) => x.text))
    para(`Lesser offences, ${l.citation}${l.section ? ` (${l.section.heading})` : ''}: ${l.text}.`);

  const decisions = facts.items();
  const existing = decisions.filter((r) => r.status === 'existing-law');
  if (existing.length > 0) {
    h('subheading', 'Existing legislation relied on');
    for (const r of existing) item({text: r.item.title, bold: true}, `: ${r.citation ?? ''}${inBill(r)}${articles(r.item.articles)}.`);
  }

  // 2. Administrative measures.
  const administrative = decisions.filter((r) => r.status === 'administrative');
  if (administrative.length > 0 || authoritySection) {
    h('heading', '2. Administrative and other measures');
    if (authoritySection) {
      item(
        {text: 'National authority', bold: true},
        `: the ${authority} is the national authority under ${facts.ref(authoritySection)} of the ${noun}, responsible for the reports under Article 7 and for requests for clarification under Article 8.`
      );
    }
    for (const r of administrative)
      item(
        {text: r.item.title, bold: true},
        r.sections.length
          ? `: carried out by the ${r.agency ?? authority}; the ${noun} provides for it in ${facts.refs(r.sections)}${articles(r.item.articles)}.`
          : `: carried out by the ${r.agency ?? authority} as an administrative measure${articles(r.item.articles)}.`
      );
  }

  // 3. Matters that need no measure, and those still open: definitive statements, not "N/A".
  // An item the bill provides for is a legislative measure, listed above: it is never also "under consideration".
  const notNeeded = decisions.filter((r) => r.status === 'not-applicable' || r.status === 'decided-against');
  const open = decisions.filter((r) => r.status === 'unknown' && r.sections.length === 0);
  if (notNeeded.length > 0) {
    h('heading', '3. Matters that require no further measure');
    for (const r of notNeeded) {
      const reason = r.reason?.trim();
      item(
        {text: r.item.title, bold: true},
        `: ${r.status === 'not-applicable' ? 'no measure is required' : `${country} has decided that no specific measure is needed`}.${reason ? ` ${capitalise(reason)}${/[.!?]$/.test(reason) ? '' : '.'}` : ''}${r.sections.length ? ` The ${noun} nevertheless provides for it in ${facts.refs(r.sections)}.` : ''}`
      );
    }
  }
  // Open items are not matters that need no measure: a heading apart, so no reader takes one for a decision.
  if (open.length > 0) {
    h('heading', `${notNeeded.length > 0 ? '4' : '3'}. Matters still under consideration`);
    for (const r of open) item({text: r.item.title, bold: true}, `: measures are under consideration${articles(r.item.articles)}.`);
  }

  // Other Article 7(1) information the record supports, each a draft.
  const state = record.state;
  const withComponent = (id: string) => facts.sections.filter((s) => s.origin?.components.includes(id));
  const other: Array<() => void> = [];
  if (state.holds_stocks === undefined)
    other.push(() => {
      h('subheading', 'Stockpiles (Article 7(1)(b))');
      drafted(
        `Whether ${country} owns or possesses cluster munitions, or has any under its jurisdiction or control, is to be confirmed (the answers do not say). If it has, their types and quantities, and where possible lot numbers, are to be entered.`
      );
    });
  if (typeof state.holds_stocks === 'boolean') {
    other.push(() => {
      h('subheading', 'Stockpiles (Article 7(1)(b))');
      if (!state.holds_stocks)
        drafted(
          state.contaminated
            ? `${Country} does not own or possess stockpiles of cluster munitions, including explosive submunitions. Cluster munition remnants in contaminated areas under its jurisdiction or control are reported under Article 7(1)(h) below.`
            : `${Country} does not own or possess cluster munitions, including explosive submunitions, and has none under its jurisdiction or control.`
        );
      else {
        const printedDeadline = record.values['stockpile.deadline']?.printed;
        const destruction = withComponent('stockpile_destruction');
        const deadline = printedDeadline
          ? ` ${destruction.length ? `Under ${facts.ref(destruction[0]!)}, the ${noun}` : `The ${noun}`} requires their destruction no later than ${printedDeadline}.`
          : eif
            ? ` Under Article 3(2) they are to be destroyed no later than ${facts.date(isoPlusYears(eif, 8))}.`
            : '';
        drafted(
          `${Country} holds cluster munitions covered by Article 3(1). Their types and quantities, and where possible lot numbers, are to be entered from the national inventory.${deadline}`
        );
      }
    });
  }
  other.push(() => {
    h('subheading', 'Production facilities (Article 7(1)(d))');
    drafted(
      state.producer === true
        ? 'The status and progress of programmes to convert or decommission facilities that produced cluster munitions are to be entered.'
        : state.producer === false
          ? `${Country} has no facilities for the production of cluster munitions; no conversion or decommissioning programme is required.`
          : `Whether ${country} has facilities that produced cluster munitions or their components is to be confirmed (the answers do not say). If it has, the status and progress of programmes to convert or decommission them are to be entered.`
    );
  });
  const retention = decisions.find((r) => r.item.id === 'retention');
  const retained = withComponent('retention_authorised');
  if (retained.length > 0 || (retention && retention.status !== 'unknown')) {
    other.push(() => {
      h('subheading', 'Retention and transfer (Article 3(6) to 3(8))');
      if (retained.length > 0)
        drafted(
          `${Country} may retain or acquire a limited number of cluster munitions and explosive submunitions for the purposes permitted by Article 3(6), under ${facts.refs(retained)} of the ${noun}. The type, quantity and lot numbers retained, and their planned and actual use, are to be reported under Article 3(8) by 30 April each year.`
        );
      else drafted(`${Country} does not retain or acquire cluster munitions or explosive submunitions under Article 3(6).`);
    });
  }
  if (state.contaminated === undefined)
    other.push(() => {
      h('subheading', 'Contaminated areas (Article 7(1)(h))');
      drafted(
        `Whether there are areas under the jurisdiction or control of ${country} that contain, or are suspected to contain, cluster munition remnants is to be confirmed (the answers do not say). If there are, their size and location, and the types and quantities of remnants, are to be entered.`
      );
    });
  if (typeof state.contaminated === 'boolean') {
    other.push(() => {
      h('subheading', 'Contaminated areas (Article 7(1)(h))');
      const clearance = withComponent('clearance');
      drafted(
        state.contaminated
          ? `There are areas under the jurisdiction or control of ${country} that contain or are suspected to contain cluster munition remnants. Their size and location, and the types and quantities of remnants, are to be entered.${eif ? ` Under Article 4(1)(a) clearance is due no later than ${facts.date(isoPlusYears(eif, 10))}.` : ''}${clearance.length ? ` The ${noun} provides for clearance in ${facts.refs(clearance)}.` : ''}`
          : `To the best of its knowledge, ${country} has no areas under its jurisdiction or control that contain, or are suspected to contain, cluster munition remnants.`
      );
    });
  }
  other.push(() => {
    h('subheading', 'Victim assistance (Article 7(1)(k))');
    const assistance = withComponent('victim_assistance');
    const provided = assistance.length ? ` The ${noun} provides for victim assistance in ${facts.refs(assistance)}.` : '';
    drafted(
      state.victims === true
        ? `The status and progress of implementation of Article 5, including the collection of data on victims, are to be entered.${provided}`
        : state.victims === false
          ? `${Country} has no known cluster munition victims in areas under its jurisdiction or control.`
          : `Whether there are cluster munition victims in areas under the jurisdiction or control of ${country} is to be confirmed (the answers do not say). If there are, the status and progress of implementation of Article 5, including the collection of data on victims, are to be entered.${provided}`
    );
  });
  if (authoritySection) {
    other.push(() => {
      h('subheading', 'Bodies mandated to provide information (Article 7(1)(l))');
      drafted(
        `The ${authority} is mandated to provide information and to carry out the measures under Article 7(1). Contact details are to be entered.`
      );
    });
  }
  if (other.length > 0) {
    h('heading', 'Other Article 7(1) information (drafts for the government to confirm)');
    para(
      'The following statements are drafted from the answers given; where the answers leave a fact open, the draft says it is to be confirmed. They are not part of Form A and must be checked against national records before the report is submitted.'
    );
    for (const add of other) add();
  }
  return blocks;
}
