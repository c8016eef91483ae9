/**
 * The explanatory note `build` writes beside the bill (`explanatory-note.md`):
 * a general policy statement (the Convention, the State's ratification, what
 * the bill does, the main choices) and a clause-by-clause analysis drawn from
 * the model's drafting notes and the drafter's answers. Everything comes
 * from the draft and the answers, so the note changes when they change and
 * is the same text for the same inputs.
 */
import {isoPlusDays} from '../util/dates.js';
import type {AnswersFile} from '../answers/file.js';
import type {ResolvedItem} from '../answers/resolve.js';
import type {Draft} from '../assemble/index.js';
import type {ProvenanceSection} from '../assemble/provenance.js';
import {formatDate, formatMoney, joinList, type Money} from '../model/params.js';

/** Words that belong to the tool's own vocabulary, not to a note for Parliament. */
const toolWords = /\b(parameters?|checklist|switch|strength component|the model|this model|drafters?|the project)\b/i;

/** The "Why:" part of a section's drafting note, as sentences fit for readers outside the drafting office. */
export function purposeOf(note: string | undefined): string {
  if (!note) return '';
  const why = /^Why:\s*([\s\S]*?)(?:\s+Convention:|\s+Checklist:|\n\n|$)/.exec(note.trim());
  if (!why) return '';
  const sentences = why[1]!
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;])\s+(?=[A-Z])/)
    .filter((s) => !toolWords.test(s));
  const text = sentences.join(' ').trim();
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}` : '';
}

/** Lower-case a heading's first word for use mid-sentence, unless it is a word the bill capitalises. */
function lowerFirst(heading: string): string {
  return /^(Act|Court|Crown|State|Convention|Minister|Government|Part|Schedule)\b/.test(heading)
    ? heading
    : heading.charAt(0).toLowerCase() + heading.slice(1);
}

const articleList = (articles: readonly string[]) =>
  articles.length === 0 ? '' : `Article${articles.length > 1 ? 's' : ''} ${joinList(articles.map((a) => a))}`;

/** The option the answers chose for an item, as "label" (from the item's options and its parameters' values). */
function chosenOption(resolved: ResolvedItem, value: (name: string) => unknown): string | undefined {
  for (const param of resolved.item.params) {
    const option = resolved.item.options.find((o) => o.id === value(param));
    if (option) return option.label;
  }
  return undefined;
}

/** Why an optional provision was left out, in the words of the answers rather than the tool's. */
function omissionReason(
  answers: ReadonlyArray<{item?: string | undefined}> | undefined,
  items: ReadonlyMap<string, ResolvedItem>
): string | undefined {
  const r = answers?.map((a) => (a.item ? items.get(a.item) : undefined)).find(Boolean);
  if (!r) return undefined;
  const why = r.answer?.reason ?? r.item.prunedReason;
  switch (r.status) {
    case 'existing-law':
      return `covered by existing law (${r.answer?.citation ?? 'citation to be added'}).`;
    case 'administrative':
      return `handled by administrative measures of the ${r.answer?.agency ?? 'responsible agency'}.`;
    case 'not-applicable':
      return `not needed${why ? `: ${why}` : '.'}`;
    case 'decided-against':
      return `not included by decision${why ? `: ${why}` : '.'}`;
    default:
      return undefined;
  }
}

function sectionRange(sections: readonly ProvenanceSection[]): string {
  const numbers = sections.map((s) => s.number);
  if (numbers.length === 0) return '';
  if (numbers.length === 1) return `section ${numbers[0]}`;
  return numbers.length === 2 ? `sections ${numbers[0]} and ${numbers[1]}` : `sections ${numbers[0]} to ${numbers.at(-1)}`;
}

/** Write the explanatory note for a draft. */
export function explanatoryNote(draft: Draft, answers: AnswersFile): string {
  const {manifest, resolution, structure} = draft;
  const value = (name: string) => resolution.values.get(name)?.value;
  const text = (name: string, fallback: string) => {
    const v = value(name);
    return typeof v === 'string' && v !== '' ? v : fallback;
  };
  const country = text('country.name', 'the State');
  const Country = `${country[0]!.toUpperCase()}${country.slice(1)}`;
  const title = `${text('act.title', 'Cluster Munitions Act')} ${String(value('act.year') ?? '')}`.trim();
  const kind = value('act.kind') === 'act' ? 'Act' : 'Bill';
  const date = (iso: string) => formatDate(iso, resolution.locale.dateFormat);
  const money = (name: string) => {
    const v = value(name) as Money | undefined;
    return v && typeof v === 'object' && 'amount' in v ? formatMoney(v, resolution.locale) : undefined;
  };
  const out: string[] = [];
  const p = (line = '') => out.push(line);

  p(`# Explanatory note: ${title}`);
  p();
  p(
    `This note accompanies the draft ${title} (${kind === 'Bill' ? 'the Bill' : 'the Act'}). It is not part of the ${kind} and does not describe every provision; it explains the policy and what each section does.`
  );
  p();
  p('## 1. General policy statement');
  p();
  p('### The Convention on Cluster Munitions');
  p();
  p(
    'The Convention on Cluster Munitions was adopted at Dublin on 30 May 2008, opened for signature at Oslo on 3 December 2008 and entered into force on 1 August 2010. Each State Party undertakes never, under any circumstances, to use cluster munitions, to develop, produce, otherwise acquire, stockpile, retain or transfer them, or to assist, encourage or induce anyone to do anything the Convention prohibits to a State Party (Article 1). States Parties must destroy their stockpiles (Article 3), clear contaminated areas (Article 4), assist victims (Article 5) and report on their implementation to the Secretary-General of the United Nations (Article 7).'
  );
  p();
  p(
    'Article 9 requires each State Party to take all appropriate legal, administrative and other measures to implement the Convention, including penal sanctions to prevent and suppress any activity it prohibits that is undertaken by persons, or on territory, under its jurisdiction or control.'
  );
  p();
  p(`### ${Country} and the Convention`);
  p();
  const eif = answers.state.entry_into_force ?? resolution.state.entry_into_force;
  if (eif) {
    p(
      `The Convention entered into force for ${country} on ${date(eif)} (Article 17(2)). Its initial transparency report under Article 7(1) falls due 180 days after that date, on ${date(isoPlusDays(eif, 180))}, and updated reports are due by 30 April each year (Article 7(2)).`
    );
  } else {
    p(
      `The date on which the Convention enters into force for ${country} has not been recorded in the answers. For a State that deposits its instrument of ratification, acceptance, approval or accession after the thirtieth, the Convention enters into force on the first day of the sixth month after the date of that deposit (Article 17(2)).`
    );
  }
  p();
  p(`The ${kind} is ${country}'s legislative measure under Article 9.`);
  p();

  // What the bill does: Parts and their sections.
  p(`### What the ${kind} does`);
  p();
  const sections = manifest.sections.filter((s) => s.kind === 'section');
  const parts = [...new Set(sections.map((s) => s.part))];
  for (const part of parts) {
    const inPart = sections.filter((s) => s.part === part);
    const headings = joinList(inPart.map((s) => lowerFirst(s.heading)));
    p(`- ${part ? `**${part}** (${sectionRange(inPart)})` : `**${sectionRange(inPart)}**`}: ${headings}.`);
  }
  for (const schedule of manifest.sections.filter((s) => s.kind === 'schedule'))
    p(`- **Schedule${schedule.number ? ` ${schedule.number}` : ''}**: ${schedule.heading}.`);
  p();

  // Main choices: every decided item, as a sentence.
  p('### Main policy choices');
  p();
  const printed = new Map(manifest.sections.map((s) => [s.id, s]));
  const itemSections = (r: ResolvedItem) => r.item.sections.map((id) => printed.get(id)).filter((s): s is ProvenanceSection => Boolean(s));
  const choices: string[] = [];
  for (const r of resolution.items.values()) {
    const where = itemSections(r);
    const cite = where.length ? ` (${joinList(where.map((s) => `section ${s.number}`))})` : '';
    const arts = r.item.articles.length ? `; Convention ${articleList(r.item.articles)}` : '';
    switch (r.status) {
      case 'act': {
        const option = chosenOption(r, value);
        if (option || r.item.kind === 'policy')
          choices.push(`**${r.item.title}**: included in the ${kind}${cite}${option ? `, taking the option "${option}"` : ''}${arts}.`);
        break;
      }
      case 'existing-law':
        choices.push(
          `**${r.item.title}**: already provided for by existing law (${r.answer?.citation ?? 'citation to be added'}); the ${kind} does not repeat it${arts}.`
        );
        break;
      case 'administrative':
        choices.push(
          `**${r.item.title}**: carried out by administrative measures of the ${r.answer?.agency ?? 'responsible agency'} rather than by legislation${arts}.`
        );
        break;
      case 'not-applicable':
        choices.push(`**${r.item.title}**: not needed for ${country}. ${r.answer?.reason ?? r.item.prunedReason}`.trim());
        break;
      case 'decided-against':
        choices.push(`**${r.item.title}**: not included. ${r.answer?.reason ?? ''}`.trim());
        break;
      default:
        choices.push(`**${r.item.title}**: still under consideration; the ${kind} follows the model's default for now.`);
    }
  }
  for (const c of choices) p(`- ${c}`);
  const prison = value('penalty.individual.prison_years');
  // The bill states fines either as amounts or as penalty units (penalty.style); the note must say the same.
  const units = (name: string) => {
    const v = value(name);
    return typeof v === 'number' ? `${v.toLocaleString('en-GB')} penalty units` : undefined;
  };
  const byUnits = value('penalty.style') === 'penalty-units';
  const fine = byUnits ? units('penalty.individual.units') : money('penalty.individual.fine');
  const corporate = byUnits ? units('penalty.body_corporate.units') : money('penalty.body_corporate.fine');
  if (typeof prison === 'number') {
    p(
      `- **Penalties**: an individual faces up to ${prison} years' imprisonment${fine ? `, a fine of up to ${fine}, or both` : ''}${corporate ? `; a body corporate, a fine of up to ${corporate}` : ''}.`
    );
  }
  p();

  // Clause by clause.
  p('## 2. Clause-by-clause analysis');
  p();
  let currentPart: string | undefined;
  for (const s of manifest.sections) {
    if (s.kind === 'section' && s.part !== currentPart) {
      currentPart = s.part;
      if (s.part) {
        p(`### ${s.part}`);
        p();
      }
    }
    if (s.kind === 'schedule' && currentPart !== 'schedules') {
      currentPart = 'schedules';
      p('### Schedules');
      p();
    }
    const label = s.kind === 'schedule' ? `Schedule${s.number ? ` ${s.number}` : ''}` : `Section ${s.number}`;
    const clause = structure.clauses.get(s.id);
    const purpose = purposeOf(clause?.notes[0]);
    const lines: string[] = [];
    if (purpose) lines.push(purpose);
    for (const id of s.items) {
      const r = resolution.items.get(id);
      const option = r ? chosenOption(r, value) : undefined;
      if (r && option) lines.push(`The ${kind} takes the option "${option}" for ${lowerFirst(r.item.title)}.`);
    }
    if (s.articles.length) lines.push(`It implements ${articleList(s.articles)} of the Convention.`);
    p(`**${label}: ${s.heading}.** ${lines.join(' ')}`.trimEnd());
    p();
  }
  const omitted = manifest.omitted.filter((o) => o.kind === 'section' || o.kind === 'part');
  if (omitted.length > 0) {
    p('### Provisions of the model not included');
    p();
    const seen = new Set<string>();
    for (const o of omitted) {
      const line = `- ${o.heading || o.id}: ${omissionReason(o.answers, resolution.items) ?? (o.answers.every((a) => a.value === '' || a.value === '""') ? 'not included: no existing law of that kind was named.' : 'not included under the answers given.')}`;
      if (!seen.has(line)) p(line);
      seen.add(line);
    }
    p();
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
