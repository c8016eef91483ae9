/**
 * The units gap analysis reads: one per provision (subsection, paragraph …)
 * with the words around it that give it meaning (the lead-in of its parent,
 * the section heading, the Part), classified by what kind of rule it states.
 */
import type {ActDocument, ActSchedule, ActSection} from '../act/types.js';

/** What a provision does, read from its own words first, then its context. */
export type UnitKind = 'definition' | 'exception' | 'prohibition' | 'duty' | 'other';

/** One readable unit of an Act. */
export interface Unit {
  /** Citation as a drafter writes it: `s 7(1)(a)`, `Sch 2 para 3`. */
  citation: string;
  /** Section number (undefined for schedules). */
  section: string | undefined;
  /** Schedule number (undefined for sections). */
  schedule: string | undefined;
  /** Own text as printed (whitespace folded). */
  text: string;
  /** Own text normalised for matching (see {@link normaliseForMatch}). */
  norm: string;
  /** Normalised lead-in words of the parents, nearest first. */
  context: string;
  /** Normalised section heading and containers. */
  heading: string;
  /** Normalised text of the whole section (for checks that look around). */
  sectionText: string;
  /** 1-based line. */
  line: number;
  kind: UnitKind;
  /** From a purpose or objects section: aims, not rules, so never evidence of a provision. */
  purpose?: boolean;
}

