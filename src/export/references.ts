/**
 * Find the bill's own cross-references in its text ("section 9(2)(b)",
 * "subsection (3)", "paragraph (a)", "Part 2", "Schedule 1", "the Schedule") and link each to
 * the `eId` of the provision it cites. References to the Convention
 * ("article 7(1) of the Convention") are not the bill's and are left alone.
 * Nor are references to another enactment: "section 3(1) of the Arms Act
 * 1983", the relative references that continue that citation in the same
 * sentence ("…, after paragraph (f), insert:") and the passage an amendment
 * inserts in quotation marks after such an instruction: they cite the other Act, whose provisions have
 * no eId here, so they stay plain text, without a warning (see
 * {@link externalReferences}).
 * A reference that cites nothing in the bill stays plain text, with a warning.
 */
import type {Point} from 'unist';
import {diagnostic} from '../util/diagnostics.js';
import type {Bill, Provision, Run, Schedule, Section, SourcePoint, TextBlock} from '../bill/model.js';
import {allSections, provisions} from '../bill/model.js';

/**
 * The reference pattern. Group 1: the kind; group 2: the number or first
 * bracketed label; group 3: further bracketed labels.
 */
export const referencePattern =
  /\b(sections?|subsections?|paragraphs?|subparagraphs?|Part|Schedule)\s+(\d+[A-Z]?(?!\.?\d)|\([0-9]+[A-Z]?\)|\([a-z]{1,3}\))((?:\([0-9a-z]+\))*)/gi;

/** One reference found in a text. */
export interface FoundReference {
  /** The text as printed ("section 9(2)(b)"). */
  text: string;
  /** Offset in the plain text. */
  index: number;
  kind: 'section' | 'subsection' | 'paragraph' | 'subparagraph' | 'part' | 'schedule';
  /** Labels after the number: `['2', 'b']` for "section 9(2)(b)"; the number for sections, Parts and schedules comes first. */
  path: string[];
}

/** Every reference in a plain text, in order. */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  const labelsOf = (first: string, rest: string | undefined) => `${first}${rest ?? ''}`.match(/\d+[A-Z]?|[0-9a-z]+/gi) ?? [];
  for (const m of text.matchAll(referencePattern)) {
    const word = m[1]!.toLowerCase().replace(/s$/, '');
    // "part" in "in whole or in part" is not followed by a number; a capital keeps Part/Schedule apart from prose.
    if ((word === 'part' || word === 'schedule') && !/^[PS]/.test(m[1]!)) continue;
    const kind = word as FoundReference['kind'];
    found.push({text: m[0], index: m.index, kind, path: labelsOf(m[2]!, m[3])});
    // "sections 4 and 5", "section 10 or 11", "subsection (1) or (2)", "section 9(1)(a) or (b)": each further
    // item is a reference of the same kind, and its labels replace the last labels of the first reference.
    const first = labelsOf(m[2]!, m[3]);
    let at = m.index + m[0].length;
    for (;;) {
      const more = listItem.exec(text.slice(at));
      if (!more) break;
      const start = at + more[0].length - more[2]!.length - (more[3] ?? '').length;
      const labels = labelsOf(more[2]!, more[3]);
      const path = labels.length >= first.length ? labels : [...first.slice(0, first.length - labels.length), ...labels];
      found.push({text: `${more[2]}${more[3] ?? ''}`, index: start, kind, path});
      at += more[0].length;
    }
  }
  // "the Schedule": a bill with one schedule cites it without a number.
  for (const m of text.matchAll(/\bthe (Schedule)\b(?!\s+\d)/g))
    found.push({text: m[1]!, index: m.index + 4, kind: 'schedule', path: ['']});
  return found.sort((a, b) => a.index - b.index);
}

/** A further item of a reference list: ", (3)", " or (2)", " and 5". */
const listItem = /^(,\s*|,?\s+(?:and|or|to)\s+)(\d+[A-Z]?(?!\.?\d)|\([0-9]+[A-Z]?\)|\([a-z]{1,3}\))((?:\([0-9a-z]+\))*)/;

function childByLabel(list: readonly Provision[], label: string, kinds?: readonly Provision['kind'][]): Provision | undefined {
  return list.find((p) => p.label === label && (!kinds || kinds.includes(p.kind)));
}

