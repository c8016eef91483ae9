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
  /** The own words name another weapon (mines, chemical weapons). */
  namesOtherWeapon: boolean;
  binds: Set<keyof typeof BINDERS>;
  /** Cross-references in the own words (`section 7(1)`, `this Part`). */
  refs: string[];
  /** The Part (or Division, Chapter) the provision sits in, as printed; '' when none. */
  part: string;
  /** Whether the Part is about cluster munitions (omnibus Acts have Parts on other weapons). */
  cmPart: boolean;
  /** The section or schedule this reading belongs to. */
  owner: Section | Schedule;
  /** For a schedule item a section makes an offence ("… described in an item of the table in Schedule 1 commits an offence"): that section's number. */
  via: string | undefined;
}

/** What the reading of a whole Act gives the detectors. */
export interface ActReading {
  readings: Reading[];
  /**
   * Text that is not available: whole sections (placeholder, heading only)
   * and fragments of sections ("“vessel” [text not available]"), each with
   * its section heading, read as what such text could hold.
   */
  unavailable: Reading[];
  /** The Act's title and front matter name cluster munitions. */
  titleCm: boolean;
  /**
   * The treaty "the Convention" means in this Act: the Convention on Cluster
   * Munitions (`ccm`), another treaty (an Act on mines or chemical weapons:
   * its "Article 7 of the Convention" is not the CCM's), or not said.
   */
  convention: 'ccm' | 'other' | 'unknown';
  /** Whether anything in the Act (title, text, its Convention) is about cluster munitions: otherwise nothing in it can be. */
  aboutCm: boolean;
  /** Reader messages about text left out of the sections (text outside any section, unread blocks). */
  leftOut: Array<{line: number; reason: string}>;
  /** Number of sections read. */
  sections: number;
  bill: Bill;
}

/** The words that open a proviso. */
const PROVISO = / provided (?:always |however |further |also )?that /;

/**
 * A provision's rule without the proviso that follows it ("… (a) to (d): Provided that nothing in this subsection
 * shall prohibit any person from holding shares …"): the proviso qualifies the rule, so what the provision is (its
 * role) comes from the rule. A provision that is all proviso ("(2) Provided that nothing in subsection (1) shall
 * authorise …") stays whole.
 */
function beforeProviso(norm: string): string {
  const at = norm.search(PROVISO);
  return at > 0 && /\w/.test(norm.slice(0, at).replace(/^ (?:\w{1,4} )?/, '')) ? norm.slice(0, at + 1) : norm;
}