/** Lower case, accents and punctuation removed, single spaces, padded: ` a person must not `. */
export function normaliseForMatch(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

const EXCEPTION =
  /\b(?:(?:notwithstanding|despite) (?:section|sections|subsection|anything in)\b(?=.*\bmay\b)|does not (?:permit|authori[sz]e)|nothing in (?:this|that) (?:section|subsection) (?:authori[sz]es|permits)|does not commit an offence|do not commit an offence|not guilty of|is not an offence|not an offence|does not apply|do not apply|shall not apply|is a defence|defences?(?! forces?\b| minister\b| act\b| staff\b)|exceptions?|permitted conduct|nothing in (?:this|section)|is not prohibited|lawful excuse|not unlawful)\b/;
const PROHIBITION =
  /\b(?:commits? an offence|commit an offence|guilty of an offence|is an offence|offence to|offences?|shall not|must not|no person (?:shall|may)|no (?:\w+ ){1,3}(?:may|shall) (?!be )|is prohibited|are prohibited|prohibit\w*(?<!prohibited(?= (?:weapons?|munitions?|items?|goods|articles?|things?|devices?|acts?)\b))|contravenes?|forbidden|liable on conviction)\b/;
const DUTY =
  /\b(?:shall|must|is to|are to|has a duty|duty to|is required to|responsible for|has the (?:following )?functions?|functions? (?:of (?:the|a) \w+(?: \w+)? )?(?:are|is|include))\b/;
/** A purpose or objects section states aims, not rules: its words are neither prohibitions nor duties. */
const PURPOSE_HEADING =
  /^ (?:(?:the )?purposes?|objects?|objectives?|aims?)(?: (?:and \w+ )?of (?:this )?(?:act|part|subdivision|division|subpart))? $/;
const DEFINITION =
  /^ (?:\(?\w{1,4}\)? )?(?:in this (?:act|part|section|subdivision|division|schedule)\b|[a-z]+(?: [a-z]+){0,4} (?:means|includes|has the (?:same )?meaning)\b)/;
const DEFINITION_HEADING = /\b(?:interpretation|definitions?|meaning of)\b/;

/** Classify a piece of normalised text. */
export function kindOf(norm: string): UnitKind {
  if (EXCEPTION.test(norm)) return 'exception';
  if (DEFINITION.test(norm)) return 'definition';
  if (PROHIBITION.test(norm)) return 'prohibition';
  if (DUTY.test(norm)) return 'duty';
  return 'other';
}

/** Whether a schedule reproduces a treaty (not operative law of the Act). */
export function isTreatySchedule(schedule: ActSchedule): boolean {
  const heading = normaliseForMatch(schedule.heading);
  const head = normaliseForMatch(schedule.text.slice(0, 600));
  // "Convention on Cluster Munitions", "Text of the Convention"; not "Definitions from the Convention".
  if (/^ (?:the )?(?:text of (?:the )?)?(?:convention|treaty)\b/.test(heading)) return true;
  return /\beach state party undertakes\b|\bstates parties to this convention\b|\barticle 1 general obligations\b/.test(head);
}

/** Build the units of an Act (treaty schedules are left out: they are not the State's law). */
export function unitsOf(act: ActDocument): Unit[] {
  const units: Unit[] = [];
  for (const section of act.sections) sectionUnits(section, units);
  for (const schedule of act.schedules) if (!isTreatySchedule(schedule)) scheduleUnits(schedule, units);
  return units;
}

function sectionUnits(section: ActSection, units: Unit[]): void {
  const heading = normaliseForMatch(`${section.heading} ${section.containers.join(' ')}`);
  const sectionText = normaliseForMatch(section.text);
  // A section with no heading of its own (Canadian style) takes its marginal note from the cross-heading just above it.
  const crossHeading = section.containers.at(-1) ?? '';
  const ownHeading = section.heading || (/^(?:chapter|part|sub-?part|division|sub-?division)\b/i.test(crossHeading) ? '' : crossHeading);
  const headingKind = DEFINITION_HEADING.test(normaliseForMatch(ownHeading)) ? 'definition' : kindOf(normaliseForMatch(ownHeading));
  const purpose = PURPOSE_HEADING.test(normaliseForMatch(ownHeading));
  const make = (citation: string, text: string, contextParts: string[], line: number): void => {
    const norm = normaliseForMatch(text);
    let kind = kindOf(norm);
    const context = contextParts.map(normaliseForMatch).join(' ');
    if (kind === 'other') {
      for (const part of contextParts) {
        const k = kindOf(normaliseForMatch(part));
        if (k !== 'other') {
          kind = k === 'definition' ? 'definition' : k;
          break;
        }
      }
    }
    if (kind === 'other' || (kind === 'duty' && headingKind === 'exception')) kind = headingKind === 'other' ? kind : headingKind;
    if (headingKind === 'definition' && kind !== 'prohibition' && kind !== 'exception') kind = 'definition';
    if (purpose) kind = 'other';
    units.push({
      citation,
      section: section.number,
      schedule: undefined,
      text,
      norm,
      context,
      heading,
      sectionText,
      line,
      kind,
      ...(purpose ? {purpose} : {})
    });
  };
  if (section.provisions.length === 0) {
    make(`s ${section.number}`, section.text, [section.heading], section.start.line);
    return;
  }
  // Lead-in words before the first provision (`Section 72.38 does not apply … unless the act is:`).
  const first = section.provisions[0]!;
  const at = section.text.indexOf(`${first.label} `);
  const lead = at > 0 ? section.text.slice(0, at).trim() : '';
  if (lead) make(`s ${section.number}`, lead, [section.heading], section.start.line);
  const byPath = new Map<string, string>();
  for (const p of section.provisions) {
    byPath.set(p.path.join('/'), p.text);
    const parents: string[] = [];
    for (let n = p.path.length - 1; n > 0; n--) {
      const parent = byPath.get(p.path.slice(0, n).join('/'));
      if (parent) parents.push(parent);
    }
    if (lead) parents.push(lead);
    parents.push(section.heading);
    make(`s ${section.number}${p.path.map((x) => `(${x})`).join('')}`, p.text, parents, p.start.line);
  }
}

function scheduleUnits(schedule: ActSchedule, units: Unit[]): void {
  const name = `Sch${schedule.number ? ` ${schedule.number}` : ''}`;
  const heading = normaliseForMatch(schedule.heading);
  const sectionText = normaliseForMatch(schedule.text);
  // Paragraphs of a schedule: split the raw text on blank lines.
  const blocks = schedule.raw.split(/\r?\n\s*\r?\n/);
  let line = schedule.start.line;
  let part = '';
  blocks.forEach((block, i) => {
    const startLine = line;
    line += block.split(/\r\n|\r|\n/).length + (i < blocks.length - 1 ? 1 : 0);
    if (i === 0) return; // the schedule heading
    const text = block
      .replace(/^#{1,6}\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) return;
    if (/^part\s+\w+/i.test(text) && text.length < 120) {
      part = text;
      return;
    }
    const para = /^(\d{1,3})[.\s]/.exec(text);
    const norm = normaliseForMatch(text);
    const kind = kindOf(norm);
    units.push({
      citation: para ? `${name} para ${para[1]}` : name,
      section: undefined,
      schedule: schedule.number,
      text,
      norm,
      context: normaliseForMatch(part),
      heading,
      sectionText,
      line: startLine,
      kind: kind === 'other' ? kindOf(heading) : kind
    });
  });
}
