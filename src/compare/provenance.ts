/**
 * The provenance file `build` writes next to a draft (`draft-bill.build.json`),
 * read defensively: compare only needs clause ids, printed-text hashes and
 * the omitted clauses with the answers that removed them, and must not fail
 * on a file from a newer or older version of the tool.
 */
import {sectionTextDigest, sectionTextHash} from '../assemble/provenance.js';
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import type {ActDocument, ActSection} from '../act/types.js';
import {diagnostic} from '../util/diagnostics.js';
import {readSidecarFile} from '../util/files.js';
import {normalizeHeading, normalizeNumber} from './normalize.js';

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

/** What compare uses from a provenance file. */
export interface Provenance {
  /** Path of the provenance file. */
  path: string;
  /** Model content hash. */
  model?: string | undefined;
  /** Jurisdiction profile id the draft was built with. */
  jurisdiction?: string | undefined;
  sections: ProvenanceSection[];
  omitted: ProvenanceOmission[];
  /** Citation of every printed clause id (`section 9(2)(b)`). */
  citations: Map<string, string>;
  /** Resolved parameter values as printed strings. */
  values: Map<string, string>;
  /** Checklist item statuses answered (`act`, `existing-law`, …). */
  items: Map<string, string>;
}

/** The provenance file that belongs to a draft: `<dir>/<name>.build.json` for `<dir>/<name>.md`. */
export function provenancePathFor(draftPath: string): string {
  const parsed = path.parse(draftPath);
  return path.join(parsed.dir, `${parsed.name}.build.json`);
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(str).filter((v): v is string => v !== undefined) : typeof value === 'string' ? [value] : [];
const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Render an answer given as data (`{name, value}` or `{investment.include: false}`) as `name = value`. */
function answerText(value: unknown): string | undefined {
  const direct = str(value);
  if (direct !== undefined) return direct;
  const r = record(value);
  if (!r) return undefined;
  const name = str(r['name'] ?? r['param'] ?? r['parameter']);
  if (name !== undefined && 'value' in r) return `${name} = ${JSON.stringify(r['value'])?.replace(/^"(.*)"$/, '$1')}`;
  const entries = Object.entries(r);
  if (entries.length > 0) return entries.map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
  return undefined;
}

/**
 * Parse provenance JSON. Unknown fields are ignored; a file that is not a
 * provenance file gives `undefined` and a warning rather than an error, since
 * the comparison itself does not need it.
 */
export function parseProvenance(json: string, file: string): {provenance?: Provenance; messages: VFileMessage[]} {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return {
      messages: [
        diagnostic(
          `Unexpected invalid JSON in provenance file (${(error as Error).message}), expected the file \`build\` writes; explanations skipped`,
          {
            file,
            ruleId: 'bad-provenance',
            source: 'compare',
            fatal: false
          }
        )
      ]
    };
  }
  const root = record(data);
  const sectionList = root ? (root['sections'] ?? root['clauses']) : undefined;
  if (!root || !Array.isArray(sectionList)) {
    return {
      messages: [
        diagnostic('Unexpected provenance file without `sections`, expected the file `build` writes; explanations skipped', {
          file,
          ruleId: 'bad-provenance',
          source: 'compare',
          fatal: false
        })
      ]
    };
  }
  const sections: ProvenanceSection[] = [];
  for (const item of sectionList) {
    const r = record(item);
    const clauseId = r ? str(r['clauseId'] ?? r['id'] ?? r['clause']) : undefined;
    if (!r || clauseId === undefined) continue;
    sections.push({
      clauseId,
      number: str(r['number']) ?? '',
      heading: str(r['heading']) ?? '',
      hash: str(r['textHash'] ?? r['hash'] ?? r['printedHash']),
      items: strings(r['items']),
      components: strings(r['components']),
      articles: strings(r['articles'])
    });
  }
  const omitted: ProvenanceOmission[] = [];
  const omittedList = root['omitted'];
  for (const item of Array.isArray(omittedList) ? omittedList : []) {
    const r = record(item);
    const clauseId = r ? str(r['clauseId'] ?? r['id'] ?? r['clause']) : undefined;
    if (!r || clauseId === undefined) continue;
    // `build` writes `answers: [{name, value, origin, item, status}]`; older
    // or hand-made files may give a single `answer`.
    const answers = Array.isArray(r['answers'])
      ? r['answers'].map(record).filter((a): a is Record<string, unknown> => a !== undefined)
      : [];
    const answerRecord = record(r['answer']) ?? answers.find((a) => a['item'] !== undefined) ?? answers[0];
    const answer =
      answers.length > 0
        ? answers.map((a) => `${str(a['name']) ?? '?'} = ${str(a['value']) === '' ? '""' : (str(a['value']) ?? '?')}`).join(', ')
        : answerText(r['answer'] ?? r['cause']);
    omitted.push({
      clauseId,
      kind: str(r['kind']),
      heading: str(r['heading']),
      condition: str(r['condition'] ?? r['when']),
      answer,
      item: str(r['item'] ?? answerRecord?.['item']),
      status: str(r['status'] ?? answerRecord?.['status']),
      reason: str(r['reason'] ?? r['explanation'])
    });
  }
  const model = record(root['model']);
  const jurisdiction = record(root['jurisdiction']);
  const citations = new Map<string, string>();
  for (const [id, citation] of Object.entries(record(root['citations']) ?? {})) {
    const text = str(citation);
    if (text !== undefined) citations.set(id, text);
  }
  const values = new Map<string, string>();
  for (const [name, entry] of Object.entries(record(root['values']) ?? {})) {
    const value = record(entry)?.['value'];
    if (value !== undefined) values.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const items = new Map<string, string>();
  for (const [id, entry] of Object.entries(record(root['items']) ?? {})) {
    const status = str(record(entry)?.['status'] ?? entry);
    if (status !== undefined) items.set(id, status);
  }
  return {
    provenance: {
      path: file,
      model: model ? str(model['hash']) : str(root['model'] ?? root['modelHash']),
      jurisdiction: jurisdiction ? str(jurisdiction['id']) : str(root['jurisdiction']),
      sections,
      omitted,
      citations,
      values,
      items
    },
    messages: []
  };
}

/** Read the provenance file next to a draft, if there is one. */
export async function readProvenanceFor(draftPath: string): Promise<{provenance?: Provenance; messages: VFileMessage[]}> {
  const file = provenancePathFor(draftPath);
  // A regular file within the size limit only: a pipe or a device named like a provenance file must not hang compare.
  const read = await readSidecarFile(file, 'compare');
  if (read.text === undefined) return {messages: read.messages};
  return parseProvenance(read.text, file);
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
