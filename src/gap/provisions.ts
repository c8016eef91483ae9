/**
 * Reading an Act provision by provision, as counsel does: each section,
 * subsection, paragraph (with the lead-in words of the provisions above it:
 * "Every person commits an offence who— (a) uses …") and schedule paragraph
 * gets a role (offence, exception, defence, definition, power, duty,
 * penalty, application, procedure, purpose, placeholder), the acts and
 * objects it covers, whom it binds, what it cross-refers to, and the Part
 * it sits in, so the detectors can ask "is there an *offence* of *using*
 * *cluster munitions*" rather than "does the word 'use' appear".
 */
import type {Bill, Provision, Schedule, Section} from '../bill/model.js';
import {ACTS, type ActName, BINDERS, HEADING_ROLE, normaliseForMatch, OBJECTS, ROLE} from './words.js';

/** What a provision does. */
export type Role =
  | 'offence'
  | 'exception'
  | 'defence'
  | 'definition'
  | 'power'
  | 'duty'
  | 'penalty'
  | 'application'
  | 'procedure'
  | 'purpose'
  | 'placeholder'
  | 'other';

/** Where the role was read from, strongest first. */
export type RoleSource = 'own' | 'lead-in' | 'heading';

/** One provision as read. */
export interface Reading {
  /** Citation as a drafter writes it: `s 7(1)(a)`, `Sch 2 para 3`. */
  citation: string;
  section: string | undefined;
  schedule: string | undefined;
  /** 1-based line (for Word files, the paragraph). */
  line: number;
  /** Own text as printed (without the provisions under it). */
  text: string;
  /** Own text normalised for matching. */
  norm: string;
  /** Normalised lead-in words of the provisions above it, nearest last. */
  leadIn: string;
  /** The own words and the lead-in together (`norm + leadIn`), for patterns that may match in either. */
  full: string;
  /** Whether a pattern matches the own words or the lead-in words (each tested apart, the lead-in's answer shared). */
  inFull(re: RegExp): boolean;
  /** Whether a pattern matches the lead-in words (shared with the siblings). */
  leadInTest(re: RegExp): boolean;
  /** Normalised section heading and the Parts, Divisions and cross-headings it sits in. */
  heading: string;
  /** Normalised text of the whole section (for checks that look around). */
  sectionText: string;
  role: Role;
  roleFrom: RoleSource;
  /** A penalty phrase in the provision's own words (an offence provision can carry its own penalty). */
  hasPenalty: boolean;
  /** Acts named in the own words, and those named only in the lead-in. */
  acts: Set<ActName>;
  leadActs: Set<ActName>;
  /** Whether cluster munitions (or bomblets) are the object: in the own words, the lead-in, the section, or only from the Act's title. */
  object: 'own' | 'lead-in' | 'section' | 'title' | 'none';
  /** Only other weapons (mines, chemical weapons) are named: not about cluster munitions. */
  otherWeaponOnly: boolean;
  binds: Set<keyof typeof BINDERS>;
  /** Cross-references in the own words (`section 7(1)`, `this Part`). */
  refs: string[];
  /** The Part (or Division, Chapter) the provision sits in, as printed; '' when none. */
  part: string;
  /** Whether the Part is about cluster munitions (omnibus Acts have Parts on other weapons). */
  cmPart: boolean;
  /** The section or schedule this reading belongs to. */
  owner: Section | Schedule;
}

/** What the reading of a whole Act gives the detectors. */
export interface ActReading {
  readings: Reading[];
  /** Sections whose text is not available (placeholder, heading only), with their heading. */
  unavailable: Reading[];
  /** The Act's title and front matter name cluster munitions. */
  titleCm: boolean;
  /** Number of sections read. */
  sections: number;
  bill: Bill;
}

const OFFENCE_FIRST =
  /^ (?:\w+ ){0,8}(?<!\b(?:not|never|no) )(?:commits? an offence|is guilty of an offence|shall be guilty of an offence|it is (?:also )?an offence)\b/;

const REFERENCE =
  /\b(?:sections?|subsections?|paragraphs?|parts?|divisions?|subdivisions?|schedules?|chapters?) [0-9a-z.]+(?:\([0-9a-z]+\))*/g;

