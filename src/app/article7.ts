/**
 * Article 7 transparency report, Form A (national implementation measures,
 * Article 7(1)(a)), prefilled from the answers file and the draft it builds:
 * the bill and its status, existing laws relied on, administrative measures
 * and their agencies, and what was found not to be needed, each as a
 * definitive statement. Where the answers say whether the State holds
 * stocks, retains munitions, has contaminated areas, victims or a munitions
 * industry, draft statements for the matching Article 7(1) paragraphs follow,
 * each marked for the government to confirm. Other forms are not named by
 * letter: only Form A's subject is certain from the sources the project has.
 */
import {isoPlusDays, isoPlusYears} from '../util/dates.js';
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {buildFromAnswers} from './build.js';
import {formatDate, formatMoney, joinList, type Money} from '../model/params.js';
import type {OutputFile as ExportFile} from '../util/files.js';
import type {Block, Inline} from '../report/document.js';
import {toDocx, toMarkdown} from '../report/document.js';

/** Where the bill stands. */
export const billStatuses = ['drafted', 'introduced', 'enacted'] as const;
/** One of {@link billStatuses}. */
export type BillStatus = (typeof billStatuses)[number];

/** Options for {@link article7Report}. */
export interface Article7Options {
  answers: string;
  cwd: string;
  jurisdiction?: string | undefined;
  /** Output folder (default `out`). */
  out?: string | undefined;
  status?: BillStatus | undefined;
  /** Date of the report (`YYYY-MM-DD`), injected. */
  date: string;
}

/** What the report command writes. */
export interface Article7Result {
  files: ExportFile[];
  blocks: Block[];
  notes: VFileMessage[];
}