const OFFENCE_FIRST =
  /^ (?:\w+ ){0,8}(?<!\b(?:not|never|no) )(?:commits? (?:an offence|a felony|a misdemeanou?r|a crime)|(?:is|shall be) guilty of (?:an offence|a felony|a misdemeanou?r|a crime)|it is (?:also )?an offence)\b/;

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
  // "(e) assist … any of the things in paragraphs (a) to (d): Provided that nothing in this subsection shall prohibit …":
  // a proviso saves something from the rule before it; the provision is what comes before the proviso.
  const rule = beforeProviso(norm);
  if (rule !== norm) return roleOfText(rule);
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
  // An exec loop, not matchAll: the same matches (no act matches the empty string), at a quarter of the cost.
  ANY_ACT.lastIndex = 0;
  for (let m = ANY_ACT.exec(norm); m !== null; m = ANY_ACT.exec(norm)) {
    if (m[0] === '') ANY_ACT.lastIndex++;
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

/** Options for {@link readProvisions}. */
export interface ReadProvisionsOptions {
  /**
   * Read provisions about any weapon as if about cluster munitions (compare
   * pairs a mines Act's "Prohibited conduct" with the model's offences by
   * what it does); the gap report never does.
   */
  anyWeapon?: boolean | undefined;
}

/** The words that name the object, as the options read it. */
interface Objects {
  cm: RegExp;
  raw: RegExp;
  anyWeapon: boolean;
}

/** Read every provision of an Act. */
export function readProvisions(bill: Bill, options: ReadProvisionsOptions = {}): ActReading {
  const objects: Objects = options.anyWeapon
    ? {cm: new RegExp(`${OBJECTS.cm.source}|${OBJECTS.otherWeapon.source}`), raw: ANY_WEAPON_RAW, anyWeapon: true}
    : {cm: OBJECTS.cm, raw: CM_RAW, anyWeapon: false};
  const front = normaliseForMatch(`${bill.title.text} ${bill.longTitle?.text ?? ''} ${bill.preamble.map((p) => p.text).join(' ')}`);
  const titleCm = objects.cm.test(front);
  const readings: Reading[] = [];
  const unavailable: Reading[] = [];
  let sections = 0;
  for (const item of bill.body) {
    const list = item.kind === 'part' ? item.sections : [item];
    for (const section of list) {
      sections++;
      readSection(section, item.kind === 'part' ? `${item.number} ${item.heading}` : '', readings, unavailable, titleCm, objects);
    }
  }
  const incorporated = scheduleReferences(readings);
  for (const schedule of bill.schedules)
    if (!isTreatySchedule(schedule)) readSchedule(schedule, readings, unavailable, titleCm, objects, incorporated);
  applyParts(readings, titleCm, objects);
  const convention = options.anyWeapon ? 'ccm' : conventionOf(readings, titleCm);
  const aboutCm =
    options.anyWeapon === true ||
    titleCm ||
    convention === 'ccm' ||
    readings.some((r) => r.object === 'own' && !OBJECTS.otherWeapon.test(r.norm)) ||
    unavailable.some((r) => objects.cm.test(r.heading));
  const leftOut = bill.messages
    .filter((m) => m.ruleId === 'text-outside-section' || m.ruleId === 'unterminated-contents')
    .map((m) => ({line: m.line ?? 1, reason: m.reason}));
  return {readings, unavailable, titleCm, convention, aboutCm, leftOut, sections, bill};
}

/** Raw-text names of any weapon (compare's weapon-neutral reading). */
const ANY_WEAPON_RAW =
  /\b(?:cluster[\s-]+munitions?|explosive[\s-]+(?:bomblets?|submunitions?)|submunitions?|bomblets?|prohibited[\s-]+(?:munitions?|weapons?)|anti[\s-]?personnel[\s-]+mines?|land[\s-]?mines?|mines?|chemical[\s-]+weapons?|biological[\s-]+weapons?|toxic[\s-]+chemicals?)\b/i;

/** A definition of "Convention" (`“Convention” means the Convention on …`). */
const CONVENTION_DEFINITION = /^ (?:the )?convention (?:means|has the (?:same )?meaning|refers to)\b/;

/**
 * Which treaty "the Convention" is: what the Act's definition of it names,
 * else the Convention on Cluster Munitions when the title names cluster
 * munitions. An Act on mines or chemical weapons defines its own.
 */
function conventionOf(readings: readonly Reading[], titleCm: boolean): ActReading['convention'] {
  const definition = readings.find((r) => r.role === 'definition' && CONVENTION_DEFINITION.test(r.norm));
  if (definition) return /\bcluster munitions?\b/.test(definition.norm) ? 'ccm' : 'other';
  return titleCm ? 'ccm' : 'unknown';
}

/** Treaties other than the CCM, named in a provision ("Article 6 of the Convention on the Privileges and Immunities"). */
export const OTHER_TREATY =
  /\b(?:convention on (?:the )?(?!cluster)(?:privileges|prohibition of the (?:use stockpiling|development)|prohibition of (?:the )?(?:development|use)|certain conventional|the law of|rights|elimination)\w*|chemical weapons convention|ottawa convention|mine ban (?:convention|treaty)|biological weapons convention|vienna convention|geneva conventions?|mutual assistance in criminal matters|extradition)\b/;

/**
 * Sections that make the items of a schedule offences ("A person who
 * does an act set out in column 2 of an item of the table in Schedule 2
 * commits an offence"; "commits the offence in item 5 of the
 * table in Schedule 1"): by schedule number, each item's lead-in, a named
 * item's own referring provision before the general one.
 */
function scheduleReferences(readings: readonly Reading[]): Map<string, {all?: Reading; items: Map<string, Reading>}> {
  const out = new Map<string, {all?: Reading; items: Map<string, Reading>}>();
  for (const r of readings) {
    // Only a provision that creates the offence (or sets its penalty) makes the items offences; a defence "for an offence
    // specified in Schedule 2" or an exception naming an item does not.
    if ((r.role !== 'offence' && r.role !== 'penalty') || r.roleFrom !== 'own' || !r.norm.includes(' schedule')) continue;
    for (const m of r.norm.matchAll(ITEM_REFERENCE)) {
      const schedule = m[3] ?? m[4] ?? '';
      const entry = out.get(schedule) ?? {items: new Map<string, Reading>()};
      out.set(schedule, entry);
      if (m[1] !== undefined) {
        const from = m[1];
        const to = m[2];
        const list = to && /^\d+$/.test(from) && /^\d+$/.test(to) ? rangeOf(from, to) : [from, ...(to ? [to] : [])];
        for (const item of list) if (!entry.items.has(item)) entry.items.set(item, r);
      } else entry.all ??= r;
    }
  }
  return out;
}

/** `item 5 of the table in Schedule 2`, `items 1 to 4 of Schedule 2`; `an item of the table in Schedule 1`, `specified in Schedule 1`. */
const ITEM_REFERENCE =
  /\bitems? (\d+[a-z]?)(?: (?:to|and|or) (\d+[a-z]?))? (?:of|in) (?:the table (?:in|to) |part \d+ of )?(?:the )?schedule(?: (\d+[a-z]?|[ivx]+))?\b|\b(?:items?|column \d+|table|specified|set out|described|listed|mentioned)\b(?: \w+){0,8}? schedule(?: (\d+[a-z]?|[ivx]+))?\b/g;

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
function applyParts(readings: Reading[], titleCm: boolean, objects: Objects): void {
  const partNumber = (label: string): string => /^\S+/.exec(label)?.[0]?.toLowerCase() ?? '';
  const cmOnly = objects.anyWeapon ? objects.cm : OBJECTS.cmOnly;
  const cmParts = new Set(readings.filter((r) => cmOnly.test(r.norm) || cmOnly.test(r.heading)).map((r) => r.part));
  const otherParts = objects.anyWeapon
    ? new Set<string>()
    : new Set(readings.filter((r) => OBJECTS.otherWeapon.test(r.heading) && !OBJECTS.cmOnly.test(r.heading)).map((r) => r.part));
  const cmNumbers = new Set([...cmParts].map(partNumber));
  const appliedTo = new Map<string, Set<string>>();
  for (const r of readings) {
    if (!r.norm.includes(' appl')) continue;
    for (const m of r.norm.matchAll(APPLIES)) {
      const range = numberList(`${m[1]!}${m[2] ?? ''}`);
      const parts = m[3] === 'this part' ? [partNumber(r.part)] : [...m[3]!.matchAll(/\d+[a-z]?/g)].map((p) => p[0]);
      for (const section of range) {
        const set = appliedTo.get(section) ?? new Set<string>();
        for (const p of parts) set.add(p);
        appliedTo.set(section, set);
      }
    }
  }
  // "Section 33 and Part 6 do not apply to this Part": general provisions a cluster munitions Part leaves out.
  const disapplied = {sections: new Set<string>(), parts: new Set<string>(), from: new Set<string>()};
  for (const r of readings) {
    if (!r.norm.includes(' not apply')) continue;
    for (const m of r.norm.matchAll(DISAPPLIES)) {
      const targets = m[2] === 'this part' ? [partNumber(r.part)] : [...m[2]!.matchAll(/\d+[a-z]?/g)].map((p) => p[0]);
      if (!targets.some((p) => cmNumbers.has(p))) continue;
      for (const p of targets) disapplied.from.add(p);
      for (const [, kind, list] of m[1]!.matchAll(/\b(sections?|parts?) (\d+[a-z]?(?:(?:,| and| or| to) \d+[a-z]?)*)/g)) {
        for (const n of numberList(list!)) (kind!.startsWith('part') ? disapplied.parts : disapplied.sections).add(n);
      }
    }
  }
  for (const r of readings) {
    const applied = r.section !== undefined ? appliedTo.get(r.section.toLowerCase()) : undefined;
    if (applied && !cmParts.has(r.part)) r.cmPart = [...applied].some((p) => cmNumbers.has(p));
    else r.cmPart = cmParts.has(r.part) || (!otherParts.has(r.part) && (titleCm || cmParts.size > 0));
    // Even a Part that names cluster munitions among other weapons (an "International obligations" Part) serves them no
    // more once the cluster munitions Part says it does not apply; the provisions of that Part itself stay.
    if (
      !disapplied.from.has(partNumber(r.part)) &&
      (disapplied.parts.has(partNumber(r.part)) || (r.section !== undefined && disapplied.sections.has(r.section.toLowerCase())))
    )
      r.cmPart = false;
  }
}

/** `Section 33 and Part 6 do not apply to this Part`, `Sections 30 to 32 do not apply in relation to Part 4`. */
const DISAPPLIES =
  /\b((?:sections?|parts?) \d+[a-z]?(?:(?:,| and| or| to) (?:(?:sections?|parts?) )?\d+[a-z]?)*) (?:does|do|shall) not apply (?:to|in relation to|in respect of) (?:an? |any )?(?:offences? (?:under|against) )?(this part|parts? \d+[a-z]?(?:(?: and| or| to)? \d+[a-z]?)*)/g;

/** Section or Part numbers as a list names them: "30 to 32" (a range), "6 and 11", "30, 31 and 32". */
function numberList(list: string): string[] {
  const numbers = list.split(/,? (?:to|and|or) |,? /).filter(Boolean);
  return / to /.test(list) && numbers.length === 2 ? rangeOf(numbers[0]!, numbers[1]!) : numbers;
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

/** Text marked as missing inside a provision: "“vessel” [text not available]", "[The rest of this Part is text not available.]". */
const MISSING_MARK = /\[[^\]]{0,400}?\b(?:text not (?:available|reconstructed|reproduced|shown)|not reproduced|illegible)\b[^\]]{0,400}\]/i;