/** Whether a schedule reproduces a treaty (not operative law of the Act). */
export function isTreatySchedule(schedule: Schedule): boolean {
  const heading = normaliseForMatch(schedule.heading);
  const head = normaliseForMatch(schedule.text.slice(0, 600));
  // "Convention on Cluster Munitions", "Text of the Convention"; not "Definitions from the Convention".
  if (/^ (?:the )?(?:text of (?:the )?)?(?:convention|treaty)\b/.test(heading)) return true;
  return /\beach state party undertakes\b|\bstates parties to this convention\b|\barticle 1 general obligations\b/.test(head);
}

/** The role the own words state, or `other`. */
export function roleOfText(norm: string): Role {
  if (ROLE.placeholder.test(norm)) return 'placeholder';
  if (ROLE.definition.test(norm)) return 'definition';
  // "A person commits an offence who, being a director …, fails to ensure that the body does not commit an offence":
  // the main clause creates the offence; the negative words later are part of what is made an offence.
  if (OFFENCE_FIRST.test(norm)) return 'offence';
  if (ROLE.defence.test(norm)) return 'defence';
  if (ROLE.exception.test(norm)) return 'exception';
  if (ROLE.purpose.test(norm)) return 'purpose';
  if (ROLE.offence.test(norm)) return 'offence';
  if (ROLE.penalty.test(norm)) return 'penalty';
  if (ROLE.power.test(norm)) return 'power';
  if (ROLE.application.test(norm)) return 'application';
  if (ROLE.procedure.test(norm)) return 'procedure';
  if (ROLE.duty.test(norm)) return 'duty';
  return 'other';
}

function roleOfHeading(heading: string): Role {
  if (HEADING_ROLE.purpose.test(heading)) return 'purpose';
  if (HEADING_ROLE.definition.test(heading)) return 'definition';
  if (HEADING_ROLE.defence.test(heading)) return 'defence';
  if (HEADING_ROLE.exception.test(heading)) return 'exception';
  if (HEADING_ROLE.penalty.test(heading)) return 'penalty';
  if (HEADING_ROLE.offence.test(heading)) return 'offence';
  if (HEADING_ROLE.application.test(heading)) return 'application';
  if (HEADING_ROLE.procedure.test(heading)) return 'procedure';
  if (HEADING_ROLE.power.test(heading)) return 'power';
  return 'other';
}

/** Every act but transit (whose pattern spans many words) in one alternation, so a provision is scanned once. */
const ACT_NAMES = (Object.keys(ACTS) as ActName[]).filter((name) => name !== 'transit');
const ANY_ACT = new RegExp(ACT_NAMES.map((name) => `(${ACTS[name].source})`).join('|'), 'g');
const PASSIVE_USE = /\b(?:be|been|being|is|are|was|were|for|of|to be) used?\b|\bfor use\b|\bin use\b|\bused (?:in|for|by)\b/g;

function actsIn(norm: string): Set<ActName> {
  const found = new Set<ActName>();
  for (const m of norm.matchAll(ANY_ACT)) {
    for (let g = 1; g <= ACT_NAMES.length; g++)
      if (m[g] !== undefined) {
        found.add(ACT_NAMES[g - 1]!);
        break;
      }
  }
  if (ACTS.transit.test(norm)) found.add('transit');
  // "be used", "for use in" describe a thing, they do not name the act of using it.
  if (found.has('use') && !ACTS.use.test(norm.replace(PASSIVE_USE, ' '))) found.delete('use');
  return found;
}

/** Read every provision of an Act. */
export function readProvisions(bill: Bill): ActReading {
  const titleCm = OBJECTS.cm.test(
    normaliseForMatch(`${bill.title.text} ${bill.longTitle?.text ?? ''} ${bill.preamble.map((p) => p.text).join(' ')}`)
  );
  const readings: Reading[] = [];
  const unavailable: Reading[] = [];
  let sections = 0;
  for (const item of bill.body) {
    const list = item.kind === 'part' ? item.sections : [item];
    for (const section of list) {
      sections++;
      readSection(section, item.kind === 'part' ? `${item.number} ${item.heading}` : '', readings, unavailable, titleCm);
    }
  }
  for (const schedule of bill.schedules) if (!isTreatySchedule(schedule)) readSchedule(schedule, readings, titleCm);
  applyParts(readings, titleCm);
  return {readings, unavailable, titleCm, sections, bill};
}

