/**
 * Writing the build record (`draft-bill.build.json`, src/bill/record.ts)
 * from what assembly knows: which model clause each printed section came
 * from, what was left out and which answer removed it, each item's
 * decision, every value and how the bill prints it, and the penalties as
 * printed. Compare uses it to tell policy choices from hand edits; the gap
 * report, the explanatory note, Form A and the matrix derive from it.
 */
import type {ListItem} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {Resolution} from '../answers/resolve.js';
import type {Bill, Provision, Schedule, Section} from '../bill/model.js';
import {
  type BuildRecord,
  buildRecordSchemaId,
  buildRecordVersion,
  computeBuildId,
  type RecordItem,
  type RecordPenalty,
  type RecordSection,
  type RecordValue,
  sectionTextDigest,
  sectionTextHash
} from '../bill/record.js';
import type {Model} from '../model/load.js';
import type {AssemblyData} from './context.js';
import type {BuiltSection} from './finalize.js';

export {sectionTextDigest, sectionTextHash};

/** @deprecated The build record: use {@link BuildRecord} (src/bill/record.ts). */
export type BuildManifest = BuildRecord;

/** A printed section with its origin and a fingerprint of its printed text. */
export type ProvenanceSection = RecordSection;

/** Version of the provenance file format (the build record's). */
export const provenanceSchemaVersion = buildRecordVersion;

/**
 * Split a printed bill into the bodies under its section and schedule
 * headings, in order (the arrangement block and Part headings excluded).
 */
export function sectionBodies(markdown: string): string[] {
  const lines = markdown.split('\n');
  const bodies: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (/^#{1,6}\s/.test(line)) {
      if (current) bodies.push(current.join('\n'));
      current = /^###\s+\d|^##\s+Schedule\b/.test(line) ? [] : undefined;
      continue;
    }
    current?.push(line);
  }
  if (current) bodies.push(current.join('\n'));
  return bodies;
}

/** What {@link makeRecord} reads. */
export interface RecordInput {
  markdown: string;
  bill: Bill;
  shortTitle: string;
  model: Model;
  profile: {id: string; name: string; country?: string | undefined; language: string};
  answersPath: string;
  resolution: Resolution;
  data: AssemblyData;
  sections: BuiltSection[];
  provisions: WeakMap<ListItem, {provision: Provision; section: Section | Schedule}>;
  tool: string;
}

/** Provisions that print a `penalty.*` value, with the figures exactly as printed. */
function penaltiesOf(input: RecordInput): RecordPenalty[] {
  const {data, provisions} = input;
  const groups = new Map<ListItem | ContainerDirective, RecordPenalty>();
  const sectionNumber = (node: ContainerDirective | undefined) => node?.data?.ccmNumber?.number ?? '';
  for (const use of data.uses) {
    if (!use.name.startsWith('penalty.')) continue;
    const key = use.item ?? use.section;
    if (!key) continue;
    let entry = groups.get(key);
    if (!entry) {
      const built = use.item ? provisions.get(use.item) : undefined;
      const number = sectionNumber(use.section);
      const path = use.item?.data?.ccmNumber?.path ?? [];
      const isSchedule = use.section?.name === 'schedule';
      entry = {
        citation: isSchedule
          ? `clause ${path.join('')} of Schedule ${number}`.replace('clause  of ', '')
          : `section ${number}${path.map((p) => `(${p})`).join('')}`,
        section: number,
        sectionId: use.section?.attributes?.['id'] ?? '',
        figures: [],
        text: built ? built.provision.block.text : ''
      };
      if (built?.provision.clauseId) entry.clauseId = built.provision.clauseId;
      groups.set(key, entry);
    }
    if (!entry.figures.some((f) => f.param === use.name && f.printed === use.printed))
      entry.figures.push({param: use.name, printed: use.printed});
  }
  return [...groups.values()];
}

/** Make the build record of an assembled bill. */
export function makeRecord(input: RecordInput): BuildRecord {
  const {markdown, bill, model, profile, resolution, data} = input;
  const bodies = sectionBodies(markdown);
  const printed = new Map<string, string>();
  for (const use of data.uses) if (!printed.has(use.name)) printed.set(use.name, use.printed);
  const values: Record<string, RecordValue> = {};
  for (const [name, v] of resolution.values) {
    const text = printed.get(name);
    values[name] = {
      value: v.value,
      origin: v.origin,
      ...(v.item ? {item: v.item} : {}),
      ...(text !== undefined ? {printed: text} : {}),
      ...(data.filled.has(name) ? {inBill: true} : {})
    };
  }
  const items: Record<string, RecordItem> = {};
  for (const [id, r] of resolution.items) {
    const answer = r.answer;
    items[id] = {
      status: r.status,
      origin: r.origin,
      ...(answer?.citation ? {citation: answer.citation} : {}),
      ...(answer?.agency ? {agency: answer.agency} : {}),
      ...(answer?.reason ? {reason: answer.reason} : {})
    };
  }
  const state: BuildRecord['state'] = {};
  for (const [key, value] of Object.entries(resolution.state)) if (value !== undefined) (state as Record<string, unknown>)[key] = value;
  const record: Omit<BuildRecord, 'buildId'> = {
    $schema: buildRecordSchemaId,
    schema: buildRecordVersion,
    tool: input.tool,
    model: {id: model.id, version: model.version, hash: model.hash, path: model.path},
    jurisdiction: {id: profile.id, name: profile.name, ...(profile.country ? {country: profile.country} : {}), language: profile.language},
    answers: input.answersPath,
    bill: {title: bill.title.text, stage: bill.stage === 'act' ? 'act' : 'bill', shortTitle: input.shortTitle},
    locale: {
      dateFormat: resolution.locale.dateFormat,
      currency: {
        code: resolution.locale.currency.code,
        ...(resolution.locale.currency.symbol ? {symbol: resolution.locale.currency.symbol} : {})
      }
    },
    state,
    items,
    values,
    sections: input.sections.map((section, index) => ({...section, textHash: sectionTextHash(bodies[index] ?? '')})),
    omitted: data.omitted.map((o) => ({
      ...o,
      answers: o.answers.map((a) => ({
        name: a.name,
        value: a.value,
        origin: a.origin,
        ...(a.item ? {item: a.item} : {}),
        ...(a.status ? {status: a.status} : {})
      }))
    })),
    citations: Object.fromEntries([...data.numbers].map(([id, n]) => [id, n.citation])),
    penalties: penaltiesOf(input)
  };
  // `buildId` goes first so that people reading the file see it at once.
  const {$schema, schema, ...rest} = record;
  return {$schema, schema, buildId: computeBuildId(markdown, record), ...rest};
}
