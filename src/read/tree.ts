/**
 * Building the provisions of one section or schedule from labelled blocks:
 * which label opens a subsection, a paragraph, a subparagraph or a clause,
 * where each block hangs, its Akoma Ntoso `eId`, its runs and the term it
 * defines. Shared by the lenient and the strict reader so that both give
 * the same tree for the same text.
 */
import type {VFileMessage} from 'vfile-message';
import type {Provision, ProvisionKind, Run, Schedule, Section, SourcePoint, Span, TextBlock} from '../bill/model.js';
import {diagnostic} from '../util/diagnostics.js';
import {type Locate, markdownRuns, plainRuns} from './inline.js';
import {cleanInvisible, fold, labelRank} from './lines.js';

/** How the reader treats the layout: `lenient` for any Act, `strict` for the tool's own drafts. */
export type ReadMode = 'lenient' | 'strict';

/** How inline text is written: Markdown (emphasis, escapes) or plain text. */
export type InlineSyntax = 'markdown' | 'plain';

/** One piece of a block's inline source, with where it starts in the file. */
interface Piece {
  source: string;
  /** Where each run starts; absent when positions inside blocks are not needed (lenient reading). */
  locate?: Locate | undefined;
}

/** A provision being built: its pieces become runs when the owner is finished. */
interface Open {
  provision: Provision;
  rank: number;
  pieces: Piece[];
  end: SourcePoint;
}

const romanPattern = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const definitionVerb = /^[,\s]*(?:in relation to [^,]*,\s*)?(means|includes|does not include|has the meaning)\b/;
const quotedDefinition =
  /^["“‘']([^"”’']{1,80})["”’']\s*(?:,[^,]{0,60},\s*)?(?:means|includes|has the (?:same )?meaning|does not include)\b/u;

/** How closing words after a list of paragraphs begin: `, is guilty of`, `shall be liable`, `commits an offence`. */
const CLOSING_WORDS =
  /^,?\s?(?:(?:he|she|it|they|that person|the person|such person|the offender)\s)?(?:is|are|shall|commits?|will|be|becomes?|may be)\s/;

function nextLetter(label: string): string {
  return label.length === 1 && label < 'z' ? String.fromCharCode(label.charCodeAt(0) + 1) : '';
}

/** Where the builder reports what it finds. */
export interface TreeContext {
  mode: ReadMode;
  inline: InlineSyntax;
  path: string;
  source: string;
  eIds: Set<string>;
  messages: VFileMessage[];
  errors: VFileMessage[];
}

/** The provisions of one section or schedule, built block by block. */
export class OwnerTree {
  readonly #context: TreeContext;
  readonly #owner: Section | Schedule;
  readonly #all: Open[] = [];
  #stack: Open[] = [];
  #textCount = new Map<string, number>();
  #lastLetter: string | undefined;
  #lastRoman: string | undefined;
  #seenPaths = new Set<string>();

  constructor(owner: Section | Schedule, context: TreeContext) {
    this.#owner = owner;
    this.#context = context;
  }

  /** Whether any provision has been opened. */
  get empty(): boolean {
    return this.#all.length === 0;
  }

  /** The provision that continuation text joins (the last opened). */
  get current(): Open | undefined {
    return this.#stack.at(-1);
  }

  /** Whether the last provision opened is an unlabelled block at the top. */
  get currentIsTopText(): boolean {
    const top = this.#stack.at(-1);
    return top !== undefined && top.provision.kind === 'text' && this.#stack.length === 1;
  }