/** `Sections 21 and 23 apply in relation to offences under this Part`, `Section 22 applies to offences under Parts 2 and 3`. */
const APPLIES =
  /\bsections? (\d+[a-z]?)((?: (?:to|and|or) \d+[a-z]?| \d+[a-z]?)*) (?:also )?appl(?:y|ies) (?:to|in relation to|in respect of) (?:an? |any )?(?:offences? (?:under|against) )?(this part|parts? \d+[a-z]?(?:(?: and| or| to)? \d+[a-z]?)*)/g;

/**
 * Which Parts each reading serves. A Part is about cluster munitions when
 * its provisions name them; a Part about other weapons (an omnibus Act's
 * mines or chemical weapons Part) is not. A general Part's provisions serve
 * every Part, unless an application clause ties a general section to named
 * Parts ("Section 22 applies to offences under Parts 2 and 3"): then it
 * serves cluster munitions only if one of those Parts is about them.
 */
function applyParts(readings: Reading[], titleCm: boolean): void {
  const partNumber = (label: string): string => /^\S+/.exec(label)?.[0]?.toLowerCase() ?? '';
  const cmParts = new Set(readings.filter((r) => OBJECTS.cmOnly.test(r.norm) || OBJECTS.cmOnly.test(r.heading)).map((r) => r.part));
  const otherParts = new Set(
    readings.filter((r) => OBJECTS.otherWeapon.test(r.heading) && !OBJECTS.cmOnly.test(r.heading)).map((r) => r.part)
  );
  const cmNumbers = new Set([...cmParts].map(partNumber));
  const appliedTo = new Map<string, Set<string>>();
  for (const r of readings) {
    if (!r.norm.includes(' appl')) continue;
    for (const m of r.norm.matchAll(APPLIES)) {
      const sections = [m[1]!, ...(m[2] ?? '').split(/ (?:to|and|or) | /).filter(Boolean)];
      const range = /\bto\b/.test(m[2] ?? '') && sections.length === 2 ? rangeOf(sections[0]!, sections[1]!) : sections;
      const parts = m[3] === 'this part' ? [partNumber(r.part)] : [...m[3]!.matchAll(/\d+[a-z]?/g)].map((p) => p[0]);
      for (const section of range) {
        const set = appliedTo.get(section) ?? new Set<string>();
        for (const p of parts) set.add(p);
        appliedTo.set(section, set);
      }
    }
  }
  for (const r of readings) {
    const applied = r.section !== undefined ? appliedTo.get(r.section.toLowerCase()) : undefined;
    if (applied && !cmParts.has(r.part)) r.cmPart = [...applied].some((p) => cmNumbers.has(p));
    else r.cmPart = cmParts.has(r.part) || (!otherParts.has(r.part) && (titleCm || cmParts.size > 0));
  }
}

function rangeOf(from: string, to: string): string[] {
  const a = Number.parseInt(from, 10);
  const b = Number.parseInt(to, 10);
  if (!(b >= a) || b - a > 200) return [from, to];
  return Array.from({length: b - a + 1}, (_, i) => String(a + i));
}

/** The cluster munition names of {@link OBJECTS.cm}, for raw text (any case, any punctuation between words). */
const CM_RAW =
  /\b(?:cluster[\s-]+munitions?|prohibited[\s-]+munitions?|explosive[\s-]+bomblets?|explosive[\s-]+submunitions?|cluster[\s-]+bombs?|submunitions?|bomblets?|relevant[\s-]+munitions?|prohibited[\s-]+weapons?)\b/i;

/** A section's normalised text, worked out once when a detector first asks. */
function lazyText(text: string): () => string {
  let value: string | undefined;
  return () => (value ??= normaliseForMatch(text));
}

