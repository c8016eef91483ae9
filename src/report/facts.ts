/**
 * What the documents about a built bill (the explanatory note, Form A) may
 * say, read off the built {@link Bill} and its {@link BuildRecord} only:
 * titles, sections and their headings, the decisions on each checklist item
 * and the sections that serve it, penalties as printed, dates in the
 * profile's format. A document that takes its words from here cannot
 * describe a section the bill lacks or a penalty it does not print.
 */
import {allSections, type Bill, type Section} from '../bill/model.js';
import type {BuildRecord, RecordPenalty} from '../bill/record.js';
import type {Checklist, ChecklistItem} from '../checklist/load.js';
import {formatDate, joinList} from '../model/params.js';

/** A built bill with what documents about it need. (`Draft` from assembly is one.) */
export interface BuiltBill {
  bill: Bill;
  record: BuildRecord;
  checklist: Pick<Checklist, 'items'>;
}

/** A checklist item, the record's decision on it, and the printed sections that serve it. */
export interface ItemFacts {
  item: ChecklistItem;
  status: BuildRecord['items'][string]['status'];
  origin: BuildRecord['items'][string]['origin'];
  citation?: string | undefined;
  agency?: string | undefined;
  reason?: string | undefined;
  /** Sections of the bill that serve the item, in bill order. */
  sections: Section[];
}

/** The main penalties (for the principal offences) and the lesser ones, with their figures as printed. */
export interface PenaltyFacts {
  /** The provisions for individuals and bodies corporate, in bill order. */
  main: RecordPenalty[];
  /** Other penalty provisions (offences relating to information, marking), in bill order. */
  lesser: RecordPenalty[];
}

/** Upper-case the first letter (a name that opens a sentence). */
export const capitalise = (text: string): string => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text);

/** Facts about a built bill. */
export class BillFacts {
  readonly sections: Section[];
  private readonly byNumber: Map<string, Section>;

  constructor(readonly built: BuiltBill) {
    this.sections = allSections(built.bill);
    this.byNumber = new Map(this.sections.map((s) => [s.number, s]));
  }

  get record(): BuildRecord {
    return this.built.record;
  }

  /** A value as the bill prints it, else the resolved text value, else `fallback`. */
  text(name: string, fallback: string): string {
    const v = this.record.values[name];
    if (v?.printed) return v.printed;
    return typeof v?.value === 'string' && v.value !== '' ? v.value : fallback;
  }

  /** The resolved value of a parameter. */
  value(name: string): unknown {
    return this.record.values[name]?.value;
  }

  /** "the Republic of Valdoria". */
  get country(): string {
    return this.text('country.name', 'the State');
  }

  /** The title as printed ("Cluster Munitions Bill 2027"). */
  get title(): string {
    return this.built.bill.title.text || this.record.bill.title;
  }

  /** The name the text enacts ("Cluster Munitions Act 2027"). */
  get shortTitle(): string {
    return this.record.bill.shortTitle || this.title;
  }

  /** "Bill" or "Act", by the bill's own stage. */
  get noun(): 'Bill' | 'Act' {
    return this.record.bill.stage === 'act' ? 'Act' : 'Bill';
  }

  /** A date in the profile's format. */
  date(iso: string): string {
    return formatDate(iso, this.record.locale.dateFormat);
  }

  /** The section with a number, if the bill has it. */
  section(number: string): Section | undefined {
    return this.byNumber.get(number);
  }

  /** The printed section built from a model clause. */
  clause(id: string): Section | undefined {
    return this.sections.find((s) => s.origin?.clauseId === id);
  }

  /** Whether any printed section was built from one of these model clauses. */
  prints(...ids: string[]): boolean {
    return ids.some((id) => this.clause(id) !== undefined);
  }

  /** "section 21 (National authority)". */
  ref(section: Section): string {
    return `section ${section.number} (${section.heading})`;
  }

  /** "section 21 (National authority) and section 22 (Power to require information)". */
  refs(sections: readonly Section[]): string {
    return joinList(sections.map((s) => this.ref(s)));
  }

