/**
 * Compare's view of the build record beside a draft (`draft-bill.build.json`):
 * clause ids, printed-text hashes and the omitted clauses with the answers
 * that removed them. The record is read and checked by the one reader
 * (src/bill/read-record.ts); a record that does not pass gives a warning and
 * the comparison goes on without explanations.
 */
import type {VFileMessage} from 'vfile-message';
import type {ActDocument, ActSection} from '../act/types.js';
import {parseBuildRecord, readBuildRecordFor} from '../bill/read-record.js';
import {type BuildRecord, recordPathFor, sectionTextDigest, sectionTextHash} from '../bill/record.js';
import {normalizeHeading, normalizeNumber} from './normalize.js';
import type {SizeLimit} from '../util/files.js';

/** One section as generated. */
export interface ProvenanceSection {
  clauseId: string;
  number: string;
  heading: string;
  /** Fingerprint of the printed body, as written by `build` (`textHash`: first 16 hex digits of sha256). */
  hash?: string | undefined;
  items: string[];
  components: string[];
  articles: string[];
}

/** A model clause left out of the draft, and why. */
export interface ProvenanceOmission {
  clauseId: string;
  /** Clause kind (`section`, `provision`, `part`, `schedule`), when given. */
  kind?: string | undefined;
  heading?: string | undefined;
  /** The model's condition on the clause (`investment.include`). */
  condition?: string | undefined;
  /** The answer that made the condition false, as printed (`investment.include = false`). */
  answer?: string | undefined;
  /** The checklist item behind the answer, and its status. */
  item?: string | undefined;
  status?: string | undefined;
  /** Plain-language reason, when the file gives one. */
  reason?: string | undefined;
}

/** What compare uses from a build record. */
export interface Provenance {
  /** Path of the record file. */
  path: string;
  /** Model content hash. */
  model?: string | undefined;
  /** Jurisdiction profile id the draft was built with (an id, never a path: the record's schema allows only ids). */
  jurisdiction?: string | undefined;
  sections: ProvenanceSection[];
  omitted: ProvenanceOmission[];
  /** Citation of every printed clause id (`section 9(2)(b)`). */
  citations: Map<string, string>;
  /** Resolved parameter values as printed strings. */
  values: Map<string, string>;
  /** Checklist item statuses answered (`act`, `existing-law`, …). */
  items: Map<string, string>;
  /** The whole record, as read and checked. */
  record: BuildRecord;
}

/** The provenance file that belongs to a draft: `<dir>/<name>.build.json` for `<dir>/<name>.md`. */
export const provenancePathFor = recordPathFor;

/** Compare's view of a checked build record. */
export function provenanceFromRecord(record: BuildRecord, file: string): Provenance {
  return {
    path: file,
    model: record.model.hash,
    jurisdiction: record.jurisdiction.id,
    sections: record.sections.map((s) => ({
      clauseId: s.id,
      number: s.number,
      heading: s.heading,
      hash: s.textHash,
      items: s.items,
      components: s.components,
      articles: s.articles
    })),
    omitted: record.omitted.map((o) => {
      const answered = o.answers.find((a) => a.item !== undefined) ?? o.answers[0];
      return {
        clauseId: o.id,
        kind: o.kind,
        heading: o.heading,
        condition: o.condition,
        answer: o.answers.length > 0 ? o.answers.map((a) => `${a.name} = ${a.value === '' ? '""' : a.value}`).join(', ') : undefined,
        item: answered?.item,
        status: answered?.status,
        reason: o.reason
      };
    }),
    citations: new Map(Object.entries(record.citations)),
    values: new Map(
      Object.entries(record.values).map(([name, v]) => [name, typeof v.value === 'string' ? v.value : JSON.stringify(v.value)])
    ),
    items: new Map(Object.entries(record.items).map(([id, r]) => [id, r.status])),
    record
  };
}

const options = {source: 'compare', consequence: 'explanations skipped'};

/**
 * Parse a build record's text into compare's view. A file that is not a
 * valid record gives `undefined` and a positioned warning rather than an
 * error, since the comparison itself does not need it.
 */
export async function parseProvenance(json: string, file: string): Promise<{provenance?: Provenance; messages: VFileMessage[]}> {
  const read = await parseBuildRecord(json, file, options);
  return read.record ? {provenance: provenanceFromRecord(read.record, file), messages: []} : {messages: read.messages};
}

/** Read the build record next to a draft, if there is one (`limit`: its largest size). */
export async function readProvenanceFor(
  draftPath: string,
  limit: SizeLimit = {}
): Promise<{provenance?: Provenance; messages: VFileMessage[]}> {
  const read = await readBuildRecordFor(draftPath, draftPath, {...options, maxBytes: limit.maxBytes});
  return read.record ? {provenance: provenanceFromRecord(read.record, read.file), messages: []} : {messages: read.messages};
}

/** The fingerprint `build` records for a section (`textHash`): the same function `build` uses. */
export {sectionTextHash};

/** Whether a section's printed text still matches the fingerprint recorded at build time. */
export function matchesHash(section: ActSection, hash: string): boolean {
  const expected = (hash.includes(':') ? hash.slice(hash.indexOf(':') + 1) : hash).toLowerCase();
  if (expected === '') return false;
  const newline = section.raw.indexOf('\n');
  const body = newline === -1 ? '' : section.raw.slice(newline + 1);
  const actual = sectionTextDigest(body);
  // A prefix test accepts the 16-digit fingerprint and a full digest alike.
  return actual.startsWith(expected);
}

/** What provenance says about one section of the draft. */
export interface SectionOrigin {
  clauseId: string;
  record: ProvenanceSection;
  /** The printed text no longer matches the build's hash: edited by hand after generation. */
  handEdited: boolean;
}

/**
 * Attach clause ids to the sections of a draft from its provenance:
 * by number and heading, then by heading alone (a hand-renumbered section),
 * then by number alone. Returns each section's origin (by section index);
 * sections with none were added by hand.
 */
export function attachProvenance(act: ActDocument, provenance: Provenance): Map<number, SectionOrigin> {
  const origins = new Map<number, SectionOrigin>();
  const free = new Set(provenance.sections.map((_, i) => i));
  const tryMatch = (test: (s: ActSection, p: ProvenanceSection) => boolean): void => {
    act.sections.forEach((section, i) => {
      if (origins.has(i)) return;
      for (const j of free) {
        const record = provenance.sections[j]!;
        if (!test(section, record)) continue;
        free.delete(j);
        origins.set(i, {clauseId: record.clauseId, record, handEdited: record.hash !== undefined && !matchesHash(section, record.hash)});
        return;
      }
    });
  };
  const sameNumber = (s: ActSection, p: ProvenanceSection): boolean => normalizeNumber(s.number) === normalizeNumber(p.number);
  const sameHeading = (s: ActSection, p: ProvenanceSection): boolean =>
    normalizeHeading(s.heading) !== '' && normalizeHeading(s.heading) === normalizeHeading(p.heading);
  // Provenance lists are small (tens of sections): quadratic here is fine.
  tryMatch((s, p) => sameNumber(s, p) && sameHeading(s, p));
  tryMatch(sameHeading);
  tryMatch(sameNumber);
  for (const [i, origin] of origins) act.sections[i]!.clauseId = origin.clauseId;
  return origins;
}