function readSection(section: Section, part: string, readings: Reading[], unavailable: Reading[], titleCm: boolean): void {
  const ownHeading = section.heading || crossHeading(section);
  const heading = normaliseForMatch(`${ownHeading} ${section.containers.join(' ')}`);
  const headingOnly = normaliseForMatch(ownHeading);
  const sectionText = lazyText(section.text);
  const headingRole = roleOfHeading(headingOnly);
  // Names of the object read on the raw text (case aside): normalising every section twice is most of the cost of a big Act.
  const sectionCm = CM_RAW.test(section.text) || OBJECTS.cm.test(heading);
  const base = {section: section.number, schedule: undefined, heading, sectionText, part, owner: section as Section | Schedule};
  const citation = (path: string[]): string => `s ${section.number}${path.map((x) => `(${x})`).join('')}`;
  if (section.children.length === 0 || (section.text.length < 200 && ROLE.placeholder.test(sectionText()))) {
    // Heading only, "[Repealed]", "[text not reconstructed]": the text is not there to read.
    const reading = make(
      base,
      citation([]),
      section.text,
      normaliseForMatch(section.text),
      NO_LEAD,
      'placeholder',
      'own',
      section.position?.start.line ?? 1,
      sectionCm,
      titleCm
    );
    unavailable.push(reading);
    return;
  }
  const walk = (list: readonly Provision[], leads: string[], lead: LeadContext): void => {
    for (const p of list) {
      const text = p.block.text;
      const norm = normaliseForMatch(text);
      const own = roleOfText(norm);
      let role = own;
      let from: RoleSource = 'own';
      // A paragraph that carries the penalty ("…; Penalty: 10 years") under an offence lead-in is part of the offence.
      const leadOffence = leads.some((l) => roleOfText(l) === 'offence');
      if (role === 'penalty' && leadOffence) {
        role = 'offence';
        from = 'lead-in';
      }
      if (role === 'other' || (role === 'duty' && /\bshall not\b|\bmust not\b/.test(leads.join(' ')))) {
        for (let i = leads.length - 1; i >= 0; i--) {
          const lead = roleOfText(leads[i]!);
          if (lead !== 'other' && lead !== 'placeholder') {
            role = lead;
            from = 'lead-in';
            break;
          }
        }
      }
      // "A person does not commit an offence … by doing any of the following: (h) outside the State, taking part …":
      // a paragraph that names a place under an exception's (or defence's) lead-in is part of it, not an extension of the offences.
      if (role === 'application') {
        const nearest = leads
          .map(roleOfText)
          .reverse()
          .find((r) => r !== 'other' && r !== 'placeholder');
        if (nearest === 'exception' || nearest === 'defence') {
          role = nearest;
          from = 'lead-in';
        }
      }
      if (role === 'other' && headingRole !== 'other') {
        role = headingRole;
        from = 'heading';
      }
      // A purpose section states aims, not rules; a definitions section's blocks define, unless they say otherwise.
      if (headingRole === 'purpose') role = 'purpose';
      else if (headingRole === 'definition' && (role === 'other' || role === 'duty')) role = 'definition';
      // An exceptions section's "may" and "does not" blocks are exceptions, not powers or duties.
      if (headingRole === 'exception' && (role === 'power' || role === 'duty' || role === 'other' || role === 'application')) {
        role = 'exception';
        from = 'heading';
      }
      if (headingRole === 'defence' && (role === 'power' || role === 'duty' || role === 'other')) {
        role = 'defence';
        from = 'heading';
      }
      const line = p.position?.start.line ?? section.position?.start.line ?? 1;
      const reading = make(base, citation(p.path), text, norm, lead, role, from, line, sectionCm, titleCm);
      readings.push(reading);
      if (p.children.length > 0) walk(p.children, [...leads, norm], childLead(lead, reading));
    }
  };
  walk(section.children, [], NO_LEAD);
}

