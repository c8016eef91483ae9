/**
 * The gap report for a draft the tool builds (issue 5 §1): checklist view
 * from the answers, Convention and strength views from the model's section
 * metadata (articles, components) as numbered in the final bill, deadlines
 * from the Convention's entry into force for the State.
 */
import type {Draft} from '../assemble/index.js';
import {COMPONENTS, OBLIGATIONS} from './catalogue.js';
import type {Rating, JointOperationsForm} from './types.js';
import {escapeMarkdown} from './render-md.js';

/** One checklist item's status in the draft. */
export interface DraftItemRow {
  id: string;
  title: string;
  status: 'in-draft' | 'existing-law' | 'administrative' | 'not-applicable' | 'decided-against' | 'open';
  /** Final citations (`s 9(2)`) for `in-draft`; the citation, agency or reason otherwise. */
  detail: string;
  sections: string[];
  /** Command that answers an open item. */
  command?: string;
}

/** A deadline computed from entry into force. */
export interface DraftDeadline {
  id: 'stockpile-destruction' | 'clearance' | 'initial-report' | 'annual-report';
  title: string;
  article: string;
  date: string;
  passed: boolean;
}

/** The gap report of a draft. */
export interface DraftGapReport {
  schemaVersion: 1;
  kind: 'draft';
  title: string;
  answers: string;
  summary: {inDraft: number; otherMeasures: number; notApplicable: number; decidedAgainst: number; open: number};
  checklist: DraftItemRow[];
  convention: Array<{id: string; article: string; title: string; status: 'implemented' | 'missing'; sections: string[]; missing: string}>;
  strength: Array<{id: string; title: string; rating: Rating; reason: string; precedent: string; sections: string[]; form?: JointOperationsForm}>;
  deadlines: DraftDeadline[];
  /** Why no deadlines were computed (no entry-into-force date answered). */
  deadlinesNote?: string;
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
function articleMatches(want: string, tag: string): boolean {
  const t = tag.replace(/\s/g, '');
  return expandArticle(want).some((w) => w === t || w.startsWith(`${t}(`) || t.startsWith(`${w}(`));
}

const cite = (citation: string): string => citation.replace(/^section /, 's ');

function addDays(date: Date, days: number): Date {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}
function addYears(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Build the gap report of a draft. `today` decides which deadlines have passed. */
export function draftGapReport(draft: Draft, options: {today: Date; answersPath: string}): DraftGapReport {
  const {manifest, resolution} = draft;
  const sections = manifest.sections;
  const sectionCite = (id: string, number: string): string => cite(manifest.citations[id] ?? `s ${number}`);
  const answerCommand = `ccm-draft wizard --answers ${options.answersPath}`;

  const checklist: DraftItemRow[] = [...resolution.items.values()].map((r) => {
    const base = {id: r.item.id, title: r.item.title};
    const answer = r.answer;
    switch (r.status) {
      case 'act': {
        const cited = sections.filter((s) => s.items.includes(r.item.id)).map((s) => sectionCite(s.id, s.number));
        return cited.length
          ? {...base, status: 'in-draft', detail: cited.join(', '), sections: cited}
          : {...base, status: 'open', detail: 'Chosen for the Act, but no section of the draft serves it.', sections: [], command: answerCommand};
      }
      case 'existing-law':
        return {...base, status: 'existing-law', detail: answer?.citation ?? '', sections: []};
      case 'administrative':
        return {...base, status: 'administrative', detail: answer?.agency ?? '', sections: []};
      case 'not-applicable':
        return {...base, status: 'not-applicable', detail: answer?.reason || r.item.prunedReason || 'The state profile rules it out.', sections: []};
      case 'decided-against':
        return {...base, status: 'decided-against', detail: answer?.reason ?? '', sections: []};
      default:
        return {...base, status: 'open', detail: 'Not answered yet.', sections: [], command: answerCommand};
    }
  });

  const convention = OBLIGATIONS.map((o) => {
    const cited = sections.filter((s) => s.articles.some((a) => articleMatches(o.article, a))).map((s) => sectionCite(s.id, s.number));
    return {
      id: o.id,
      article: o.article,
      title: o.title,
      status: cited.length ? ('implemented' as const) : ('missing' as const),
      sections: cited,
      missing: cited.length ? '' : o.usuallyAdministrative ? 'No section of the draft; usually met by administrative measures (see the checklist view).' : 'No section of the draft implements it.'
    };
  });

  const value = (name: string): unknown => resolution.values.get(name)?.value;
  const strength = COMPONENTS.map((c) => {
    const cited = sections.filter((s) => s.components.includes(c.id)).map((s) => sectionCite(s.id, s.number));
    let rating: Rating = cited.length ? 'strong' : 'absent';
    // An absent component says what the checklist decided about it, so nothing reads as silently missing.
    const decided = [...resolution.items.values()].find((r) => r.item.components.includes(c.id));
    const row = decided ? checklist.find((r) => r.id === decided.item.id) : undefined;
    let reason = cited.length
      ? `Model sections for ${c.title.toLowerCase()} are in the draft.`
      : row && row.status !== 'in-draft'
        ? `Not in the draft: ${STATUS_LABEL[row.status].replace(/\*/g, '').toLowerCase()}${row.detail ? ` (${row.detail})` : ''}.`
        : 'No section of the draft provides it.';
    let form: JointOperationsForm | undefined;
    if (c.id === 'investment' && cited.length && value('investment.scope') === 'public-money') {
      rating = 'partial';
      reason = 'Investment ban covers public money only.';
    }
    if (c.id === 'joint_operations') {
      const f = value('joint_operations.form');
      form = cited.length ? (f === 'interoperability' ? 'interoperability' : 'express-request') : 'none';
      if (form === 'interoperability') {
        rating = 'partial';
        reason = 'Interoperability defence with the Article 21(4) limits (weaker than an express-request offence).';
      } else if (form === 'express-request') reason = 'Offence of expressly requesting use where the choice of munitions is in national control.';
    }
    return {id: c.id, title: c.title, rating, reason, precedent: c.precedent, sections: cited, ...(form ? {form} : {})};
  });

  const deadlines: DraftDeadline[] = [];
  let deadlinesNote: string | undefined;
  const eif = resolution.state.entry_into_force;
  const start = eif ? new Date(`${eif}T00:00:00Z`) : undefined;
  if (start && !Number.isNaN(start.getTime())) {
    const today = new Date(Date.UTC(options.today.getUTCFullYear(), options.today.getUTCMonth(), options.today.getUTCDate()));
    const add = (id: DraftDeadline['id'], title: string, article: string, date: Date): void => {
      deadlines.push({id, title, article, date: iso(date), passed: date.getTime() < today.getTime()});
    };
    add('stockpile-destruction', 'Destroy stockpiles (8 years)', '3(2)', addYears(start, 8));
    add('clearance', 'Clear contaminated areas (10 years)', '4(1)(a)', addYears(start, 10));
    add('initial-report', 'Initial transparency report (180 days)', '7(1)', addDays(start, 180));
    // The next 30 April on or after today (and after the initial report is due).
    const firstYear = Math.max(today.getUTCFullYear(), start.getUTCFullYear() + 1);
    let annual = new Date(Date.UTC(firstYear, 3, 30));
    if (annual.getTime() < today.getTime()) annual = new Date(Date.UTC(firstYear + 1, 3, 30));
    add('annual-report', 'Next annual report update (30 April)', '7(2)', annual);
  } else {
    deadlinesNote = `No date of entry into force answered (state.entry_into_force); answer it with \`${answerCommand}\`.`;
  }

  const count = (status: DraftItemRow['status']): number => checklist.filter((r) => r.status === status).length;
  return {
    schemaVersion: 1,
    kind: 'draft',
    title: draft.markdown.match(/^# (.+)$/m)?.[1] ?? '',
    answers: options.answersPath,
    summary: {
      inDraft: count('in-draft'),
      otherMeasures: count('existing-law') + count('administrative'),
      notApplicable: count('not-applicable'),
      decidedAgainst: count('decided-against'),
      open: count('open')
    },
    checklist,
    convention,
    strength,
    deadlines,
    ...(deadlinesNote ? {deadlinesNote} : {})
  };
}

const STATUS_LABEL: Record<DraftItemRow['status'], string> = {
  'in-draft': 'in the draft',
  'existing-law': 'existing law',
  administrative: 'administrative measure',
  'not-applicable': 'not applicable',
  'decided-against': 'decided against',
  open: '**OPEN**'
};

/** Render a draft's gap report as Markdown. */
export function renderDraftGapMarkdown(report: DraftGapReport): string {
  const s = report.summary;
  const out: string[] = [`# Gap report: ${escapeMarkdown(report.title)}`, ''];
  out.push(`${s.inDraft} items in the draft, ${s.otherMeasures} met by other measures, ${s.notApplicable} not applicable, ${s.decidedAgainst} decided against, ${s.open} open.`, '');
  const open = report.checklist.filter((r) => r.status === 'open');
  if (open.length) {
    out.push('Open questions:', '');
    for (const r of open) out.push(`- ${escapeMarkdown(r.title)} (\`${r.id}\`): answer with \`${r.command ?? ''}\``);
    out.push('');
  }
  out.push('## Checklist view', '', '| Item | Status | Where / why |', '|---|---|---|');
  for (const r of report.checklist) out.push(`| ${escapeMarkdown(r.title)} (\`${r.id}\`) | ${STATUS_LABEL[r.status]} | ${escapeMarkdown(r.detail) || '–'} |`);
  out.push('', '## Convention view', '', '| Art | Obligation | Status | Sections | Missing |', '|---|---|---|---|---|');
  for (const o of report.convention) {
    out.push(`| ${escapeMarkdown(o.article)} | ${escapeMarkdown(o.title)} | ${o.status === 'missing' ? '**missing**' : o.status} | ${o.sections.map(escapeMarkdown).join(', ') || '–'} | ${escapeMarkdown(o.missing) || '–'} |`);
  }
  out.push('', '## Strength view', '', '| Component | Rating | Why | Where | Precedent |', '|---|---|---|---|---|');
  for (const c of report.strength) {
    out.push(`| ${escapeMarkdown(c.title)} (\`${c.id}\`) | ${c.rating === 'absent' ? '**absent**' : c.rating} | ${escapeMarkdown(c.reason)}${c.form ? ` Form: ${c.form}.` : ''} | ${c.sections.map(escapeMarkdown).join(', ') || '–'} | ${escapeMarkdown(c.precedent)} |`);
  }
  out.push('', '## Deadlines', '');
  if (report.deadlinesNote) out.push(escapeMarkdown(report.deadlinesNote));
  else {
    out.push('| Deadline | Art | Date | Status |', '|---|---|---|---|');
    for (const d of report.deadlines) out.push(`| ${escapeMarkdown(d.title)} | ${escapeMarkdown(d.article)} | ${d.date} | ${d.passed ? '**passed**' : 'upcoming'} |`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
