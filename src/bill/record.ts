/**
 * The build record (`draft-bill.build.json`): what `build` knew when it made
 * a bill, written beside it and read back by compare, export, gap and the
 * matrix. Together with the {@link Bill} it is the one truth every document
 * about a built bill derives from:
 *
 * - the model, the jurisdiction profile and the answers file that shaped it;
 * - every checklist item's status with its citation, agency or reason;
 * - every resolved parameter value, and how the bill prints it;
 * - each printed section (model clause, Part, articles, items, components,
 *   a fingerprint of its printed text), every omitted clause and why;
 * - every clause's final citation, and the penalties exactly as printed.
 *
 * Format: `schemas/build-record.schema.json` (version {@link buildRecordVersion}).
 * Types and pure helpers only; the reader is `read-record.ts`.
 */
import {createHash} from '../util/crypto.js';
import path from 'node:path';

/** Version of the record format; bump on any incompatible change (and the schema with it). */
export const buildRecordVersion = 2;

/** `$schema` of build records (schemas/build-record.schema.json). */
export const buildRecordSchemaId = 'https://ccm-drafter.example/schemas/build-record.schema.json';

/** Item statuses, as in answers files. */
export type RecordItemStatus = 'act' | 'existing-law' | 'administrative' | 'not-applicable' | 'decided-against' | 'unknown';

/** A checklist item as the answers decided it. */
export interface RecordItem {
  status: RecordItemStatus;
  /** `answers`: decided in the answers file; `pruned`: the state profile rules it out; `unanswered`: open. */
  origin: 'answers' | 'pruned' | 'unanswered';
  /** The existing law relied on (`existing-law`). */
  citation?: string | undefined;
  /** The agency that carries out the measure (`administrative`). */
  agency?: string | undefined;
  /** Why no measure is needed (`not-applicable`, `decided-against`). */
  reason?: string | undefined;
}

/** A resolved parameter value. */
export interface RecordValue {
  /** The value as resolved (money as `{amount, currency}`). */
  value: unknown;
  /** `answers`, `item` (a checklist status set a switch), `profile` or `default`. */
  origin: string;
  /** The checklist item whose status set a switch. */
  item?: string | undefined;
  /** The value exactly as the bill prints it, when the bill prints it. */
  printed?: string | undefined;
  /** The bill prints the value or its wording follows it (absent: the value did not touch the bill). */
  inBill?: true | undefined;
}

/** A printed section or schedule. */
export interface RecordSection {
  /** The model clause id (`s-offences`). */
  id: string;
  kind: 'section' | 'schedule';
  /** The number as printed (`10`; a schedule's number, or '' for a single unnumbered Schedule). */
  number: string;
  heading: string;
  /** The Part label it sits in ("Part 2 Offences"), or "". */
  part: string;
  articles: string[];
  items: string[];
  components: string[];
  /** {@link sectionTextHash} of the printed body. */
  textHash: string;
}

/** One answer a condition read. */
export interface RecordAnswer {
  name: string;
  value: string;
  origin: string;
  item?: string | undefined;
  status?: string | undefined;
}

/** A model clause the answers left out, and why. */
export interface RecordOmission {
  id: string;
  kind: 'part' | 'section' | 'schedule' | 'provision';
  heading: string;
  /** For a provision: the model id of the section it belongs to. */
  section?: string | undefined;
  /** The condition that was false, as written in the model. */
  condition: string;
  answers: RecordAnswer[];
  /** One line for people: "investment.include = false (item `investment`: decided-against)". */
  reason: string;
}

/** A figure in a penalty provision: the parameter and how the bill prints it. */
export interface PenaltyFigure {
  /** `penalty.individual.prison_years`. */
  param: string;
  /** `15 years`, `2,000 penalty units`, `$500,000`. */
  printed: string;
}

/** A provision that states a penalty, as printed. */
export interface RecordPenalty {
  /** `section 17(1)`. */
  citation: string;
  /** Section number (`17`). */
  section: string;
  /** Model id of the section (`s-penalties`). */
  sectionId: string;
  /** Model id of the provision, when it has one. */
  clauseId?: string | undefined;
  figures: PenaltyFigure[];
  /** The provision's text as printed (label excluded). */
  text: string;
}

/** The build record. */
export interface BuildRecord {
  $schema: string;
  schema: typeof buildRecordVersion;
  /**
   * Identifies this build: a fingerprint of the printed bill and everything
   * else in the record. Files written by one build (bill, record, note, gap
   * report) carry the same id, so a mixed set can be told apart.
   */
  buildId: string;
  tool: string;
  model: {id: string; version: string; hash: string; path: string};
  /** The profile: its id and name, the State's ISO 3166-1 code (when the profile gives one) and the bill's language. */
  jurisdiction: {id: string; name: string; country?: string | undefined; language?: string | undefined};
  /** The answers file, as given on the command line (relative paths stay relative). */
  answers: string;
  /** The bill as printed: title, whether it is a Bill or an Act, and the short title it enacts. */
  bill: {title: string; stage: 'bill' | 'act'; shortTitle: string};
  /** How the bill prints dates and money. */
  locale: {dateFormat: string; currency: {code: string; symbol?: string | undefined}};
  /** The state profile as answered. */
  state: Partial<{
    holds_stocks: boolean;
    contaminated: boolean;
    victims: boolean;
    producer: boolean;
    joint_operations: boolean;
    financial_sector: boolean;
    entry_into_force: string;
  }>;
  /** Checklist items by id. */
  items: Record<string, RecordItem>;
  /** Resolved parameter values by name. */
  values: Record<string, RecordValue>;
  sections: RecordSection[];
  omitted: RecordOmission[];
  /** Citation of every printed clause id ("section 9(2)(b)"). */
  citations: Record<string, string>;
  /** Every provision that states a penalty, in bill order. */
  penalties: RecordPenalty[];
}

/**
 * Fingerprint of a section's printed body: the Markdown lines between its
 * heading and the next heading, with runs of white space folded to one space
 * and the ends trimmed; sha256, first 16 hex digits. Anyone reading a draft
 * (compare, gap, matrix) computes the same value from the same lines.
 */
export function sectionTextHash(body: string): string {
  return sectionTextDigest(body).slice(0, 16);
}

/** The full sha256 behind {@link sectionTextHash} (a recorded hash is a prefix of it). */
export function sectionTextDigest(body: string): string {
  return createHash('sha256').update(body.replace(/\s+/g, ' ').trim()).digest('hex');
}

/**
 * The build id of a record: sha256 over the printed bill and the record
 * without its `buildId`, first 16 hex digits. The same inputs give the same
 * id; any change to the bill or the record gives another.
 */
export function computeBuildId(markdown: string, record: Omit<BuildRecord, 'buildId'> | BuildRecord): string {
  const {buildId: _, ...rest} = record as BuildRecord;
  return createHash('sha256').update(markdown).update('\0').update(JSON.stringify(rest)).digest('hex').slice(0, 16);
}

/** The build record that belongs to a draft: `<dir>/<name>.build.json` for `<dir>/<name>.md`. */
export function recordPathFor(draftPath: string): string {
  const parsed = path.parse(draftPath);
  return path.join(parsed.dir, `${parsed.name}.build.json`);
}

/** The printed value of a parameter, when the bill prints it. */
export function printedValue(record: Pick<BuildRecord, 'values'>, name: string): string | undefined {
  return record.values[name]?.printed;
}