function readSchedule(schedule: Schedule, readings: Reading[], titleCm: boolean): void {
  const name = `Sch${schedule.number ? ` ${schedule.number}` : ''}`;
  const heading = normaliseForMatch(schedule.heading);
  const sectionText = lazyText(schedule.text);
  const headingRole = roleOfHeading(heading);
  const sectionCm = CM_RAW.test(schedule.text) || OBJECTS.cm.test(heading);
  const base = {section: undefined, schedule: schedule.number, heading, sectionText, part: '', owner: schedule as Section | Schedule};
  const walk = (list: readonly Provision[], leads: string[], para: string, lead: LeadContext): void => {
    for (const p of list) {
      const norm = normaliseForMatch(p.block.text);
      let role = roleOfText(norm);
      let from: RoleSource = 'own';
      if (role === 'other') {
        const lead = leads.length ? roleOfText(leads.at(-1)!) : 'other';
        if (lead !== 'other') {
          role = lead;
          from = 'lead-in';
        } else if (headingRole !== 'other') {
          role = headingRole;
          from = 'heading';
        }
      }
      const number = p.kind === 'subsection' ? p.label : para;
      const citation = number ? `${name} para ${number}${p.kind === 'subsection' ? '' : p.path.length ? `(${p.path.at(-1)})` : ''}` : name;
      const reading = make(base, citation, p.block.text, norm, lead, role, from, p.position?.start.line ?? 1, sectionCm, titleCm);
      readings.push(reading);
      if (p.children.length > 0) walk(p.children, [...leads, norm], number, childLead(lead, reading));
    }
  };
  walk(schedule.children, [], '', NO_LEAD);
}

/** A section with no heading of its own (Canadian style) takes its marginal note from the cross-heading just above it. */
function crossHeading(section: Section): string {
  const last = section.containers.at(-1) ?? '';
  return /^(?:chapter|part|sub-?part|division|sub-?division)\b/i.test(last) ? '' : last;
}

/** What the provisions above a provision say, computed once for all its children. */
interface LeadContext {
  readonly text: string;
  /** Whether a pattern matches the lead-in words (memoised: siblings share their lead-in). */
  test(re: RegExp): boolean;
  readonly acts: Set<ActName>;
  readonly binds: Set<keyof typeof BINDERS>;
  readonly cm: boolean;
  readonly otherWeapon: boolean;
}

const NO_LEAD: LeadContext = {text: '', acts: new Set(), binds: new Set(), cm: false, otherWeapon: false, test: () => false};

