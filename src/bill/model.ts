/**
 * The one document model for a bill or an Act.
 *
 * `assemble` produces it for the bill it builds; one reader produces it from
 * a file (strict for the tool's own drafts, lenient for any Act, in
 * Markdown, Word, HTML, Akoma Ntoso or plain text). Every output reads it:
 * the explanatory note, Form A, the gap report, compare, the matrix and
 * every export. A statement in an output must follow from this tree (and,
 * for a built bill, from its {@link BuildRecord}), never from the answers or
 * the model's defaults computed again.
 *
 * This module holds types and pure helpers only, so every layer can use it.
 */
import type {VFileMessage} from 'vfile-message';
import type {FrontMatterStyleName} from './front-matter.js';

/** A point in a source file: 1-based line and column, 0-based offset. */
export interface SourcePoint {
  line: number;
  column: number;
  offset: number;
}

/** Where a node was read from. Absent for nodes that were built, not read. */
export interface Span {
  start: SourcePoint;
  end: SourcePoint;
}

/** A run of inline text with the formatting the document gives it. */
export interface Run {
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  /** A cross-reference: the `eId` of the provision the run cites. */
  ref?: string | undefined;
  /** Where the run starts in the source (plain-text offsets inside a run map 1:1 to columns). */
  start?: SourcePoint | undefined;
}

/** A block of text: its runs and their plain text joined. */
export interface TextBlock {
  runs: Run[];
  /** The plain text (runs joined), white space folded. */
  text: string;
  position?: Span | undefined;
}

/** How deep a labelled provision sits: `(1)` subsection, `(a)` paragraph, `(i)` subparagraph, `(A)` clause; `text` is an unlabelled block. */
export type ProvisionKind = 'subsection' | 'paragraph' | 'subparagraph' | 'clause' | 'text';

/** A subsection, paragraph, subparagraph, clause or unlabelled block, with the provisions under it. */
export interface Provision {
  kind: ProvisionKind;
  /** The label without brackets (`1`, `1A`, `b`, `iv`), empty for `text`. */
  label: string;
  /** The number as printed (`(1)`), empty for `text`. */
  num: string;
  /** Labels from the section down (`['2', 'b']` for s 9(2)(b)). */
  path: string[];
  /** The provision's own text (after its label, without the provisions under it). */
  block: TextBlock;
  children: Provision[];
  /** Akoma Ntoso `eId` by the naming convention (`part_1__sec_5__subsec_2__para_d`). */
  eId: string;
  /** The term this block defines (`**term** means …`), when it defines one. */
  defines?: string | undefined;
  /** The model clause (`:prov` id) this provision was built from, when known. */
  clauseId?: string | undefined;
  position?: Span | undefined;
}

/** Where a section or schedule of a built bill came from in the model. */
export interface ClauseOrigin {
  /** The model clause id (`s-offences`). */
  clauseId: string;
  /** Convention provisions it implements (`1(1)(a)`). */
  articles: string[];
  /** Checklist items it serves. */
  items: string[];
  /** Strength components it provides. */
  components: string[];
}

/** A section (or a Criminal Code style numbered provision such as 72.38). */
export interface Section {
  kind: 'section';
  /** The number as printed: `6`, `10A`, `72.38`. */
  number: string;
  /** The heading ("Offences"), empty when the document gives none. */
  heading: string;
  eId: string;
  /** Headings of the Part / Division / Subdivision path it sits in, as printed. */
  containers: string[];
  /**
   * For a section an amending Act inserts into another Act, printed in full
   * in the amending section ("After section 140 insert: 140A …"): the number
   * of that amending section. Absent for the Act's own sections.
   */
  insertedBy?: string | undefined;
  children: Provision[];
  /** The whole body as plain text, white space folded (heading excluded). */
  text: string;
  /** The exact source slice (heading included), when read from a file. */
  raw?: string | undefined;
  position?: Span | undefined;
  origin?: ClauseOrigin | undefined;
}

/** A Part (or Division, Chapter) holding sections. */
export interface Part {
  kind: 'part';
  number: string;
  heading: string;
  eId: string;
  sections: Section[];
  position?: Span | undefined;
  /** The model's Part id, for a built bill. */
  clauseId?: string | undefined;
}

/** A schedule at the end of the document. */
export interface Schedule {
  kind: 'schedule';
  /** Empty when the document has a single unnumbered "Schedule". */
  number: string;
  heading: string;
  eId: string;
  children: Provision[];
  text: string;
  raw?: string | undefined;
  position?: Span | undefined;
  origin?: ClauseOrigin | undefined;
}

/** The format a document was read from (`built` for a bill the tool assembled in memory). */
export type SourceFormat = 'built' | 'markdown' | 'docx' | 'html' | 'akn' | 'text';

/** A bill or an Act. */
export interface Bill {
  /** The path as the user gave it (messages use it). */
  path: string;
  format: SourceFormat;
  /** Whether the document presents itself as a Bill (for introduction) or an Act (as enacted or as a draft Act). */
  stage: 'bill' | 'act' | 'unknown';
  /** The short title as printed ("Cluster Munitions Bill 2027"). */
  title: TextBlock;
  /** "A Bill for an Act to …". */
  longTitle?: TextBlock | undefined;
  /** "BE IT ENACTED by …". */
  enactingFormula?: TextBlock | undefined;
  /** Recitals and any other text before the body. */
  preamble: TextBlock[];
  /**
   * The house style of the front matter (src/bill/front-matter.ts): as built
   * from the jurisdiction profile, or as read from the order the document
   * prints it in. Absent when the document shows no order (no arrangement).
   */
  frontMatter?: FrontMatterStyleName | undefined;
  /** Parts, or sections when there are no Parts, in order. */
  body: Array<Part | Section>;
  schedules: Schedule[];
  /** What reading or building found (warnings; errors raise an InputError instead). */
  messages: VFileMessage[];
}

/** Every section in order, whether inside Parts or not. */
export function allSections(bill: Pick<Bill, 'body'>): Section[] {
  return bill.body.flatMap((item) => (item.kind === 'part' ? item.sections : [item]));
}

/** A provision with the section or schedule it belongs to and the provisions above it. */
export interface ProvisionVisit {
  provision: Provision;
  owner: Section | Schedule;
  ancestors: Provision[];
}

/** Visit every provision (depth first, document order). */
export function* provisions(bill: Pick<Bill, 'body' | 'schedules'>): Generator<ProvisionVisit> {
  function* walk(list: Provision[], owner: Section | Schedule, ancestors: Provision[]): Generator<ProvisionVisit> {
    for (const provision of list) {
      yield {provision, owner, ancestors};
      yield* walk(provision.children, owner, [...ancestors, provision]);
    }
  }
  for (const section of allSections(bill)) yield* walk(section.children, section, []);
  for (const schedule of bill.schedules) yield* walk(schedule.children, schedule, []);
}

/** The label as a citation fragment: `(2)` → `2`. */
export function labelOf(num: string): string {
  return num.replace(/^\(|\)$/g, '');
}
