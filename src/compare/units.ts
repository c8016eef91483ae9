/**
 * The units compare aligns: the sections and schedules of an Act, with the
 * signatures alignment needs computed once.
 */
import type {ActDocument, ActSchedule, ActSection} from '../act/types.js';
import {normalizeHeading, normalizeNumber, normalizeText} from './normalize.js';

/** A section or schedule, ready to align. */
export interface CompareUnit {
  kind: 'section' | 'schedule';
  /** Position among the document's units (sections first, then schedules). */
  index: number;
  /** Number as printed (`10A`, `72.38`, `1` for Schedule 1). */
  number: string;
  heading: string;
  /** Short label for people: `s 10A`, `Schedule 1`. */
  label: string;
  /** Body text normalized for equality (see {@link normalizeText}); computed on first use. */
  readonly key: string;
  /**
   * The body exactly as printed (the source after the heading line): equal
   * raw bodies are equal sections without reading them. Never equal to a
   * {@link key} (a raw body keeps its line breaks, or is marked).
   */
  readonly rawKey: string;
  /** Normalized number and heading, for matching. */
  numberKey: string;
  headingKey: string;
  /**
   * Body as printed (paragraph breaks kept, heading line dropped): what the
   * redline shows. A getter computed on first use: only changed units need it.
   */
  readonly body: string;
  /** 1-based line of the unit's heading in its file. */
  line: number;
  /** Part / Division path (empty for schedules). */
  containers: string[];
  /** Model clause id when the text came from ccm-drafter (provenance). */
  clauseId?: string | undefined;
}

/**
 * The printed body of a section: its raw source slice without the heading,
 * trailing spaces removed and outer blank lines trimmed. Kept close to the
 * source so the redline's "after" side is the other text as printed. When
 * the first line carries body text after the number (`2.—(1) In this Act…`)
 * only the number is dropped.
 */
export function printedBody(raw: string, number = '', heading = ''): string {
  const text = raw.replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  let rest = newline === -1 ? '' : text.slice(newline + 1);
  if (heading.trim() === '' && number !== '') {
    // No heading: the line may be `6.` alone or `6.—(1) body…`.
    const at = first.indexOf(number);
    const tail = at === -1 ? '' : first.slice(at + number.length).replace(/^[\s.:)*_—–-]+/, '');
    if (tail.replace(/[*_#\s]/g, '') !== '') rest = newline === -1 ? tail : `${tail}\n${rest}`;
  }
  return rest
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * A unit whose printed body is computed on first use: only changed units are
 * ever shown, and computing 2,000 bodies up front is most of the cost of
 * building units. A class keeps the objects' shape fixed (fast property access).
 */
class LazyUnit implements CompareUnit {
  #body: string | undefined;
  #key: string | undefined;
  readonly #keyOf: () => string;
  readonly #raw: string;
  readonly rawKey: string;
  clauseId?: string | undefined;
  constructor(
    readonly kind: 'section' | 'schedule',
    readonly index: number,
    readonly number: string,
    readonly heading: string,
    readonly label: string,
    keyOf: () => string,
    readonly numberKey: string,
    readonly headingKey: string,
    readonly line: number,
    readonly containers: string[],
    raw: string,
    clauseId: string | undefined
  ) {
    this.#raw = raw;
    this.#keyOf = keyOf;
    const newline = raw.indexOf('\n');
    this.rawKey = newline === -1 ? `\u0001${raw}` : raw.slice(newline);
    this.clauseId = clauseId;
  }
  get key(): string {
    return (this.#key ??= this.#keyOf());
  }
  get body(): string {
    return (this.#body ??= printedBody(this.#raw, this.number, this.heading));
  }
  /** Plain data for JSON and snapshots. */
  toJSON(): Omit<CompareUnit, never> {
    return {...this, key: this.key, body: this.body};
  }
}

function marginalNote(containers: readonly string[]): string {
  const last = containers.at(-1) ?? '';
  return /^(?:chapter|part|sub-?part|division|sub-?division|schedule)\b/i.test(last) ? '' : last;
}

function sectionUnit(section: ActSection, index: number): CompareUnit {
  return new LazyUnit(
    'section',
    index,
    section.number,
    // A section without a heading of its own is known by its marginal note (Canadian style).
    section.heading || marginalNote(section.containers),
    `s ${section.number}`,
    // `text` is the reader's folded body; fall back to the printed body when a reader leaves it empty.
    () => normalizeText(section.text || printedBody(section.raw, section.number, section.heading)),
    normalizeNumber(section.number),
    // A section without a heading of its own (Canadian style) is known by the marginal note above it.
    normalizeHeading(section.heading || marginalNote(section.containers)),
    section.start.line,
    section.containers,
    section.raw,
    section.clauseId
  );
}

function scheduleUnit(schedule: ActSchedule, index: number): CompareUnit {
  return new LazyUnit(
    'schedule',
    index,
    schedule.number,
    schedule.heading,
    schedule.number ? `Schedule ${schedule.number}` : 'Schedule',
    () => normalizeText(schedule.text || printedBody(schedule.raw, schedule.number, schedule.heading)),
    `schedule ${normalizeNumber(schedule.number)}`,
    normalizeHeading(schedule.heading),
    schedule.start.line,
    [],
    schedule.raw,
    undefined
  );
}

/** The units of an Act in reading order: sections, then schedules. */
export function unitsOf(act: ActDocument): CompareUnit[] {
  const units = act.sections.map((section, i) => sectionUnit(section, i));
  for (const schedule of act.schedules) units.push(scheduleUnit(schedule, units.length));
  return units;
}