/** Follow labels down from a list of provisions ("2", "b" → subsection 2, paragraph b). */
function descend(list: readonly Provision[], labels: readonly string[]): Provision | undefined {
  let current: Provision | undefined;
  let children = list;
  for (const label of labels) {
    current =
      childByLabel(children, label) ??
      children
        .filter((p) => p.kind === 'text')
        .map((t) => childByLabel(t.children, label))
        .find(Boolean);
    if (!current) return undefined;
    children = current.children;
  }
  return current;
}

/** Resolve one reference made from inside `ancestors` (outermost first) of `owner`. */
export function resolveReference(
  bill: Bill,
  ref: FoundReference,
  owner: Section | Schedule,
  ancestors: readonly Provision[],
  index: {sections: Map<string, Section>}
): string | undefined {
  switch (ref.kind) {
    case 'part':
      return bill.body.find((b) => b.kind === 'part' && b.number === ref.path[0])?.eId;
    case 'schedule':
      return bill.schedules.find((s) => s.number === ref.path[0])?.eId;
    case 'section': {
      const section = index.sections.get(ref.path[0]!);
      if (!section) return undefined;
      return ref.path.length === 1 ? section.eId : descend(section.children, ref.path.slice(1))?.eId;
    }
    default: {
      // Relative references: the nearest enclosing level that has the cited label.
      const kinds =
        ref.kind === 'subsection'
          ? (['subsection'] as const)
          : ref.kind === 'paragraph'
            ? (['paragraph'] as const)
            : (['subparagraph'] as const);
      const levels: Array<readonly Provision[]> = [...ancestors.map((a) => a.children).reverse(), owner.children];
      for (const list of levels) {
        const first =
          childByLabel(list, ref.path[0]!, kinds) ??
          list
            .filter((p) => p.kind === 'text')
            .map((t) => childByLabel(t.children, ref.path[0]!, kinds))
            .find(Boolean);
        if (first) return ref.path.length === 1 ? first.eId : descend(first.children, ref.path.slice(1))?.eId;
      }
      // "paragraph (h) of subsection (1)": not in scope here, but unambiguous in the section.
      const everywhere: Provision[] = [];
      const collect = (list: readonly Provision[]) => {
        for (const p of list) {
          if (p.label === ref.path[0] && (kinds as readonly string[]).includes(p.kind)) everywhere.push(p);
          collect(p.children);
        }
      };
      collect(owner.children);
      return everywhere.length === 1
        ? ref.path.length === 1
          ? everywhere[0]!.eId
          : descend(everywhere[0]!.children, ref.path.slice(1))?.eId
        : undefined;
    }
  }
}

/** Split a block's runs so each reference is its own run carrying `ref`. */
function splitRuns(block: TextBlock, cuts: Array<{index: number; length: number; eId: string}>): Run[] {
  if (cuts.length === 0) return block.runs;
  const out: Run[] = [];
  let offset = 0;
  for (const run of block.runs) {
    const end = offset + run.text.length;
    let at = offset;
    const shift = (pos: number): SourcePoint | undefined =>
      run.start ? {...run.start, column: run.start.column + (pos - offset), offset: run.start.offset + (pos - offset)} : undefined;
    for (const cut of cuts) {
      const from = Math.max(cut.index, at);
      const to = Math.min(cut.index + cut.length, end);
      if (from >= to) continue;
      if (from > at) out.push({...run, text: run.text.slice(at - offset, from - offset), start: shift(at)});
      out.push({...run, text: run.text.slice(from - offset, to - offset), start: shift(from), ref: cut.eId});
      at = to;
    }
    if (at < end) out.push({...run, text: run.text.slice(at - offset), start: shift(at)});
    offset = end;
  }
  return out;
}

/** Where a reference starts in the source, for messages. */
function pointOf(block: TextBlock, index: number): Point | undefined {
  let offset = 0;
  for (const run of block.runs) {
    if (index < offset + run.text.length && run.start) return {line: run.start.line, column: run.start.column + (index - offset)};
    offset += run.text.length;
  }
  return block.position?.start;
}

/**
 * The words that end the name of an enactment or instrument a reference can
 * cite ("the Firearms and Weapons Act 1990", "the Criminal Code", "article 2 of
 * the Convention"). "this Act" is the bill itself and never matches, nor does a bare "the Act".
 */