/** Build the Form A blocks (no I/O). */
export async function article7Report(options: Article7Options): Promise<Article7Result> {
  const build = await buildFromAnswers({
    answers: options.answers,
    cwd: options.cwd,
    jurisdiction: options.jurisdiction,
    out: options.out,
    today: new Date(`${options.date}T00:00:00Z`)
  });
  const {draft, answers} = build;
  const {resolution, manifest} = draft;
  const value = (name: string) => resolution.values.get(name)?.value;
  const text = (name: string, fallback: string) => {
    const v = value(name);
    return typeof v === 'string' && v !== '' ? v : fallback;
  };
  const date = (iso: string) => formatDate(iso, resolution.locale.dateFormat);
  const money = (name: string) => {
    const v = value(name) as Money | undefined;
    return v && typeof v === 'object' && 'amount' in v ? formatMoney(v, resolution.locale) : undefined;
  };
  const country = text('country.name', 'the State');
  const Country = `${country[0]!.toUpperCase()}${country.slice(1)}`;
  const legislature = text('legislature.name', 'Parliament');
  const year = String(value('act.year') ?? '');
  const actTitle = `${text('act.title', 'Cluster Munitions Act')} ${year}`.trim();
  const billTitle = `${text('act.title', 'Cluster Munitions Act').replace(/\bAct$/, 'Bill')} ${year}`.trim();
  const status = options.status ?? 'drafted';
  const name = status === 'enacted' ? actTitle : billTitle;
  const authority = text('authority.name', 'the national authority');
  const printed = new Map(manifest.sections.map((s) => [s.id, s]));
  const articles = (list: readonly string[]) =>
    list.length ? ` (Convention Article${list.length > 1 ? 's' : ''} ${joinList([...list])})` : '';

  const blocks: Block[] = [];
  const h = (kind: 'title' | 'heading' | 'subheading', t: string) => blocks.push({kind, text: t});
  const para = (...content: Inline[]) => blocks.push({kind: 'paragraph', content});
  const item = (...content: Inline[]) => blocks.push({kind: 'item', content});
  const drafted = (...content: Inline[]) => blocks.push({kind: 'draft', content});

  h('title', 'Convention on Cluster Munitions: Article 7 report');
  para(
    {text: 'Form A: National implementation measures', bold: true},
    ' (Article 7(1)(a): the national implementation measures referred to in Article 9)'
  );
  para({text: 'State Party: ', bold: true}, Country);
  para({text: 'Date: ', bold: true}, date(options.date));
  const eif = answers.state.entry_into_force;
  if (eif)
    para(
      {text: 'Entry into force for the State Party: ', bold: true},
      `${date(eif)} (initial report due by ${date(isoPlusDays(eif, 180))}, Article 7(1))`
    );
  para(
    {text: 'Prepared by ccm-drafter from the implementation answers and the draft legislation.', italic: true},
    ' The statements under "Other Article 7(1) information" are drafts for the government to confirm before submission.'
  );

  // 1. Legislative measures.
  h('heading', '1. Legislative measures');
  const statusLine: Record<BillStatus, string> = {
    drafted: `${Country} has prepared the ${name} to implement the Convention in national law, including the penal sanctions required by Article 9. The Bill has not yet been introduced in ${legislature}.`,
    introduced: `The ${name}, which implements the Convention in national law, including the penal sanctions required by Article 9, has been introduced in ${legislature} and is before it.`,
    enacted: `${Country} has enacted the ${name}, which implements the Convention in national law, including the penal sanctions required by Article 9.`
  };
  para(statusLine[status]);
  para(`The ${status === 'enacted' ? 'Act' : 'Bill'} provides as follows:`);
  const sections = manifest.sections.filter((s) => s.kind === 'section');
  for (const part of [...new Set(sections.map((s) => s.part))]) {
    const inPart = sections.filter((s) => s.part === part);
    const arts = [...new Set(inPart.flatMap((s) => s.articles))].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
    const range = inPart.length === 1 ? `section ${inPart[0]!.number}` : `sections ${inPart[0]!.number} to ${inPart.at(-1)!.number}`;
    item({text: `${part || 'Sections'} (${range})`, bold: true}, `: ${joinList(inPart.map((s) => s.heading))}${articles(arts)}.`);
  }
  const prison = value('penalty.individual.prison_years');
  const fine = money('penalty.individual.fine');
  const corporate = money('penalty.body_corporate.fine');
  if (typeof prison === 'number') {
    para(
      `Penal sanctions: an individual who commits an offence faces up to ${prison} years' imprisonment${fine ? `, a fine of up to ${fine}, or both` : ''}${corporate ? `; a body corporate faces a fine of up to ${corporate}` : ''}.`
    );
  }

  const items = [...resolution.items.values()];
  const existing = items.filter((r) => r.status === 'existing-law');
  if (existing.length > 0) {
    h('subheading', 'Existing legislation relied on');
    for (const r of existing) item({text: r.item.title, bold: true}, `: ${r.answer?.citation ?? ''}${articles(r.item.articles)}.`);
  }

  // 2. Administrative measures.
  const administrative = items.filter((r) => r.status === 'administrative');
  const authoritySection = printed.get('s-national-authority');
  if (administrative.length > 0 || authoritySection) {
    h('heading', '2. Administrative and other measures');
    if (authoritySection) {
      item(
        {text: 'National authority', bold: true},
        `: the ${authority} is the national authority under section ${authoritySection.number} of the ${status === 'enacted' ? 'Act' : 'Bill'}, responsible for the reports under Article 7 and for requests for clarification under Article 8.`
      );
    }
    for (const r of administrative)
      item(
        {text: r.item.title, bold: true},
        `: carried out by the ${r.answer?.agency ?? authority} as an administrative measure${articles(r.item.articles)}.`
      );
  }

  // 3. Matters that need no measure, and those still open: definitive statements, not "N/A".
  const notNeeded = items.filter((r) => r.status === 'not-applicable' || r.status === 'decided-against');
  const open = items.filter((r) => r.status === 'unknown');
  if (notNeeded.length > 0 || open.length > 0) {
    h('heading', '3. Matters that require no further measure');
    for (const r of notNeeded) {
      const reason = r.answer?.reason ?? r.item.prunedReason;
      item(
        {text: r.item.title, bold: true},
        `: ${r.status === 'not-applicable' ? 'no measure is required' : `${Country} has decided that no specific measure is needed`}${reason ? `. ${reason}` : '.'}`
      );
    }
    for (const r of open) item({text: r.item.title, bold: true}, `: measures are under consideration${articles(r.item.articles)}.`);
  }

  // Other Article 7(1) information the answers support, each a draft.
  const state = answers.state;
  const other: Array<() => void> = [];
  if (typeof state.holds_stocks === 'boolean') {
    other.push(() => {
      h('subheading', 'Stockpiles (Article 7(1)(b))');
      if (!state.holds_stocks)
        drafted(
          `${Country} does not own or possess cluster munitions, including explosive submunitions, and has none under its jurisdiction or control.`
        );
      else {
        const deadline =
          typeof value('stockpile.deadline') === 'string' && value('stockpile.deadline') !== ''
            ? (value('stockpile.deadline') as string)
            : eif
              ? isoPlusYears(eif, 8)
              : undefined;
        drafted(
          `${Country} holds cluster munitions covered by Article 3(1). Their types and quantities, and where possible lot numbers, are to be entered from the national inventory.${deadline ? ` Under Article 3(2) they are to be destroyed no later than ${date(deadline)}.` : ''}`
        );
      }
    });
  }
  if (typeof state.producer === 'boolean') {
    other.push(() => {
      h('subheading', 'Production facilities (Article 7(1)(d))');
      drafted(
        state.producer
          ? `The status and progress of programmes to convert or decommission facilities that produced cluster munitions are to be entered.`
          : `${Country} has no facilities for the production of cluster munitions; no conversion or decommissioning programme is required.`
      );
    });
  }
  const retention = resolution.items.get('retention');
  if (retention && retention.status !== 'unknown') {
    other.push(() => {
      h('subheading', 'Retention and transfer (Article 3(6) to 3(8))');
      if (retention.status === 'act')
        drafted(
          `${Country} may retain or acquire a limited number of cluster munitions and explosive submunitions for the purposes permitted by Article 3(6). The type, quantity and lot numbers retained, and their planned and actual use, are to be reported under Article 3(8) by 30 April each year.`
        );
      else drafted(`${Country} does not retain or acquire cluster munitions or explosive submunitions under Article 3(6).`);
    });
  }
  if (typeof state.contaminated === 'boolean') {
    other.push(() => {
      h('subheading', 'Contaminated areas (Article 7(1)(h))');
      drafted(
        state.contaminated
          ? `There are areas under the jurisdiction or control of ${country} that contain or are suspected to contain cluster munition remnants. Their size and location, and the types and quantities of remnants, are to be entered.${eif ? ` Under Article 4(1)(a) clearance is due no later than ${date(isoPlusYears(eif, 10))}.` : ''}`
          : `To the best of its knowledge, ${country} has no areas under its jurisdiction or control that contain, or are suspected to contain, cluster munition remnants.`
      );
    });
  }
  if (typeof state.victims === 'boolean') {
    other.push(() => {
      h('subheading', 'Victim assistance (Article 7(1)(k))');
      drafted(
        state.victims
          ? `The status and progress of implementation of Article 5, including the collection of data on victims, are to be entered.`
          : `${Country} has no known cluster munition victims in areas under its jurisdiction or control.`
      );
    });
  }
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
      'The answers given also support the following statements. They are not part of Form A and must be checked against national records before the report is submitted.'
    );
    for (const add of other) add();
  }

  const out = path.resolve(options.cwd, options.out ?? 'out');
  const title = `Article 7 report, Form A: ${Country}`;
  const files: ExportFile[] = [
    {path: path.join(out, 'article7-form-a.md'), contents: toMarkdown(blocks)},
    {path: path.join(out, 'article7-form-a.docx'), contents: await toDocx(blocks, {title, date: options.date})}
  ];
  return {files, blocks, notes: build.notes};
}
