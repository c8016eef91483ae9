/**
 * The provenance record written beside every draft (`draft-bill.build.json`):
 * which model clause each printed section came from, what was left out and
 * which answer removed it. Compare uses it to tell policy choices from hand
 * edits; the gap report uses it to cite final section numbers.
 */
import {createHash} from 'node:crypto';
import type {OmittedClause} from './context.js';
import type {BuiltSection} from './finalize.js';

/** Version of the provenance file format. */
export const provenanceSchemaVersion = 1;

/** A printed section with its origin and a fingerprint of its printed text. */
export interface ProvenanceSection extends BuiltSection {
  /** {@link sectionTextHash} of the section's printed body. */
  textHash: string;
}

/** The provenance record. */
export interface BuildManifest {
  schema: number;
  tool: string;
  model: {id: string; version: string; hash: string; path: string};
  /** The profile: its id and name, the State's ISO 3166-1 code (when the profile gives one) and the bill's language. */
  jurisdiction: {id: string; name: string; country?: string | undefined; language: string};
  /** The answers file, as given on the command line (relative paths stay relative). */
  answers: string;
  sections: ProvenanceSection[];
  omitted: OmittedClause[];
  /** Citation of every clause id that was printed ("section 9(2)(b)"). */
  citations: Record<string, string>;
  /** Resolved parameter values and their origin. */
  values: Record<string, {value: unknown; origin: string; item?: string | undefined}>;
  /** Checklist item statuses. */
  items: Record<string, {status: string; origin: string}>;
}

/**
 * Fingerprint of a section's printed body: the Markdown lines between its
 * heading and the next heading, with runs of white space folded to one space
 * and the ends trimmed; sha256, first 16 hex digits. Anyone reading a draft
 * (compare, gap) computes the same value from the same lines.
 */
export function sectionTextHash(body: string): string {
  return sectionTextDigest(body).slice(0, 16);
}

/** The full sha256 behind {@link sectionTextHash} (a recorded hash is a prefix of it). */
export function sectionTextDigest(body: string): string {
  return createHash('sha256').update(body.replace(/\s+/g, ' ').trim()).digest('hex');
}

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
