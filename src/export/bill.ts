/**
 * The structured reading of a draft bill that every export renders from:
 * front matter, Parts, sections, labelled subsections/paragraphs/
 * subparagraphs, schedules, and the cross-references found in their text.
 * Each node keeps the position it was read from, so later checks can point
 * at the Markdown line.
 */
import type {Point} from 'unist';
import type {VFileMessage} from 'vfile-message';

/** A run of inline text with the formatting the draft gives it. */
export interface Run {
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  /** Where the run starts in the Markdown source (plain-text offsets inside a run map 1:1 to columns). */
  start?: Point | undefined;
  /** A cross-reference: the `eId` of the provision the run cites (set by {@link linkReferences}). */
  ref?: string | undefined;
}

/** A paragraph of text. */
export interface TextBlock {
  runs: Run[];
  /** The plain text (runs joined). */
  text: string;
  position: Point;
}

/** How deep a labelled provision sits: `(1)` subsection, `(a)` paragraph, `(i)` subparagraph; `text` is an unlabelled block. */
export type ProvisionKind = 'subsection' | 'paragraph' | 'subparagraph' | 'text';

/** A subsection, paragraph, subparagraph or unlabelled block, with the provisions under it. */
export interface Provision {
  kind: ProvisionKind;
  /** The label without brackets (`1`, `b`, `iv`), empty for `text`. */
  label: string;
  /** The number as printed (`(1)`), empty for `text`. */
  num: string;
  /** The block's own text (after the label). */
  block: TextBlock;
  children: Provision[];
  /** Akoma Ntoso `eId`, built by the naming convention from the path. */
  eId: string;
  /** A defined term when the block defines one (`**term** means …`). */
  defines?: string | undefined;
}

/** A section (`### N Heading`). */
export interface Section {
  kind: 'section';
  number: string;
  heading: string;
  eId: string;
  children: Provision[];
  position: Point;
}

/** A Part (`## Part N Heading`). */
export interface Part {
  kind: 'part';
  number: string;
  heading: string;
  eId: string;
  sections: Section[];
  position: Point;
}

/** A schedule (`## Schedule N Heading`). */
export interface Schedule {
  kind: 'schedule';
  number: string;
  heading: string;
  eId: string;
  children: Provision[];
  position: Point;
}

/** A bill read from its Markdown draft. */
export interface Bill {
  /** The path as given (messages use it). */
  path: string;
  /** The short title as printed in the `#` heading (e.g. "Cluster Munitions Act 2027"). */
  title: TextBlock;
  /** "A Bill for an Act to …". */
  longTitle?: TextBlock | undefined;
  /** "BE IT ENACTED by …". */
  enactingFormula?: TextBlock | undefined;
  /** Recitals ("WHEREAS …") and any other text before the body. */
  preamble: TextBlock[];
  /** Parts, or sections when the bill has no Parts, in order. */
  body: Array<Part | Section>;
  schedules: Schedule[];
  /** Warnings found while reading (errors raise an InputError instead). */
  messages: VFileMessage[];
}

/** Every section of a bill in order, whether inside Parts or not. */
export function allSections(bill: Bill): Section[] {
  return bill.body.flatMap((item) => (item.kind === 'part' ? item.sections : [item]));
}

/** Visit every provision (depth first, document order) with its section or schedule. */
export function* provisions(bill: Bill): Generator<{provision: Provision; owner: Section | Schedule; ancestors: Provision[]}> {
  function* walk(
    list: Provision[],
    owner: Section | Schedule,
    ancestors: Provision[]
  ): Generator<{provision: Provision; owner: Section | Schedule; ancestors: Provision[]}> {
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