/** The closing words under a provision (an unlabelled block after its paragraphs, as the reader keeps them), normalised. */
function closingOf(p: Provision): string {
  let out = '';
  for (const child of p.children) if (child.kind === 'text') out += normaliseForMatch(child.block.text).slice(out ? 1 : 0);
  return out;
}

/** The role a provision's own words give it, the closing words after its paragraphs read with it. */
function ownRole(norm: string, closing: string): Role {
  const role = roleOfText(norm);
  return role === 'other' && closing ? roleOfText(closing) : role;
}

function readSection(
  section: Section,
  part: string,
  readings: Reading[],
  unavailable: Reading[],
  titleCm: boolean,
  objects: Objects
): void {
  const ownHeading = section.heading || crossHeading(section);
  const heading = normaliseForMatch(`${ownHeading} ${section.containers.join(' ')}`);
  const headingOnly = normaliseForMatch(ownHeading);
  const sectionText = lazyText(section.text);
  const headingRole = roleOfHeading(headingOnly);
  // Names of the object read on the raw text (case aside): normalising every section twice is most of the cost of a big Act.
  const sectionCm = objects.raw.test(section.text) || objects.cm.test(heading);
  const base = {section: section.number, schedule: undefined, heading, sectionText, part, owner: section as Section | Schedule};
  // A section an amending Act inserts into another Act is cited as that Act numbers it, and by the section that inserts it.
  const inserted = section.insertedBy ? ` (inserted by s ${section.insertedBy})` : '';
  const citation = (path: string[]): string => `s ${section.number}${path.map((x) => `(${x})`).join('')}${inserted}`;
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
      titleCm,
      objects
    );
    unavailable.push(reading);
    return;
  }
  // Each lead-in's role is worked out once, when it becomes a lead-in (leadRoles[i] is the role of leads[i]).
  const walk = (list: readonly Provision[], leads: string[], leadRoles: Role[], lead: LeadContext): void => {
    for (const p of list) {
      const text = p.block.text;
      const norm = normaliseForMatch(text);
      const closing = closingOf(p);
      // ownRole(norm, closing), keeping the role of the text alone for when it leads in.
      const textRole = roleOfText(norm);
      const own = textRole === 'other' && closing ? roleOfText(closing) : textRole;
      let role = own;
      let from: RoleSource = 'own';
      // A paragraph that carries the penalty ("…; Penalty: 10 years") under an offence lead-in is part of the offence.
      if (role === 'penalty' && leadRoles.includes('offence')) {
        role = 'offence';
        from = 'lead-in';
      }
      if (role === 'other' || (role === 'duty' && /\bshall not\b|\bmust not\b/.test(leads.join(' ')))) {
        for (let i = leadRoles.length - 1; i >= 0; i--) {
          const lead = leadRoles[i]!;
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
        let nearest: Role | undefined;
        for (let i = leadRoles.length - 1; i >= 0 && nearest === undefined; i--) {
          const r = leadRoles[i]!;
          if (r !== 'other' && r !== 'placeholder') nearest = r;
        }
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
      // An exceptions section's "may" and "does not" blocks are exceptions, not powers or duties; nor is a condition
      // of the permission ("shall not exceed the minimum number", "must not be transferred except …") an offence.
      if (
        headingRole === 'exception' &&
        (role === 'power' ||
          role === 'duty' ||
          role === 'other' ||
          role === 'application' ||
          (role === 'offence' && !CREATES_OFFENCE.test(norm)))
      ) {
        role = 'exception';
        from = 'heading';
      }
      if (headingRole === 'defence' && (role === 'power' || role === 'duty' || role === 'other')) {
        role = 'defence';
        from = 'heading';
      }
      const line = p.position?.start.line ?? section.position?.start.line ?? 1;
      const reading = make(base, citation(p.path), text, norm, lead, role, from, line, sectionCm, titleCm, objects);
      readings.push(reading);
      // A fragment whose text is marked missing: what it could have said is not known.
      if (MISSING_MARK.test(text)) unavailable.push(reading);
      if (p.children.length > 0) {
        const leadText = closing ? norm + closing.slice(1) : norm;
        walk(
          p.children,
          [...leads, leadText],
          [...leadRoles, closing ? roleOfText(leadText) : textRole],
          childLead(lead, reading, closing)
        );
      }
    }
  };
  walk(section.children, [], [], NO_LEAD);
}

/** Words that create an offence, as against a bare "shall not" that may only state a condition or a limit. */
const CREATES_OFFENCE = /\b(?:commits?|guilty|offence|felony|misdemeanou?r|punish\w*|liable|no person)\b/;

function readSchedule(
  schedule: Schedule,
  readings: Reading[],
  unavailable: Reading[],
  titleCm: boolean,
  objects: Objects,
  incorporated: ReadonlyMap<string, {all?: Reading; items: Map<string, Reading>}>
): void {
  const name = `Sch${schedule.number ? ` ${schedule.number}` : ''}`;
  const heading = normaliseForMatch(schedule.heading);
  const sectionText = lazyText(schedule.text);
  const headingRole = roleOfHeading(heading);
  const sectionCm = objects.raw.test(schedule.text) || objects.cm.test(heading);
  const base = {section: undefined, schedule: schedule.number, heading, sectionText, part: '', owner: schedule as Section | Schedule};
  // A section that makes the schedule's items offences gives each item its lead-in ("A person who engages in conduct described in … Schedule 1 commits an offence").
  const refs = incorporated.get(schedule.number.toLowerCase()) ?? (schedule.number === '' ? undefined : incorporated.get(''));
  const walk = (list: readonly Provision[], leads: string[], para: string, lead: LeadContext, top: boolean, via?: string): void => {
    for (const p of list) {
      const norm = normaliseForMatch(p.block.text);
      const number = p.kind === 'subsection' ? p.label : para;
      const referrer = top && number ? (refs?.items.get(number.toLowerCase()) ?? refs?.all) : undefined;
      const myLeads = referrer ? [referrer.norm] : leads;
      const myLead = referrer ? childLead(NO_LEAD, referrer, '') : lead;
      const closing = closingOf(p);
      let role = ownRole(norm, closing);
      let from: RoleSource = 'own';
      const leadRole = myLeads.length ? roleOfText(myLeads.at(-1)!) : 'other';
      // An item a section makes an offence describes conduct ("provides or invests funds knowing that they are to be used …"):
      // its words say what is done, the section says it is an offence.
      if (referrer && leadRole === 'offence' && (role === 'duty' || role === 'power')) role = 'other';
      if (role === 'penalty' && leadRole === 'offence') {
        role = 'offence';
        from = 'lead-in';
      }
      if (role === 'other') {
        if (leadRole !== 'other') {
          role = leadRole;
          from = 'lead-in';
        } else if (headingRole !== 'other') {
          role = headingRole;
          from = 'heading';
        }
      }
      const item = p.num.startsWith('item ');
      const citation = number
        ? `${name} ${item ? 'item' : 'para'} ${number}${p.kind === 'subsection' ? '' : p.path.length ? `(${p.path.at(-1)})` : ''}`
        : name;
      const reading = make(
        base,
        citation,
        p.block.text,
        norm,
        myLead,
        role,
        from,
        p.position?.start.line ?? 1,
        sectionCm,
        titleCm,
        objects
      );
      reading.via = referrer?.section ?? via;
      readings.push(reading);
      if (MISSING_MARK.test(p.block.text)) unavailable.push(reading);
      if (p.children.length > 0)
        walk(
          p.children,
          [...myLeads, closing ? norm + closing.slice(1) : norm],
          number,
          childLead(myLead, reading, closing),
          false,
          reading.via
        );
    }
  };
  walk(schedule.children, [], '', NO_LEAD, true);
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
    readonly parent: Reading,
    /** The closing words after the parent's paragraphs ("…, is guilty of a felony"), normalised: part of every paragraph's lead-in. */
    readonly closing: string
  ) {}
  test(re: RegExp): boolean {
    this.#tests ??= new Map();
    let found = this.#tests.get(re);
    if (found === undefined) this.#tests.set(re, (found = re.test(this.text)));
    return found;
  }
  get text(): string {
    const own = this.closing ? `${this.parent.norm}${this.closing.slice(1)}` : this.parent.norm;
    return (this.#text ??= this.parentLead.text ? `${this.parentLead.text}${own.slice(1)}` : own);
  }
  get acts(): Set<ActName> {
    return (this.#acts ??= new Set([...this.parentLead.acts, ...this.parent.acts]));
  }
  get binds(): Set<keyof typeof BINDERS> {
    return (this.#binds ??= new Set([...this.parentLead.binds, ...ownBinders(this.parent.norm)]));
  }
  get cm(): boolean {
    return (this.#cm ??= this.parentLead.cm || this.parent.object === 'own');
  }
  get otherWeapon(): boolean {
    return (this.#other ??= this.parentLead.otherWeapon || this.parent.namesOtherWeapon);
  }
}

function childLead(lead: LeadContext, parent: Reading, closing: string): LeadContext {
  return new ChildLead(lead, parent, closing);
}

/** The binder patterns as a list, made once (not an `Object.entries` array for each of thousands of provisions). */
const BINDER_LIST = Object.entries(BINDERS) as ReadonlyArray<[keyof typeof BINDERS, RegExp]>;

function ownBinders(norm: string): Set<keyof typeof BINDERS> {
  const found = new Set<keyof typeof BINDERS>();
  for (const [name, re] of BINDER_LIST) if (re.test(norm)) found.add(name);
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
  readonly #objects: Objects;
  #namesOther: boolean | undefined;
  cmPart = true;
  via: string | undefined;
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
    titleCm: boolean,
    objects: Objects
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
    this.#objects = objects;
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
    // An offence's proviso saves acts from it ("Provided that nothing … shall prohibit holding shares"); an exception's
    // proviso states what it still forbids ("provided that he does not himself use …"): its acts are the exception's.
    if (!this.#acts) {
      const rule = beforeProviso(this.norm);
      this.#acts = actsIn(rule !== this.norm && this.role === 'offence' ? rule : this.norm);
    }
    return this.#acts;
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
    return (this.#object ??= this.#objects.cm.test(this.norm)
      ? 'own'
      : this.#lead.cm
        ? 'lead-in'
        : this.#sectionCm
          ? 'section'
          : this.#titleCm
            ? 'title'
            : 'none');
  }
  /** Whether the own words name another weapon (mines, chemical weapons) or another treaty. */
  get namesOtherWeapon(): boolean {
    return (this.#namesOther ??= OBJECTS.otherWeapon.test(this.norm));
  }
  get otherWeaponOnly(): boolean {
    return (this.#otherWeaponOnly ??=
      !this.#objects.anyWeapon && this.object !== 'own' && (this.namesOtherWeapon || (!this.#lead.cm && this.#lead.otherWeapon)));
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
  titleCm: boolean,
  objects: Objects
): Reading {
  return new LazyReading(base, citation, text, norm, lead, role, roleFrom, line, sectionCm, titleCm, objects);
}