  #unique(eId: string, at: SourcePoint): string {
    const ids = this.#context.eIds;
    if (!ids.has(eId)) {
      ids.add(eId);
      return eId;
    }
    let n = 2;
    while (ids.has(`${eId}_${n}`)) n++;
    if (this.#context.mode === 'strict')
      this.#warn(
        `Duplicate number gives a second \`${eId}\`, expected unique numbers; exported as \`${eId}_${n}\``,
        at,
        'duplicate-number'
      );
    ids.add(`${eId}_${n}`);
    return `${eId}_${n}`;
  }

  #warn(reason: string, at: SourcePoint | Span, ruleId: string): void {
    this.#context.messages.push(
      diagnostic(reason, {
        file: this.#context.path,
        place: at,
        ruleId,
        source: this.#context.mode === 'strict' ? 'export' : 'act',
        fatal: false
      })
    );
  }

  #error(reason: string, at: SourcePoint, ruleId: string): void {
    this.#context.errors.push(diagnostic(reason, {file: this.#context.path, place: at, ruleId, source: 'export'}));
  }

  /** The kind and rank of a label, as the mode reads it. */
  #classify(value: string): {kind: ProvisionKind; rank: number} | undefined {
    if (this.#context.mode === 'strict') {
      const paragraph = [...this.#stack].reverse().find((o) => o.provision.kind === 'paragraph');
      if (/^\d/.test(value)) return {kind: 'subsection', rank: 1};
      if (paragraph && value === nextLetter(paragraph.provision.label)) return {kind: 'paragraph', rank: 2};
      if (romanPattern.test(value) && paragraph) return {kind: 'subparagraph', rank: 3};
      if (romanPattern.test(value) && !['i', 'v', 'x', 'c', 'l'].includes(value)) return {kind: 'subparagraph', rank: 3};
      return {kind: 'paragraph', rank: 2};
    }
    const rank = labelRank(value, {lastLetter: this.#lastLetter, lastRoman: this.#lastRoman});
    const kind: ProvisionKind = rank === 1 ? 'subsection' : rank === 2 ? 'paragraph' : rank === 3 ? 'subparagraph' : 'clause';
    return {kind, rank};
  }

  /**
   * Open a labelled provision (`(2)`, `(b)`, `(iv)`, `(A)`) whose own text
   * starts with `piece` (empty when another label follows on the same line).
   */
  label(num: string, value: string, piece: Piece | undefined, start: SourcePoint, end: SourcePoint): void {
    const kindRank = this.#classify(value)!;
    const {kind, rank} = kindRank;
    if (this.#context.mode === 'strict' && kind === 'subparagraph' && !this.#stack.some((o) => o.provision.kind === 'paragraph')) {
      this.#error(
        `Unexpected subparagraph \`(${value})\` with no paragraph before it, expected a paragraph \`(a)\` first`,
        start,
        'orphan-subparagraph'
      );
      return;
    }
    // Strict: a paragraph hangs under the last subsection or unlabelled block, a subparagraph under its paragraph.
    while (this.#stack.length > 0 && this.#stack.at(-1)!.rank >= rank) this.#stack.pop();
    if (rank === 1) {
      this.#lastLetter = undefined;
      this.#lastRoman = undefined;
    } else if (rank === 2) {
      this.#lastLetter = value;
      this.#lastRoman = undefined;
    } else if (rank === 3) this.#lastRoman = value;
    const parent = this.#stack.at(-1);
    const siblings = parent ? parent.provision.children : this.#owner.children;
    const path = [...(parent ? parent.provision.path : []), value];
    const key = path.join('/');
    if (this.#context.mode === 'lenient' && this.#seenPaths.has(key)) {
      const where = this.#owner.kind === 'section' ? `section ${this.#owner.number}` : 'the schedule';
      this.#warn(`Unexpected duplicate provision ${num} in ${where}, expected each label once`, start, 'duplicate-provision');
    }
    this.#seenPaths.add(key);
    if (this.#context.mode === 'strict') this.#checkSequence(kind, value, siblings, start);
    const prefix = kind === 'subsection' ? 'subsec' : kind === 'paragraph' ? 'para' : kind === 'subparagraph' ? 'subpara' : 'clause';
    const provision: Provision = {
      kind,
      label: value,
      num,
      path,
      block: {runs: [], text: ''},
      children: [],
      eId: this.#unique(`${parent?.provision.eId ?? this.#owner.eId}__${prefix}_${value}`, start),
      position: {start, end}
    };
    siblings.push(provision);
    const open: Open = {provision, rank, pieces: piece ? [piece] : [], end};
    this.#all.push(open);
    this.#stack.push(open);
  }

  /** Open an unlabelled block at the top of the owner (a definition, a section without subsections). */
  text(piece: Piece, start: SourcePoint, end: SourcePoint): void {
    this.#stack = [];
    this.#lastLetter = undefined;
    this.#lastRoman = undefined;
    // Paragraphs after a new definition are its own (a), (b) …, not those of the definition before.
    this.#seenPaths.clear();
    const key = this.#owner.eId;
    const n = (this.#textCount.get(key) ?? 0) + 1;
    this.#textCount.set(key, n);
    const provision: Provision = {
      kind: 'text',
      label: '',
      num: '',
      path: [],
      block: {runs: [], text: ''},
      children: [],
      eId: this.#unique(`${key}__hcontainer_${n}`, start),
      position: {start, end}
    };
    this.#owner.children.push(provision);
    const open: Open = {provision, rank: 1, pieces: [piece], end};
    this.#all.push(open);
    this.#stack.push(open);
  }

  /**
   * Closing words after a list of paragraphs ("Any person who— (a) … (d) …,
   * is guilty of a felony"): they finish the lead-in's sentence for every
   * paragraph, so they become an unlabelled block under the lead-in's
   * provision, after its paragraphs (Akoma Ntoso's wrap-up), not the last
   * paragraph's text. Returns whether `piece` was read as such.
   */
  closing(piece: Piece, clean: string, start: SourcePoint, end: SourcePoint): boolean {
    const top = this.#stack.at(-1);
    if (!top || top.provision.kind === 'text' || top.rank < 2 || !CLOSING_WORDS.test(clean)) return false;
    // The paragraph before ends as a list item does (`…,` `…; or`), not in the middle of a sentence.
    if (!/(?:[,;]|\b(?:or|and))$/.test(top.pieces.at(-1)?.source.trimEnd() ?? '')) return false;
    let k = this.#stack.length - 2;
    while (k >= 0 && this.#stack[k]!.rank >= top.rank) k--;
    const parent = this.#stack[k];
    // The lead-in leaves its sentence open: "Any person who—", "the person:".
    if (!parent || !/(?:[\u2014\u2013:-]|\b(?:who|which|that|if|where|by))$/.test(parent.pieces.at(-1)?.source.trimEnd() ?? ''))
      return false;
    this.#stack.length = k + 1;
    const key = parent.provision.eId;
    const n = (this.#textCount.get(key) ?? 0) + 1;
    this.#textCount.set(key, n);
    const provision: Provision = {
      kind: 'text',
      label: '',
      num: '',
      path: [...parent.provision.path],
      block: {runs: [], text: ''},
      children: [],
      eId: this.#unique(`${key}__wrapUp${n > 1 ? `_${n}` : ''}`, start),
      position: {start, end}
    };
    parent.provision.children.push(provision);
    const open: Open = {provision, rank: top.rank, pieces: [piece], end};
    this.#all.push(open);
    this.#stack.push(open);
    return true;
  }

  /** Continue the current provision's text (a wrapped line, or a closing sentence after its paragraphs). */
  continue(piece: Piece, end: SourcePoint): boolean {
    const current = this.#stack.at(-1);
    if (!current) return false;
    current.pieces.push(piece);
    current.end = end;
    if (current.provision.position) current.provision.position.end = end;
    return true;
  }

  #checkSequence(kind: ProvisionKind, label: string, siblings: readonly Provision[], at: SourcePoint): void {
    const previous = siblings.filter((p) => p.kind === kind).at(-1);
    if (!previous) return;
    const owner = this.#owner;
    if (kind === 'subsection' && Number.parseInt(label, 10) !== Number.parseInt(previous.label, 10) + 1) {
      this.#warn(
        `Unexpected subsection \`(${label})\` after \`(${previous.label})\` in ${owner.kind} ${owner.number}, expected \`(${Number.parseInt(previous.label, 10) + 1})\``,
        at,
        'subsection-sequence'
      );
    }
    if (kind === 'paragraph' && label !== nextLetter(previous.label) && previous.label.length === 1) {
      this.#warn(
        `Unexpected paragraph \`(${label})\` after \`(${previous.label})\`, expected \`(${nextLetter(previous.label)})\``,
        at,
        'paragraph-sequence'
      );
    }
  }

  /** Give every provision its runs, plain text and defined term. */
  finish(): void {
    for (const open of this.#all) {
      const block = blockOf(open.pieces, this.#context.inline);
      if (this.#context.mode === 'lenient') {
        // Any Act: odd spaces and invisible marks (bidi controls, soft hyphens) are not text to analyse or quote.
        for (const run of block.runs) run.text = cleanInvisible(run.text);
        block.text = block.runs.map((r) => r.text).join('');
      }
      block.position = open.provision.position ? {start: open.provision.position.start, end: open.end} : undefined;
      open.provision.block = block;
      const term = definedTerm(block);
      if (term) open.provision.defines = term;
    }
  }
}

/** The text block of some pieces of inline source. */
export function blockOf(pieces: readonly Piece[], inline: InlineSyntax): TextBlock {
  const runs: Run[] = [];
  for (const [i, piece] of pieces.entries()) {
    const own = inline === 'markdown' ? markdownRuns(piece.source, piece.locate) : plainRuns(piece.source, piece.locate);
    if (i > 0 && own.length > 0 && runs.length > 0) runs.push({text: ' '});
    runs.push(...own);
  }
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) last.text += run.text;
    else if (run.text !== '') merged.push({...run});
  }
  // Trim the block's outer spaces (the runs keep their inner spacing as written).
  if (merged.length > 0) {
    merged[0]!.text = merged[0]!.text.replace(/^\s+/, '');
    merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.replace(/\s+$/, '');
  }
  const runsOut = merged.filter((r) => r.text !== '');
  return {runs: runsOut, text: runsOut.map((r) => r.text).join('')};
}

/** The term a block defines: `**term** means …`, "In this section, **officer** means …", `“term” means …`. */
export function definedTerm(block: TextBlock): string | undefined {
  const first = block.runs[0];
  if (first?.bold && definitionVerb.test(block.text.slice(first.text.length))) return first.text.trim();
  const index = block.runs.findIndex((r, i) => r.bold && i > 0 && definitionVerb.test(block.runs[i + 1]?.text ?? ''));
  if (index > 0) return block.runs[index]!.text.trim();
  const quoted = quotedDefinition.exec(block.text);
  return quoted ? fold(quoted[1]!) : undefined;
}

export type {Piece};