/** What a parent's lead-in words say, for its children: each part worked out on first use. */
class ChildLead implements LeadContext {
  #text: string | undefined;
  #acts: Set<ActName> | undefined;
  #binds: Set<keyof typeof BINDERS> | undefined;
  #cm: boolean | undefined;
  #other: boolean | undefined;
  #tests: Map<RegExp, boolean> | undefined;
  constructor(
    readonly parentLead: LeadContext,
    readonly parent: Reading
  ) {}
  test(re: RegExp): boolean {
    this.#tests ??= new Map();
    let found = this.#tests.get(re);
    if (found === undefined) this.#tests.set(re, (found = re.test(this.text)));
    return found;
  }
  get text(): string {
    return (this.#text ??= this.parentLead.text ? `${this.parentLead.text}${this.parent.norm.slice(1)}` : this.parent.norm);
  }
  get acts(): Set<ActName> {
    return (this.#acts ??= new Set([...this.parentLead.acts, ...this.parent.acts]));
  }
  get binds(): Set<keyof typeof BINDERS> {
    return (this.#binds ??= new Set([...this.parentLead.binds, ...ownBinders(this.parent.norm)]));
  }
  get cm(): boolean {
    return (this.#cm ??= this.parentLead.cm || OBJECTS.cm.test(this.parent.norm));
  }
  get otherWeapon(): boolean {
    return (this.#other ??= this.parentLead.otherWeapon || OBJECTS.otherWeapon.test(this.parent.norm));
  }
}

function childLead(lead: LeadContext, parent: Reading): LeadContext {
  return new ChildLead(lead, parent);
}

function ownBinders(norm: string): Set<keyof typeof BINDERS> {
  const found = new Set<keyof typeof BINDERS>();
  for (const [name, re] of Object.entries(BINDERS) as Array<[keyof typeof BINDERS, RegExp]>) if (re.test(norm)) found.add(name);
  return found;
}

const MAY_REFER = /\b(?:sections?|subsections?|paragraphs?|parts?|divisions?|subdivisions?|schedules?|chapters?) [0-9]/i;

/**
 * A reading whose acts, persons and references are worked out when a
 * detector first asks: most detectors look only at provisions of one role,
 * and a 1,000-section Act has thousands of provisions.
 */
class LazyReading implements Reading {
  #acts: Set<ActName> | undefined;
  #binds: Set<keyof typeof BINDERS> | undefined;
  #refs: string[] | undefined;
  #hasPenalty: boolean | undefined;
  #object: Reading['object'] | undefined;
  #otherWeaponOnly: boolean | undefined;
  readonly #lead: LeadContext;
  readonly #sectionCm: boolean;
  readonly #titleCm: boolean;
  cmPart = true;
  constructor(
    base: Base,
    readonly citation: string,
    readonly text: string,
    readonly norm: string,
    lead: LeadContext,
    public role: Role,
    public roleFrom: RoleSource,
    readonly line: number,
    sectionCm: boolean,
    titleCm: boolean
  ) {
    this.section = base.section;
    this.schedule = base.schedule;
    this.heading = base.heading;
    this.#sectionText = base.sectionText;
    this.part = base.part;
    this.owner = base.owner;
    this.#lead = lead;
    this.#sectionCm = sectionCm;
    this.#titleCm = titleCm;
  }
  readonly section: string | undefined;
  readonly schedule: string | undefined;
  readonly heading: string;
  readonly #sectionText: () => string;
  get sectionText(): string {
    return this.#sectionText();
  }
  readonly part: string;
  readonly owner: Section | Schedule;
  get leadIn(): string {
    return this.#lead.text;
  }
  /** Whether a pattern matches the own words or the lead-in (the lead-in's answer shared with the siblings). */
  inFull(re: RegExp): boolean {
    return re.test(this.norm) || this.#lead.test(re);
  }
  leadInTest(re: RegExp): boolean {
    return this.#lead.test(re);
  }
  #full: string | undefined;
  get full(): string {
    return (this.#full ??= this.norm + this.#lead.text);
  }
  get leadActs(): Set<ActName> {
    return this.#lead.acts;
  }
  get acts(): Set<ActName> {
    return (this.#acts ??= actsIn(this.norm));
  }
  get binds(): Set<keyof typeof BINDERS> {
    if (!this.#binds) {
      this.#binds = ownBinders(this.norm);
      for (const b of this.#lead.binds) this.#binds.add(b);
    }
    return this.#binds;
  }
  get refs(): string[] {
    return (this.#refs ??= MAY_REFER.test(this.text) ? [...this.text.toLowerCase().matchAll(REFERENCE)].map((m) => m[0]) : []);
  }
  get hasPenalty(): boolean {
    return (this.#hasPenalty ??= ROLE.penalty.test(this.norm));
  }
  get object(): Reading['object'] {
    return (this.#object ??= OBJECTS.cm.test(this.norm)
      ? 'own'
      : this.#lead.cm
        ? 'lead-in'
        : this.#sectionCm
          ? 'section'
          : this.#titleCm
            ? 'title'
            : 'none');
  }
  get otherWeaponOnly(): boolean {
    return (this.#otherWeaponOnly ??=
      this.object !== 'own' && (OBJECTS.otherWeapon.test(this.norm) || (!this.#lead.cm && this.#lead.otherWeapon)));
  }
  /** Plain data for JSON and snapshots. */
  toJSON(): Record<string, unknown> {
    return {citation: this.citation, role: this.role, text: this.text};
  }
}

/** What every reading of one section shares. */
type Base = Pick<Reading, 'section' | 'schedule' | 'heading' | 'part' | 'owner'> & {sectionText: () => string};

function make(
  base: Base,
  citation: string,
  text: string,
  norm: string,
  lead: LeadContext,
  role: Role,
  roleFrom: RoleSource,
  line: number,
  sectionCm: boolean,
  titleCm: boolean
): Reading {
  return new LazyReading(base, citation, text, norm, lead, role, roleFrom, line, sectionCm, titleCm);
}