const otherEnactment =
  /^\s*,?\s+(?:of|to)\s+(?!this\b)(?:the\s+)?(?:(?:[A-Z[][\w'’.()[\]-]*\s+(?:(?:and|of|for|on|the|in|to|&)\s+)*)+?(?:Act|Acts|Ordinance|Code|Decree|Law|Regulations?|Order|Rules|Statute|Proclamation)|Convention|Constitution|Protocol|[Aa]rticle)\b/;

/**
 * The quoted passage an amendment inserts, in a block: `[start, end)` or none. A passage opens with a quotation mark at
 * the start of the block after an instruction that ends in a colon ("…, insert:") and runs, over several blocks if
 * need be, to its closing mark. Quotation marks inside a sentence are not followed: a stray one must not silence the
 * references after it.
 */
function insertedPassage(text: string, state: {open: boolean; afterColon: boolean}): [number, number] | undefined {
  let from: number | undefined;
  let search = 0;
  if (state.open) from = 0;
  else if (state.afterColon && /^\s*["“]/.test(text)) {
    from = text.search(/["“]/);
    search = from + 1;
  }
  state.afterColon = /:\s*$/.test(text);
  if (from === undefined) return undefined;
  const close = /["”]/.exec(text.slice(search));
  state.open = !close;
  return [from, close ? search + close.index + 1 : text.length];
}

/**
 * The references in a block that cite another enactment, not the bill: those followed by "of the … Act" (or another
 * enactment's name), the relative references (subsection, paragraph…) after one in the same sentence, and every
 * reference inside `quoted` spans (the passage an amendment inserts belongs to the Act amended).
 */
export function externalReferences(
  text: string,
  refs: readonly FoundReference[],
  quoted: ReadonlyArray<[number, number]> = []
): Set<FoundReference> {
  const external = new Set<FoundReference>();
  let citingUntil = -1;
  for (const ref of refs) {
    if (quoted.some(([from, to]) => ref.index >= from && ref.index < to)) {
      external.add(ref);
      continue;
    }
    let at = ref.index + ref.text.length;
    for (let more = listItem.exec(text.slice(at)); more; more = listItem.exec(text.slice(at))) at += more[0].length;
    if (otherEnactment.test(text.slice(at))) {
      external.add(ref);
      // The sentence goes on citing the other Act: "In section 3(1) of the Arms Act 1983, … after paragraph (f), insert:".
      const end = /[.;:](?=\s|$)/.exec(text.slice(at));
      citingUntil = Math.max(citingUntil, end ? at + end.index : text.length);
    } else if (ref.index < citingUntil && ref.kind !== 'section' && ref.kind !== 'part' && ref.kind !== 'schedule') external.add(ref);
  }
  return external;
}

/** Link every cross-reference in the bill's provisions (runs gain `ref`); unresolved ones become warnings on the bill. */
export function linkReferences(bill: Bill): void {
  const sections = new Map(allSections(bill).map((s) => [s.number, s]));
  const quoting = {open: false, afterColon: false};
  let lastOwner: Section | Schedule | undefined;
  for (const {provision, owner, ancestors} of provisions(bill)) {
    const block = provision.block;
    const cuts: Array<{index: number; length: number; eId: string}> = [];
    if (owner !== lastOwner) Object.assign(quoting, {open: false, afterColon: false});
    lastOwner = owner;
    const passage = insertedPassage(block.text, quoting);
    const found = findReferences(block.text);
    const external = externalReferences(block.text, found, passage ? [passage] : []);
    for (const ref of found) {
      if (external.has(ref)) continue;
      const eId = resolveReference(bill, ref, owner, [...ancestors, provision], {sections});
      if (eId) cuts.push({index: ref.index, length: ref.text.length, eId});
      // "the Schedule" in a bill with numbered schedules (or none) is prose, not a citation to check.
      else if (ref.kind === 'schedule' && ref.path[0] === '') continue;
      else {
        bill.messages.push(
          diagnostic(`Unresolved reference \`${ref.text}\`, expected a ${ref.kind} that exists in the bill; exported as plain text`, {
            file: bill.path,
            place: pointOf(block, ref.index),
            ruleId: 'unresolved-reference',
            source: 'export',
            fatal: false
          })
        );
      }
    }
    block.runs = splitRuns(block, cuts);
  }
}