  /** Section numbers, runs of consecutive sections as ranges: "section 9", "sections 4 and 5", "sections 10 to 15, 17 and 23". */
  range(sections: readonly Section[]): string {
    const index = new Map(this.sections.map((s, i) => [s, i]));
    const runs: Section[][] = [];
    for (const section of sections) {
      const last = runs.at(-1);
      if (last && index.get(section) === (index.get(last.at(-1)!) ?? -2) + 1) last.push(section);
      else runs.push([section]);
    }
    const words = runs.map((run) =>
      run.length === 1
        ? run[0]!.number
        : run.length === 2
          ? `${run[0]!.number} and ${run[1]!.number}`
          : `${run[0]!.number} to ${run.at(-1)!.number}`
    );
    if (words.length === 0) return '';
    const plural = sections.length > 1;
    return `section${plural ? 's' : ''} ${words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`}`;
  }

  /** Every checklist item with its decision and the sections that serve it, in checklist order. */
  items(): ItemFacts[] {
    return this.built.checklist.items.map((item) => {
      const r = this.record.items[item.id];
      return {
        item,
        status: r?.status ?? 'unknown',
        origin: r?.origin ?? 'unanswered',
        citation: r?.citation,
        agency: r?.agency,
        reason: r?.reason,
        sections: this.sections.filter((s) => s.origin?.items.includes(item.id))
      };
    });
  }

  /** The penalty provisions as printed. */
  penalties(): PenaltyFacts {
    const main = this.record.penalties.filter((p) =>
      p.figures.some((f) => f.param.startsWith('penalty.individual.') || f.param.startsWith('penalty.body_corporate.'))
    );
    return {main, lesser: this.record.penalties.filter((p) => !main.includes(p))};
  }

  /** The printed figure of the first of `params` a penalty provision prints. */
  figure(penalties: readonly RecordPenalty[], ...params: string[]): string | undefined {
    for (const param of params)
      for (const p of penalties) {
        const f = p.figures.find((x) => x.param === param);
        if (f) return f.printed;
      }
    return undefined;
  }

  /**
   * The main penalties in a sentence, with every figure as the bill prints
   * it: "an individual is liable to imprisonment for a term not exceeding 15
   * years, to a fine not exceeding 2,000 penalty units, or to both; a body
   * corporate, to a fine not exceeding 10,000 penalty units". Undefined when
   * the bill prints no penalty for the main offences.
   */
  mainPenalties(): {text: string; sections: Section[]} | undefined {
    const {main} = this.penalties();
    if (main.length === 0) return undefined;
    const prison = this.figure(main, 'penalty.individual.prison_years');
    const fine = this.figure(main, 'penalty.individual.fine', 'penalty.individual.units');
    const corporate = this.figure(main, 'penalty.body_corporate.fine', 'penalty.body_corporate.units');
    const individual = [prison ? `to imprisonment for a term not exceeding ${prison}` : '', fine ? `to a fine not exceeding ${fine}` : '']
      .filter(Boolean)
      .join(', or ');
    const parts = [
      individual ? `an individual is liable ${individual}${prison && fine ? ', or to both' : ''}` : '',
      corporate ? `a body corporate is liable to a fine not exceeding ${corporate}` : ''
    ].filter(Boolean);
    const sections = [...new Set(main.map((p) => p.section))].map((n) => this.section(n)).filter((s): s is Section => s !== undefined);
    return parts.length ? {text: parts.join('; '), sections} : undefined;
  }

  /**
   * The lesser penalties, one phrase per provision, as the main ones are
   * stated: "an individual is liable to imprisonment for a term not exceeding
   * 2 years, or to a fine not exceeding $10,000, or to both; a body corporate
   * is liable to a fine not exceeding $50,000". Only prison terms and fines
   * are figures; the mode of trial (`*.trial`) printed beside them is not.
   */
  lesserPenalties(): Array<{citation: string; section: Section | undefined; text: string}> {
    return this.penalties().lesser.map((p) => {
      const corporate = (param: string) => param.includes('.body_corporate.');
      const fine = (param: string) => param.endsWith('.fine') || param.endsWith('.units');
      const prison = p.figures.find((f) => f.param.endsWith('.prison_years') && !corporate(f.param))?.printed;
      const individualFine = p.figures.find((f) => fine(f.param) && !corporate(f.param))?.printed;
      const corporateFine = p.figures.find((f) => fine(f.param) && corporate(f.param))?.printed;
      const individual = [
        prison ? `to imprisonment for a term not exceeding ${prison}` : '',
        individualFine ? `to a fine not exceeding ${individualFine}` : ''
      ]
        .filter(Boolean)
        .join(', or ');
      const text = [
        individual ? `an individual is liable ${individual}${prison && individualFine ? ', or to both' : ''}` : '',
        corporateFine ? `a body corporate is liable to a fine not exceeding ${corporateFine}` : ''
      ]
        .filter(Boolean)
        .join('; ');
      return {citation: p.citation, section: this.section(p.section), text};
    });
  }
}
