/**
 * The reader's state machine: lines in, a {@link Bill} out.
 *
 * Each line is first classified on its own ({@link classifyLine}: a heading
 * and what it names, a labelled provision, a list item, a rule, plain
 * text…); the machine then moves between explicit states (`front`,
 * `contents`, `body`, `schedule`) and builds Parts, sections, provisions
 * and schedules. Two sets of transitions share the classifier and the tree
 * builder:
 *
 * - **lenient**, for any Act as typed or converted: plain or bold section
 *   lines (`6 Offences`, `**6.** Offences`, `2.—(1) In this Act…`), Parts
 *   and Divisions as headings, bold lines or plain lines, cross-headings, a
 *   contents block skipped, labels at any line start, wrapped lines;
 * - **strict**, for the tool's own drafts (docs/developing.md, "What
 *   `ccm-draft build` writes"): only the layout `build` writes is accepted,
 *   anything else stops reading with positioned errors so that no export is
 *   written from a guess.
 *
 * It is not a full Markdown parse: a 1,000-section Act must be read in a
 * fraction of the time remark takes to parse it. Every pattern looks at a
 * bounded prefix of a line, so a huge single line cannot make reading slow.
 */
import type {VFileMessage} from 'vfile-message';
import type {Bill, Part, Provision, Schedule, Section, SourceFormat, SourcePoint, Span, TextBlock} from '../bill/model.js';
import {allSections} from '../bill/model.js';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {excessiveNesting} from '../util/nesting.js';
import type {Locate} from './inline.js';
import {
  atxHeading,
  classifyHeading,
  compareNumbers,
  CROSS_HEADING_RANK,
  fold,
  HEAD_LIMIT,
  isEmphasisLine,
  isTableDelimiter,
  type LineKind,
  listMarker,
  normalise,
  provisionLabel,
  type SourceLine,
  splitLines,
  stripBold,
  stripEmphasis,
  stripIndent,
  tableCells
} from './lines.js';
import {blockOf, type InlineSyntax, OwnerTree, type ReadMode, type TreeContext} from './tree.js';

/** Options for {@link readLines}. */
export interface MachineOptions {
  path: string;
  mode: ReadMode;
  inline: InlineSyntax;
  format: SourceFormat;
  /** Do not treat a "Contents" block specially (used internally as a fallback). */
  ignoreContents?: boolean | undefined;
  /**
   * Build each section's provisions only when first read (lenient mode). For
   * compare, which pairs most sections by their text alone; warnings about
   * provisions then come when (and if) the provisions are read.
   */
  lazy?: boolean | undefined;
}

/** How a line presents itself. */
type Shape = 'atx' | 'emphasis' | 'bold-start' | 'plain';

/** One line, classified on its own. */
interface Classified {
  shape: Shape;
  level: number;
  kind: LineKind;
}

/** The machine's states. */
type State = 'front' | 'contents' | 'body' | 'schedule';

const SOURCE = 'act';

/** The heading of the arrangement of sections in the tool's own drafts (both house styles). */
const ARRANGEMENT_HEADING = /^(?:Arrangement of (?:sections|provisions|clauses)|Contents)$/i;

/**
 * Sort the text before the body into the long title ("A Bill for an Act
 * to …", first), the enacting formula and the rest (recitals). The tool's
 * own drafts (strict) are held to the words `build` prints: the enacting
 * formula ends "as follows:".
 */
function sortFront(
  blocks: readonly TextBlock[],
  mode: ReadMode
): {longTitle: TextBlock | undefined; enactingFormula: TextBlock | undefined; preamble: TextBlock[]} {
  let longTitle: TextBlock | undefined;
  let enactingFormula: TextBlock | undefined;
  const preamble: TextBlock[] = [];
  const strict = mode === 'strict';
  for (const block of blocks) {
    const first = !longTitle && !enactingFormula && preamble.length === 0;
    if (first && (strict ? /^(A|An)\s+(Bill|Act)\b/ : /^(?:\*\*)?(?:A|An)\s+(?:Bill|Act)\b/i).test(block.text)) longTitle = block;
    else if (!enactingFormula && /\benact/i.test(block.text) && (!strict || /as follows:?\s*$/i.test(block.text))) enactingFormula = block;
    else preamble.push(block);
  }
  return {longTitle, enactingFormula, preamble};
}

/** A definition's first line: "cluster munition means …", "“State Party” includes …". */
const definitionStart =
  /^["“‘']?[\p{L}*_][^.;:"”]{0,80}?["”’']?\s*(?:,[^,]{0,60},\s*)?(?:means|includes|has the (?:same )?meaning|does not include)\b/u;

const DEFINITIONS_HEADING = /\b(?:interpretation|definitions?|meaning of)\b/i;
/** A line that opens with a quotation mark (a quoted defined term). */
const QUOTE_OPENS = /^["“‘]/;

/** Classify a line by its shape and, when heading-like, by what it names. */
export function classifyLine(raw: string): Classified {
  // Most lines of an Act start with a label (`(1) A person…`): nothing a heading can start with.
  const first = raw.charCodeAt(0);
  if (first === 40 /* ( */) return {shape: 'plain', level: 0, kind: {kind: 'other', text: raw}};
  const bounded = raw.length > HEAD_LIMIT ? raw.slice(0, HEAD_LIMIT) : raw;
  const atx = atxHeading(bounded);
  if (atx) {
    const content = normalise(atx.content);
    return {shape: 'atx', level: atx.level, kind: withTail(classifyHeading(content, true), raw, bounded)};
  }
  const indent = stripIndent(bounded);
  const body = normalise(indent.text);
  if (isEmphasisLine(body)) return {shape: 'emphasis', level: 0, kind: classifyHeading(stripEmphasis(body))};
  if (body.startsWith('**') || body.startsWith('__')) {
    const kind = classifyHeading(stripBold(body));
    if (kind.kind !== 'other') return {shape: 'bold-start', level: 0, kind: withTail(kind, raw, bounded)};
  }
  return {shape: 'plain', level: 0, kind: withTail(classifyHeading(body), raw, bounded)};
}

/** When the line was cut for classification, the section body goes on past the cut. */
function withTail(kind: LineKind, raw: string, bounded: string): LineKind {
  if (raw.length === bounded.length || kind.kind !== 'section') return kind;
  return {...kind, rest: kind.rest + raw.slice(bounded.length)};
}

/** A body line with its labels read, ready to go into the provision tree (now, or when first needed). */
interface ParsedLine {
  line: SourceLine;
  labels: Array<{num: string; value: string; column: number}>;
  own: string;
  ownColumn: number;
  clean: string;
  afterBlank: boolean;
  /** What the line adds to the section's plain text (labels as printed, then the text). */
  bodyText: string;
  /** A table row (its own block), a table's header or delimiter row (text only, no block). */
  table?: 'row' | 'skip' | undefined;
}

/** The table a section or schedule is reading: the header row's cells. */
interface TableState {
  header: string[] | undefined;
  rows: number;
}

/** A body line kept as it is, read when the section's text or provisions are first needed. */
interface RawBodyLine {
  line: SourceLine;
  raw: string;
  column0: number;
  afterBlank: boolean;
}

/** The body of a lazily read section: its lines as read, what its accessors return, and the work that fills it when first read. */
interface LazyBody {
  /** The body lines, read when the section's text or provisions are first needed. */
  lines: RawBodyLine[];
  children: Provision[];
  text: string;
  fillChildren: (() => void) | undefined;
  fillText: (() => void) | undefined;
}

/** Where a lazily read section keeps its body (not enumerable: spreads and JSON see `children` and `text`). */
const LAZY = Symbol('lazy body');
type LazySection = Section & {[LAZY]: LazyBody};

/**
 * A lazy section's `children` and `text`: own, enumerable, settable
 * accessors, in the order and with the behaviour of a plain section's data
 * properties, whose functions every section shares. Accessors written in an
 * object literal are new functions for each object, which puts every one of
 * 1,000 sections in V8's slow dictionary mode (about 1 KB each, slow to
 * read); shared ones keep one compact shape for all.
 */
const LAZY_SECTION: PropertyDescriptorMap = {
  children: {
    configurable: true,
    enumerable: true,
    get(this: LazySection): Provision[] {
      const body = this[LAZY];
      const fill = body.fillChildren;
      if (fill) {
        body.fillChildren = undefined;
        fill();
      }
      return body.children;
    },
    set(this: LazySection, value: Provision[]): void {
      const body = this[LAZY];
      body.fillChildren = undefined;
      body.children = value;
    }
  },
  text: {
    configurable: true,
    enumerable: true,
    get(this: LazySection): string {
      const body = this[LAZY];
      const fill = body.fillText;
      if (fill) {
        body.fillText = undefined;
        fill();
      }
      return body.text;
    },
    set(this: LazySection, value: string): void {
      const body = this[LAZY];
      body.fillText = undefined;
      body.text = value;
    }
  }
};

/** A section whose provisions and text are read when first asked for (see {@link LAZY_SECTION}). */
function lazySection(number: string, heading: string, containers: string[], body: LazyBody): Section {
  const section = {kind: 'section', number, heading, eId: '', containers} as Section;
  Object.defineProperties(section, LAZY_SECTION);
  Object.defineProperty(section, LAZY, {value: body});
  return section;
}

/**
 * A section being read. A class (its objects share one shape, and making one
 * is cheap) whose provision tree is made when first used: a lazily read
 * section needs none until its body is read, and most never are.
 */
class SectionState {
  #tree: OwnerTree | undefined;
  readonly table: TableState = {header: undefined, rows: 0};
  lastLine: SourceLine;
  readonly body: string[] = [];
  constructor(
    readonly section: Section,
    readonly context: TreeContext,
    readonly startLine: SourceLine,
    /** Lazy reading: the body lines and what the section's accessors return (see {@link lazySection}). */
    readonly lazyBody: LazyBody | undefined
  ) {
    this.lastLine = startLine;
  }
  get tree(): OwnerTree {
    this.#tree ??= new OwnerTree(this.section, this.context);
    return this.#tree;
  }
}

interface ScheduleState {
  schedule: Schedule;
  tree: OwnerTree;
  table: TableState;
  level: number;
  startLine: SourceLine;
  lastLine: SourceLine;
  body: string[];
  afterBlank: boolean;
}

/** AKN `eId` prefixes of containers. */
const CONTAINER_PREFIX: Record<string, string> = {
  chapter: 'chp',
  part: 'part',
  subpart: 'subpart',
  'sub-part': 'subpart',
  division: 'dvs',
  subdivision: 'subdvs',
  'sub-division': 'subdvs'
};

/**
 * Read lines of Markdown (or of text converted to it) into a Bill. Lenient
 * mode never throws on content (what cannot be read is in `messages`; an
 * empty input or one without sections gets a fatal message); strict mode
 * throws an {@link InputError} with every layout error.
 */
export function readLines(input: string, options: MachineOptions): Bill {
  const reader = new Reader(input, options);
  const bill = reader.run();
  if (options.mode === 'lenient' && allSections(bill).length === 0 && reader.sawContents && !options.ignoreContents) {
    // The contents block never ended: read again treating it as the body.
    const again = readLines(input, {...options, ignoreContents: true});
    if (allSections(again).length > 0) {
      again.messages.unshift(
        diagnostic('Unexpected contents block without a following body, expected the sections after it; read it as the body', {
          file: options.path,
          ruleId: 'unterminated-contents',
          source: SOURCE,
          fatal: false
        })
      );
    }
    return again;
  }
  return bill;
}

class Reader {
  readonly source: string;
  readonly options: MachineOptions;
  readonly lines: SourceLine[];
  readonly messages: VFileMessage[] = [];
  readonly errors: VFileMessage[] = [];
  readonly context: TreeContext;
  state: State = 'front';
  sawContents = false;

  title: TextBlock | undefined;
  front: TextBlock[] = [];
  body: Array<Part | Section> = [];
  schedules: Schedule[] = [];
  containers: Array<{rank: number; label: string}> = [];
  part: Part | undefined;
  current: SectionState | undefined;
  schedule: ScheduleState | undefined;
  sectionCount = 0;

  // Lenient bookkeeping.
  tocLevel = 0;
  tocFirstSection: string | undefined;
  tocFirstContainer: string | undefined;
  outsideWarned = false;
  /** The highest section number so far (a plain numbered line below it does not start a section). */
  lastNumber: string | undefined;
  /** The number of the section before (order is checked against it, so one moved section is one warning, not one per section after it). */
  previousNumber: string | undefined;
  /** Where the section before was, and the number before it (a section out of order is told apart from the one after it). */
  previousLine: SourceLine | undefined;
  beforePrevious: string | undefined;
  firstSeen = new Map<string, SourceLine>();
  /** A run of duplicate numbers being read (1, 2, 3 again): warned about once, when it ends. */
  duplicates: {line: SourceLine; first: string; last: string; numbers: string[]; earlier: SourceLine} | undefined;
  dotted: boolean | undefined;
  mixedWarned = false;
  /**
   * An amending section printing the provisions it inserts into another Act
   * ("After section 140 insert: 140A …"): those are sections in their own
   * right, numbered in the other Act's sequence, until the amending Act's
   * own numbering resumes.
   */
  insertion: {by: string; innerLast: string | undefined; containers: Array<{rank: number; label: string}>} | undefined;
  /** Where a body line announced an insertion ("the following new Chapter—"), and by which section. */
  insertionAt = -1;
  insertionBy = '';

  // Strict bookkeeping.
  pending: SourceLine[] = [];
  /** An arrangement heading was read (`## Arrangement of sections`, `## Contents`). */
  arrangementSeen = false;
  /** The arrangement came before the title (the Westminster house style). */
  arrangementFirst = false;
  arrangement: Array<{text: string; position: SourcePoint}> = [];
  fence: string | undefined;

  constructor(input: string, options: MachineOptions) {
    this.source = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
    this.options = options;
    this.lines = splitLines(this.source);
    this.context = {
      mode: options.mode,
      inline: options.inline,
      path: options.path,
      source: this.source,
      eIds: new Set(),
      messages: this.messages,
      errors: this.errors
    };
  }

  point(line: SourceLine, column = 1): SourcePoint {
    return {line: line.index + 1, column, offset: line.start + column - 1};
  }

  endPoint(line: SourceLine): SourcePoint {
    return {line: line.index + 1, column: line.end - line.start + 1, offset: line.end};
  }

  /** A locator for inline source that starts at `column` of `line`. */
  locate(line: SourceLine, column: number): Locate {
    return (offset) => ({line: line.index + 1, column: column + offset, offset: line.start + column - 1 + offset});
  }

  warn(reason: string, line: SourceLine, ruleId: string, extra: {note?: string; cause?: VFileMessage} = {}): void {
    this.messages.push(
      diagnostic(reason, {
        file: this.options.path,
        place: {start: this.point(line), end: this.endPoint(line)},
        ruleId,
        source: SOURCE,
        fatal: false,
        ...(extra.note ? {note: extra.note} : {}),
        ...(extra.cause ? {cause: extra.cause} : {})
      })
    );
  }

  strictError(reason: string, at: SourcePoint, ruleId: string): void {
    this.errors.push(diagnostic(reason, {file: this.options.path, place: at, ruleId, source: 'export'}));
  }

  /** A Markdown block a bill cannot hold, named as a person would ("a list"), in a sentence that reads as English. */
  unexpectedBlock(what: string, at: SourcePoint): void {
    this.strictError(
      `Found ${what} where a bill has only paragraphs labelled \`(1)\`, \`(a)\` or \`(i)\`; write each item as its own labelled paragraph`,
      at,
      'unexpected-block'
    );
  }

  strictWarn(reason: string, at: SourcePoint | undefined, ruleId: string): void {
    this.messages.push(diagnostic(reason, {file: this.options.path, place: at, ruleId, source: 'export', fatal: false}));
  }

  run(): Bill {
    if (this.source.trim() === '') {
      if (this.options.mode === 'strict')
        throw new InputError(
          diagnostic('Missing title, expected the short title as a `#` heading on the first line', {
            file: this.options.path,
            place: {line: 1, column: 1},
            ruleId: 'missing-title',
            source: 'export'
          })
        );
      this.messages.push(
        diagnostic('Unexpected empty file, expected the text of an Act', {file: this.options.path, ruleId: 'empty-act', source: SOURCE})
      );
      return this.bill();
    }
    if (this.options.mode === 'strict') this.runStrict();
    else this.runLenient();
    return this.bill();
  }

  // ------------------------------------------------------------------ building

  closeSection(): void {
    const s = this.current;
    if (!s) return;
    this.current = undefined;
    const start = this.point(s.startLine);
    const end = this.endPoint(s.lastLine);
    if (s.lazyBody) {
      // Lazy: the body is read the first time someone asks for the text or the provisions.
      const {section, lazyBody} = s;
      let parsed: ParsedLine[] | undefined;
      const table: TableState = {header: undefined, rows: 0};
      const lines = (): ParsedLine[] =>
        (parsed ??= lazyBody.lines.map((d) => this.parseBodyLine(d.line, d.raw, d.column0, d.afterBlank, table)));
      lazyBody.fillChildren = () => {
        lazyBody.children = [];
        // The tree is made only now (SectionState.tree), for the sections whose provisions someone reads.
        const tree = s.tree;
        for (const line of lines()) this.applyLine(tree, line, section.heading);
        tree.finish();
      };
      lazyBody.fillText = () => {
        lazyBody.text = fold(
          lines()
            .map((l) => l.bodyText)
            .join(' ')
        );
      };
    } else {
      s.tree.finish();
      s.section.text = fold(s.body.join(' '));
    }
    s.section.raw = this.source.slice(start.offset, end.offset);
    s.section.position = {start, end};
  }

  closeSchedule(): void {
    const s = this.schedule;
    if (!s) return;
    this.schedule = undefined;
    const start = this.point(s.startLine);
    const end = this.endPoint(s.lastLine);
    s.tree.finish();
    s.schedule.text = fold(s.body.join(' '));
    s.schedule.raw = this.source.slice(start.offset, end.offset);
    s.schedule.position = {start, end};
  }

  unique(eId: string): string {
    const ids = this.context.eIds;
    if (!ids.has(eId)) {
      ids.add(eId);
      return eId;
    }
    let n = 2;
    while (ids.has(`${eId}_${n}`)) n++;
    ids.add(`${eId}_${n}`);
    return `${eId}_${n}`;
  }

  openSection(line: SourceLine, number: string, heading: string): SectionState {
    this.closeSection();
    const containers = this.containers.map((c) => c.label);
    const lazyBody: LazyBody | undefined = this.options.lazy
      ? {lines: [], children: [], text: '', fillChildren: undefined, fillText: undefined}
      : undefined;
    const section: Section = lazyBody
      ? lazySection(number, heading, containers, lazyBody)
      : {kind: 'section', number, heading, eId: '', containers, children: [], text: ''};
    section.eId = this.unique(this.part ? `${this.part.eId}__sec_${number}` : `sec_${number}`);
    if (this.part) this.part.sections.push(section);
    else this.body.push(section);
    this.sectionCount++;
    if (this.insertion) {
      section.insertedBy = this.insertion.by;
      section.containers.push(...this.insertion.containers.map((c) => c.label));
    }
    this.current = new SectionState(section, this.context, line, lazyBody);
    return this.current;
  }

  openSchedule(line: SourceLine, number: string, heading: string, level: number): ScheduleState {
    this.closeSection();
    this.closeSchedule();
    const schedule: Schedule = {kind: 'schedule', number, heading, eId: '', children: [], text: ''};
    schedule.eId = this.unique(`sched_${number || this.schedules.length + 1}`);
    this.schedules.push(schedule);
    this.schedule = {
      schedule,
      tree: new OwnerTree(schedule, this.context),
      table: {header: undefined, rows: 0},
      level,
      startLine: line,
      lastLine: line,
      body: [],
      afterBlank: true
    };
    this.part = undefined;
    return this.schedule;
  }

  /** A container (Part, Division, cross-heading) opens: the outermost numbered one becomes a Part of the body. */
  openContainer(line: SourceLine, rank: number, label: string): void {
    this.closeSection();
    while (this.containers.length > 0 && this.containers.at(-1)!.rank >= rank) this.containers.pop();
    this.containers.push({rank, label});
    if (rank === CROSS_HEADING_RANK) return;
    if (this.containers.filter((c) => c.rank !== CROSS_HEADING_RANK).length !== 1) return;
    const m = /^(\S+)\s+(\S+?)[.:]?(?:\s*[\u2014\u2013:-]\s*|\s+|$)(.*)$/s.exec(label);
    const word = (m?.[1] ?? 'part').toLowerCase();
    const number = (m?.[2] ?? '').replace(/[.:\u2014\u2013-]+$/, '');
    const part: Part = {
      kind: 'part',
      number,
      heading: (m?.[3] ?? '').trim(),
      eId: this.unique(`${CONTAINER_PREFIX[word] ?? 'part'}_${number}`),
      sections: [],
      position: {start: this.point(line), end: this.endPoint(line)}
    };
    this.part = part;
    this.body.push(part);
  }

  bill(): Bill {
    this.closeSection();
    this.closeSchedule();
    this.flushDuplicates();
    // In the order of the file: a warning can be about an earlier line (the section out of order before this one).
    this.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const strict = this.options.mode === 'strict';
    if (!strict) this.findTitle();
    const {longTitle, enactingFormula, preamble} = sortFront(this.front, this.options.mode);
    const title = this.title ?? {runs: [], text: ''};
    const stage: Bill['stage'] = strict
      ? // The tool's own drafts: "A Bill for an Act …" or a title ending in "Bill [year]" presents a Bill; "An Act …" an Act.
        /^A\s+Bill\b/.test(longTitle?.text ?? '') || /\bBill(?:[\s,]+\d{4})?$/.test(title.text.trim())
        ? 'bill'
        : /^An\s+Act\b/.test(longTitle?.text ?? '')
          ? 'act'
          : 'unknown'
      : /\bBill\b/i.test(title.text) || /^A\s+Bill\b/i.test(longTitle?.text ?? '')
        ? 'bill'
        : /\b(?:Act|Law|Code|Ordinance|Decree|Proclamation)\b/i.test(title.text)
          ? 'act'
          : 'unknown';
    // The order the document prints its front matter in: the arrangement before the title is the
    // Westminster house style, after it (with the enacting formula after the arrangement) the New Zealand one.
    const frontMatter = this.arrangementSeen && this.title !== undefined ? (this.arrangementFirst ? 'westminster' : 'nz') : undefined;
    return {
      path: this.options.path,
      format: this.options.format,
      stage,
      title,
      longTitle,
      enactingFormula,
      preamble,
      ...(frontMatter ? {frontMatter} : {}),
      body: this.body,
      schedules: this.schedules,
      messages: this.messages
    };
  }

  /**
   * Any Act: a title that names no Act (a running head such as "SAMOA"
   * above "CLUSTER MUNITIONS PROHIBITION ACT 2012") or no title at all gives
   * way to the Act's name as the front matter prints it, or else as its
   * short-title section cites it ("This Act may be cited as the …").
   */
  findTitle(): void {
    if (this.title && NAMES_ACT.test(this.title.text)) return;
    const printed = this.front.findIndex(
      (b) =>
        NAMES_ACT.test(b.text) &&
        looksLikeTitle(b.text) &&
        !/[.;:,]$/.test(b.text.trim()) &&
        // A contents line ("… Ordinance 1954 . . . . . 315,301"): its dot leaders lead to a page number.
        !/(?:\.\s?){4,}/.test(b.text) &&
        !/^(?:an?|the)\s+(?:act|bill)\s+(?:to|for)\b/i.test(b.text)
    );
    if (printed >= 0) {
      this.title = this.front.splice(printed, 1)[0]!;
      return;
    }
    const first = allSections({body: this.body})[0];
    const opening = first ? first.text.slice(0, 600) : '';
    const cited = first ? (CITED_AS.exec(opening) ?? IS_THE.exec(opening)) : null;
    if (cited && NAMES_ACT.test(cited[1]!)) {
      const text = cited[1]!.trim();
      this.title = {runs: [{text}], text, position: first!.position};
    }
  }

  /** Whether the long title or the enacting formula has been read (a title after them is late). */
  frontHasBegun(): boolean {
    const front = sortFront(this.front, this.options.mode);
    return front.longTitle !== undefined || front.enactingFormula !== undefined;
  }

  blockFromLine(line: SourceLine, column: number, text: string): TextBlock {
    const block = blockOf([{source: text, locate: this.locate(line, column)}], this.options.inline);
    block.position = {start: this.point(line, column), end: this.endPoint(line)};
    return block;
  }

  // ------------------------------------------------------------------ lenient

  checkNumber(number: string, line: SourceLine): void {
    const isDotted = number.includes('.');
    if (this.dotted === undefined) this.dotted = isDotted;
    else if (this.dotted !== isDotted && !this.mixedWarned) {
      this.mixedWarned = true;
      this.warn(
        `Unexpected section number \`${number}\` mixing numbering styles, expected ${this.dotted ? 'Criminal Code style numbers such as `72.38`' : 'plain numbers such as `6` or `10A`'}`,
        line,
        'mixed-numbering'
      );
    }
    const earlier = this.firstSeen.get(number);
    const run = this.duplicates;
    if (earlier && run && compareNumbers(number, run.last) > 0) {
      // The numbering goes on again from where it started over (1, 2, 3, then 1, 2, 3): one warning for the run.
      run.last = number;
      run.numbers.push(number);
    } else {
      this.flushDuplicates();
      if (earlier) this.duplicates = {line, first: number, last: number, numbers: [number], earlier};
    }
    // A duplicate is warned about with its run (above); any other number is checked for order.
    if (!earlier && this.previousNumber !== undefined && compareNumbers(number, this.previousNumber) < 0) {
      const previous = this.previousNumber;
      if (this.previousLine && this.beforePrevious !== undefined && compareNumbers(number, this.beforePrevious) > 0)
        // 2, 9, 3: this section follows the one before 9, so 9 is the one out of place (moved up), not this one.
        this.warn(
          `Unexpected section ${previous} between sections ${this.beforePrevious} and ${number}, expected the sections in order`,
          this.previousLine,
          'section-out-of-order'
        );
      else
        this.warn(
          `Unexpected section ${number} after section ${previous}, expected a number after ${previous}`,
          line,
          'section-out-of-order'
        );
    }
    this.beforePrevious = this.previousNumber;
    this.previousNumber = number;
    this.previousLine = line;
    if (!earlier) this.firstSeen.set(number, line);
    if (this.lastNumber === undefined || compareNumbers(number, this.lastNumber) > 0) this.lastNumber = number;
  }

  /**
   * Warn about a run of duplicate section numbers (numbering that starts
   * over, or one number used twice), at its first section, saying where
   * the number was first used.
   */
  flushDuplicates(): void {
    const run = this.duplicates;
    if (!run) return;
    this.duplicates = undefined;
    const first = run.earlier.index + 1;
    const cause = diagnostic(`Section ${run.first} first appears here`, {
      file: this.options.path,
      place: this.point(run.earlier),
      ruleId: 'duplicate-section',
      source: SOURCE,
      fatal: false
    });
    // "Starts over" only when the run begins again at the Act's first section; the numbers listed as they are.
    const restart = run.first === this.firstSeen.keys().next().value;
    const numbers = run.numbers.length <= 4 ? joinNumbers(run.numbers) : `${run.first} to ${run.last} (${run.numbers.length} sections)`;
    this.warn(
      run.numbers.length === 1
        ? `Unexpected duplicate section ${run.first} (first at line ${first}), expected each section number once`
        : `Unexpected sections ${numbers} again (${restart ? 'numbering starts over; ' : ''}section ${run.first} first at line ${first}), expected each section number once`,
      run.line,
      'duplicate-section',
      {cause}
    );
  }

  /** Add a body line to the current section (lenient): labels, list items, definitions, wrapped lines. */
  bodyLine(line: SourceLine, raw: string, column0: number, afterBlank: boolean): void {
    const s = this.current!;
    s.lastLine = line;
    if (s.lazyBody) {
      s.lazyBody.lines.push({line, raw, column0, afterBlank});
      return;
    }
    const parsed = this.parseBodyLine(line, raw, column0, afterBlank, s.table);
    if (parsed.table !== 'skip' || parsed.bodyText !== '') s.body.push(parsed.bodyText);
    this.applyLine(s.tree, parsed, s.section.heading);
  }

  /** Read a body line's labels (`(1)`, `(a)(i)`, `1.`), its own text and the text it adds to the section's. */
  parseBodyLine(line: SourceLine, raw: string, column0: number, afterBlank: boolean, table: TableState): ParsedLine {
    const indent = stripIndent(raw);
    let rest = indent.text;
    let column = column0 + indent.length;
    if (rest.charCodeAt(0) === 124 /* | */) {
      const row = this.tableRow(line, rest, table);
      if (row) {
        const clean = cleanText(row.text);
        return {line, labels: [], own: row.text, ownColumn: column, clean, afterBlank, bodyText: clean, table: row.kind};
      }
    } else table.header = undefined;
    const marker = listMarker(rest);
    let ordinal: string | undefined;
    if (marker) {
      ordinal = marker.ordinal;
      rest = rest.slice(marker.length);
      column += marker.length;
    }
    const bounded = rest.length > HEAD_LIMIT ? rest.slice(0, HEAD_LIMIT) : rest;
    // Labels are read on normalised text; normalising only removes characters before the text, never inside a label.
    const labels: Array<{num: string; value: string; column: number}> = [];
    let consumed = 0;
    for (let k = 0; k < 3; k++) {
      const piece = bounded.slice(consumed);
      const m = provisionLabel(normalise(piece.slice(0, 24)));
      if (!m) break;
      // Map the normalised match length back onto the raw text (escapes such as `\(` are rare here).
      const rawLength = rawPrefixLength(piece, m.length);
      labels.push({num: m.label, value: m.value, column: column + consumed});
      consumed += rawLength;
    }
    if (labels.length === 0 && ordinal !== undefined) labels.push({num: `${ordinal}.`, value: ordinal, column: column - marker!.length});
    const own = rest.slice(consumed);
    const ownColumn = column + consumed;
    const clean = cleanText(own);
    const labelText = labels.map((l) => l.num).join(' ');
    return {line, labels, own, ownColumn, clean, afterBlank, bodyText: labelText ? `${labelText} ${clean}` : clean};
  }

  /** Put a parsed body line into a section's provision tree. */
  applyLine(tree: OwnerTree, p: ParsedLine, heading: string): void {
    if (p.table === 'skip') return;
    // Positions inside a block are what export needs (strict); any Act's analysis cites provisions by their own position.
    const piece = {source: p.own, locate: this.options.mode === 'strict' && !p.table ? this.locate(p.line, p.ownColumn) : undefined};
    const start = this.point(p.line, p.labels[0]?.column ?? p.ownColumn);
    const end = this.endPoint(p.line);
    if (p.labels.length === 0) {
      if (
        p.table === 'row' ||
        // A new definition starts a new block; in a definitions section even without a blank line (plain-text Acts).
        // A quoted term with "means" begins one anywhere ("… inserting the following definitions— “cluster munition” means …").
        ((p.afterBlank || DEFINITIONS_HEADING.test(heading) || QUOTE_OPENS.test(p.clean)) && definitionStart.test(p.clean)) ||
        (p.afterBlank && /^Penalty\b/.test(p.clean)) ||
        (p.afterBlank && (tree.empty || tree.currentIsTopText))
      ) {
        tree.text(piece, start, end);
        return;
      }
      // "Any person who— (a) … (d) …, is guilty of …": the closing words are the lead-in's, for every paragraph.
      if (tree.closing(piece, p.clean, start, end)) return;
      if (!tree.continue(piece, end)) tree.text(piece, start, end);
      return;
    }
    p.labels.forEach((l, i) => {
      tree.label(l.num, l.value, i === p.labels.length - 1 ? piece : undefined, this.point(p.line, l.column), end);
    });
  }

  /**
   * A row of a GFM table (`| 1 | uses a cluster munition | imprisonment … |`):
   * the header row (the line above a delimiter row) and the delimiter are
   * text only; a row of data reads as one provision whose label is its item
   * number (first cell) and whose text is its other cells, a penalty column's
   * cell marked "Penalty:" so an offence schedule reads as counsel reads it.
   */
  tableRow(line: SourceLine, text: string, table: TableState): {kind: 'row' | 'skip'; text: string; item: string} | undefined {
    const cells = tableCells(text);
    if (!cells) return undefined;
    if (isTableDelimiter(text)) return {kind: 'skip', text: '', item: ''};
    const next = this.lines[line.index + 1];
    if (next && isTableDelimiter(stripIndent(next.text).text)) {
      table.header = cells;
      table.rows = 0;
      return {kind: 'skip', text: cells.join(' '), item: ''};
    }
    table.rows++;
    const first = /^(?:item\s+|no\.?\s*)?(\d{1,4}[A-Z]?)\.?$/i.exec(stripBold(cells[0] ?? '').trim());
    const header = table.header ?? [];
    const parts = cells
      .map((cell, j) => ({cell: cell.trim(), name: header[j] ?? ''}))
      .filter((c, j) => c.cell !== '' && !(j === 0 && first))
      .map((c) => (/\b(?:penalt(?:y|ies)|punishment|sentence|maximum)\b/i.test(c.name) ? `Penalty: ${c.cell}` : c.cell));
    return {kind: 'row', text: parts.join(' — '), item: first ? first[1]! : String(table.rows)};
  }

  textOutside(line: SourceLine, raw: string): void {
    if (this.sectionCount === 0 && !this.current) {
      const indent = stripIndent(raw);
      this.front.push(this.blockFromLine(line, indent.length + 1, indent.text));
      return;
    }
    if (!this.outsideWarned) {
      this.outsideWarned = true;
      this.warn('Unexpected text outside any section, expected it under a numbered section heading', line, 'text-outside-section', {
        note: 'The text is not part of any section and is left out of the analysis.'
      });
    }
  }

  /** Whether a body line shortly before line `i` announced provisions inserted into another Act. */
  insertionPending(i: number): boolean {
    return this.insertionAt >= 0 && i - this.insertionAt <= 6;
  }

  /**
   * Note a body line that announces whole provisions inserted into another
   * Act ("… is amended by inserting immediately after section 140 the
   * following new Part—", "After section 140 insert:"); not one that
   * inserts subsections, paragraphs, definitions or words, which stay the
   * amending section's text. Only lines ending as such a lead-in are tested.
   */
  noteInsertion(text: string, i: number): void {
    const last = text.charCodeAt(text.length - 1);
    const opens = last === 0x2014 || last === 0x2013 || last === 58 /* : */ || last === 45 /* - */ || /\binsert$/i.test(text);
    if (!opens || !this.current || text.length > 600) return;
    if (!INSERTS.test(text) || INSERTS_PARTS.test(text)) return;
    this.insertionAt = i;
    this.insertionBy = this.current.section.insertedBy ?? this.current.section.number;
  }

  /**
   * A section line while an amending section prints what it inserts:
   * `inserted` (a section of the other Act, numbered in its own sequence:
   * 140A, 140B …), `outer` (the amending Act's own numbering resumes: the
   * insertion ends), or `undefined` (no insertion, or not a heading).
   */
  insertedSection(
    number: string,
    candidate: {number: string; heading: string; rest: string; body: string},
    i: number,
    shape: Shape
  ): 'inserted' | 'outer' | undefined {
    const ins = this.insertion;
    if (!ins && !this.insertionPending(i)) return undefined;
    if (candidate.heading === '' && candidate.body === '') return undefined;
    if (shape !== 'atx' && candidate.body === '' && !plainHeadingText(candidate.heading)) return undefined;
    // The amending Act's next number (6 after 5) resumes it even where the inserted numbers would also allow it.
    const outerNext = this.lastNumber !== undefined && /^\d+$/.test(number) && Number(number) === Number.parseInt(this.lastNumber, 10) + 1;
    if (!ins) {
      // What section 5 announced ("insert in their appropriate alphabetical order: …" definitions) was not a section:
      // section 6 of the amending Act is its own, and announces its own insertions.
      if (outerNext && this.plainSectionFits(candidate)) {
        this.insertionAt = -1;
        return undefined;
      }
      this.insertion = {by: this.insertionBy, innerLast: undefined, containers: []};
      return 'inserted';
    }
    const innerFits =
      ins.innerLast === undefined ||
      (compareNumbers(number, ins.innerLast) > 0 && Number.parseInt(number, 10) - Number.parseInt(ins.innerLast, 10) <= 50);
    const outerFits = this.plainSectionFits(candidate);
    if (outerFits && (outerNext || !innerFits)) {
      this.insertion = undefined;
      this.insertionAt = -1;
      return 'outer';
    }
    return innerFits ? 'inserted' : undefined;
  }

  /** Whether a plain line with a section number may start a section here. */
  plainSectionFits(kind: {number: string; heading: string; rest: string; body: string}): boolean {
    if (kind.rest === '') return false;
    if (kind.heading === '' && kind.body === '') return false;
    if (this.sectionCount === 0 && !this.current) {
      return this.containers.length > 0 || /^1(?:[A-Z]|\.|$)/.test(kind.number) || kind.body !== '';
    }
    if (this.lastNumber === undefined) return true;
    if (compareNumbers(kind.number, this.lastNumber) <= 0) return false;
    return Number.parseInt(kind.number, 10) - Number.parseInt(this.lastNumber, 10) <= 50;
  }

  runLenient(): void {
    const lines = this.lines;
    let previousBlank = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const raw = line.text;
      const trimmed = raw.trim();
      if (trimmed === '' || isDecoration(trimmed)) {
        previousBlank = true;
        if (this.schedule) this.schedule.afterBlank = true;
        continue;
      }
      const afterBlank = previousBlank;
      previousBlank = false;
      const c = classifyLine(raw);

      if (this.state === 'contents') {
        // It ends at a heading as high as its own, or where the body restarts
        // (the first section or Part listed appears again, now with text).
        const ends =
          (c.shape === 'atx' && (this.tocLevel === 0 || c.level <= this.tocLevel)) ||
          (c.kind.kind === 'section' && c.kind.number === this.tocFirstSection && hasBody(lines, i)) ||
          (c.kind.kind === 'container' &&
            this.tocFirstContainer !== undefined &&
            tocKey(c.kind.label) === this.tocFirstContainer &&
            this.tocFirstSection !== undefined);
        if (!ends) {
          if (c.kind.kind === 'section' && this.tocFirstSection === undefined) this.tocFirstSection = c.kind.number;
          else if (c.kind.kind === 'container' && this.tocFirstContainer === undefined) this.tocFirstContainer = tocKey(c.kind.label);
          else if (
            c.shape === 'emphasis' &&
            c.kind.kind === 'other' &&
            this.title === undefined &&
            this.tocFirstSection !== undefined &&
            looksLikeTitle(trimmed) &&
            /\b(?:Act|Bill|Law|Code|Ordinance|Decree)\b/i.test(trimmed)
          ) {
            // A title in bold between a contents list (converted from Word) and the body.
            this.title = this.blockFromLine(line, 1, trimmed);
          } else if (
            c.shape !== 'atx' &&
            c.kind.kind === 'other' &&
            this.title !== undefined &&
            /^(?:\*\*)?(?:a\s+)?bill(?:\*\*)?\s+for an act\b|^an act\b/i.test(trimmed)
          ) {
            this.front.push(this.blockFromLine(line, 1, trimmed));
          } else if (c.shape === 'plain' && c.kind.kind === 'other' && !listMarker(stripIndent(raw).text) && c.kind.text.length > 0) {
            // Enacting words and the long title often sit between the contents and the body; Part titles on their own line do not.
            if (/[.:]$/.test(trimmed) || /enact/i.test(trimmed)) this.front.push(this.blockFromLine(line, 1, trimmed));
          }
          continue;
        }
        this.state = 'front';
      }

      const k = c.kind;
      if (this.schedule) {
        const sch = this.schedule;
        const closes =
          c.shape === 'atx' && c.level <= sch.level && (k.kind === 'container' || k.kind === 'section' || k.kind === 'schedule');
        const nextSchedule = k.kind === 'schedule' && c.shape !== 'plain';
        const plainSchedule = k.kind === 'schedule' && c.shape === 'plain' && afterBlank;
        // An amending Act's schedule inserts provisions into another Act ("Add: Subdivision C … 72.38 Offences …"):
        // the inserted Parts and sections are read as the provisions they are, with their own numbering.
        const inserted =
          afterBlank &&
          /\bamend/i.test(sch.schedule.heading) &&
          (k.kind === 'container' || (k.kind === 'section' && /^\d+[.]\d+[A-Z]?$/.test(k.number) && k.rest !== ''));
        if (inserted) {
          this.lastNumber = undefined;
          this.previousNumber = undefined;
          this.beforePrevious = undefined;
          this.dotted = undefined;
        }
        if (!closes && !nextSchedule && !plainSchedule && !inserted) {
          this.scheduleLine(line, raw, afterBlank || sch.afterBlank || c.shape === 'atx');
          sch.afterBlank = c.shape === 'atx';
          continue;
        }
        this.closeSchedule();
      }

      switch (k.kind) {
        case 'toc': {
          if (!this.options.ignoreContents && this.sectionCount === 0 && !this.current) {
            this.state = 'contents';
            this.sawContents = true;
            // A contents block before the title (Westminster style) or after it (New Zealand style).
            if (!this.arrangementSeen) this.arrangementFirst = this.title === undefined;
            this.arrangementSeen = true;
            this.tocLevel = c.shape === 'atx' ? c.level : 0;
            this.tocFirstSection = undefined;
            this.tocFirstContainer = undefined;
            continue;
          }
          if (this.current) this.bodyLine(line, raw, 1, afterBlank);
          else this.textOutside(line, raw);
          continue;
        }
        case 'container': {
          // Right after the lead-in that announces it, or beside a Chapter already inserted: the other Act's container.
          const inserting = this.insertionPending(i) || (this.insertion?.containers.some((x) => x.rank === k.rank) ?? false);
          if (!inserting && this.insertion) {
            this.insertion = undefined;
            this.insertionAt = -1;
          }
          if (c.shape === 'plain' && !((afterBlank || inserting) && plainHeadingText(containerTail(k.label)))) break;
          let label = cleanText(k.label);
          if (containerTail(label) === '') {
            // `PART 2` with its title on the next line.
            const next = nextLine(lines, i);
            if (next !== undefined) {
              const nc = classifyLine(lines[next]!.text);
              const t = nc.kind.kind === 'other' ? nc.kind.text : '';
              if (t && !provisionLabel(t) && plainHeadingText(t) && !/[.;:,]$/.test(t)) {
                label = `${label} ${cleanText(stripEmphasis(t))}`;
                i = next;
              }
            }
          }
          if (inserting && this.current) {
            // A Chapter or Part an amending section inserts into another Act: its sections carry it, the Act's Parts go on.
            const ins = (this.insertion ??= {by: this.insertionBy, innerLast: undefined, containers: []});
            while (ins.containers.length > 0 && ins.containers.at(-1)!.rank >= k.rank) ins.containers.pop();
            ins.containers.push({rank: k.rank, label});
            this.current.lastLine = lines[i]!;
            continue;
          }
          this.openContainer(line, k.rank, label);
          this.state = 'body';
          continue;
        }
        case 'schedule': {
          if (c.shape === 'plain' && !(afterBlank && plainScheduleLine(k))) break;
          let heading = cleanText(k.heading);
          const startLine = line;
          if (heading === '') {
            // `SCHEDULE 1` with its title on the next line, perhaps after the reference to the section that
            // brings it in ("(Section 2)", "[Section 3]", as Commonwealth statutes print it).
            let next = nextLine(lines, i);
            if (next !== undefined && SCHEDULE_REFERENCE.test(lines[next]!.text.trim())) next = nextLine(lines, next) ?? next;
            const nc = next === undefined ? undefined : classifyLine(lines[next]!.text);
            if (next !== undefined && nc?.kind.kind === 'other' && /^[^\p{Ll}]{3,120}$/u.test(nc.kind.text.trim())) {
              heading = cleanText(stripEmphasis(nc.kind.text));
              i = next;
            }
          }
          const sch = this.openSchedule(startLine, k.number, heading, c.shape === 'atx' ? c.level : 0);
          sch.lastLine = lines[i]!;
          this.state = 'schedule';
          continue;
        }
        case 'section': {
          // `**6** Except as provided in this Act, …` (Canadian style): only the number is bold
          // and the marginal note sits above, so a sentence after it is the body, not a heading.
          const numberOnlyBold = c.shape === 'bold-start' && /^\s*(?:\*\*|__)\s*[\dA-Z.]+\s*(?:\*\*|__)\s+(?!\*\*|__)/.test(raw);
          const split =
            numberOnlyBold && readsAsSentence(stripBold(k.rest))
              ? {heading: '', body: stripBold(k.rest).trim()}
              : splitSectionRest(k.rest, k.separator);
          const candidate = {number: k.number, heading: split.heading, rest: k.rest, body: split.body};
          const insertion = this.insertedSection(k.number, candidate, i, c.shape);
          if (insertion === 'inserted') {
            this.insertion!.innerLast = k.number;
            const s = this.openSection(line, k.number, cleanText(split.heading));
            this.outsideWarned = false;
            this.state = 'body';
            if (split.body !== '') {
              const at = raw.lastIndexOf(split.body.slice(0, 20));
              this.bodyLine(line, split.body, at >= 0 ? at + 1 : 1, true);
              s.lastLine = line;
            }
            continue;
          }
          if (c.shape === 'plain' || c.shape === 'bold-start') {
            // A tight ordered list (`3. Foo` right under `2. Bar`) is a list, not sections.
            if (!afterBlank && this.current && /^\d[\d.A-Z]*[.)]\s/.test(stripIndent(raw).text)) break;
            // Text wrapped as a PDF wraps it: "…the Convention done at Geneva,\n10 October 1980, as amended …" or
            // "…as provided in\nsection 12." continues the line above; it is no heading.
            if (!afterBlank && (continuesLine(lines[i - 1]?.text ?? '') || (k.keyword && /^[a-z]/.test(stripIndent(raw).text)))) break;
            if (!k.keyword && !this.plainSectionFits(candidate)) break;
            if (split.body === '' && !plainHeadingText(split.heading)) break;
          } else if (c.shape === 'emphasis') {
            // `**2027**` or a bold sentence is not a section heading.
            if (split.heading === '' && split.body === '') break;
            if (split.body === '' && !plainHeadingText(split.heading)) break;
          }
          this.checkNumber(k.number, line);
          const s = this.openSection(line, k.number, cleanText(split.heading));
          this.outsideWarned = false;
          this.state = 'body';
          if (split.body !== '') {
            this.noteInsertion(split.body.trim(), i);
            const at = raw.lastIndexOf(split.body.slice(0, 20));
            this.bodyLine(line, split.body, at >= 0 ? at + 1 : 1, true);
            s.lastLine = line;
          }
          continue;
        }
        case 'other': {
          if (c.shape === 'atx') {
            if (c.level === 1 && this.title === undefined && this.sectionCount === 0 && !this.current) {
              this.title = this.blockFromLine(line, raw.indexOf(k.text.slice(0, 1)) + 1, atxHeading(raw)!.content);
              continue;
            }
            if (this.sectionCount === 0 && !this.current && this.containers.length === 0) {
              const block = this.blockFromLine(line, 1, atxHeading(raw)!.content);
              if (this.title === undefined) this.title = block;
              else this.front.push(block);
              continue;
            }
            // An unnumbered heading between sections is a cross-heading.
            this.openContainer(line, CROSS_HEADING_RANK, cleanText(k.text));
            this.state = 'body';
            continue;
          }
          // A bold line right above a section is its marginal note (Canadian style), also before the first section.
          if (
            c.shape === 'emphasis' &&
            afterBlank &&
            (this.current || this.sectionCount > 0 || this.title !== undefined) &&
            nextIsSection(lines, i)
          ) {
            this.openContainer(line, CROSS_HEADING_RANK, cleanText(k.text));
            continue;
          }
          break;
        }
      }

      // Ordinary text.
      if (this.current) {
        this.noteInsertion(trimmed, i);
        this.bodyLine(line, raw, 1, afterBlank);
        continue;
      }
      if (
        this.title === undefined &&
        this.sectionCount === 0 &&
        this.containers.length === 0 &&
        this.front.length === 0 &&
        looksLikeTitle(trimmed)
      ) {
        this.title = this.blockFromLine(line, 1, stripEmphasis(trimmed));
        continue;
      }
      this.textOutside(line, raw);
    }
    this.closeSection();
    this.closeSchedule();
    if (this.sectionCount === 0 && !(this.sawContents && !this.options.ignoreContents)) {
      this.messages.push(
        diagnostic(
          'Unexpected document without numbered sections, expected an Act (headings such as `### 1 Short title` or lines such as `1 Short title`)',
          {
            file: this.options.path,
            place: {line: 1, column: 1},
            ruleId: 'not-an-act',
            source: SOURCE,
            note: 'See "Reading an Act" in the README for the accepted shapes.'
          }
        )
      );
    }
  }

  /** A line inside a schedule: blocks of text, labelled paragraphs, numbered paragraphs (`3.`), headings as bold text. */
  scheduleLine(line: SourceLine, raw: string, afterBlank: boolean): void {
    const sch = this.schedule!;
    sch.lastLine = line;
    const atx = atxHeading(raw.length > HEAD_LIMIT ? raw.slice(0, HEAD_LIMIT) : raw);
    const indent = stripIndent(raw);
    let text = atx ? atx.content : indent.text;
    let column = atx ? raw.indexOf(atx.content.slice(0, 1)) + 1 : indent.length + 1;
    if (!atx && text.charCodeAt(0) === 124 /* | */) {
      // An offence schedule as a table: each row an item (`Sch 1 item 3`), cited and read on its own.
      const row = this.tableRow(line, text, sch.table);
      if (row) {
        if (row.text !== '') sch.body.push(cleanText(row.text));
        if (row.kind === 'row')
          sch.tree.label(`item ${row.item}`, row.item, {source: row.text}, this.point(line, column), this.endPoint(line));
        return;
      }
    } else sch.table.header = undefined;
    sch.body.push(cleanText(text));
    const marker = atx ? undefined : listMarker(text);
    const end = this.endPoint(line);
    const paren = atx ? undefined : provisionLabel(normalise(text.slice(0, HEAD_LIMIT)));
    const numbered = !atx && !paren ? /^(\d{1,3})(?:[.)]\s+|\s+(?=[A-Z“"(]))/.exec(text) : null;
    if (paren || numbered) {
      const value = paren ? paren.value : numbered![1]!;
      const length = paren ? rawPrefixLength(text, paren.length) : numbered![0].length;
      const num = paren ? paren.label : `${value}.`;
      const start = this.point(line, column);
      text = text.slice(length);
      column += length;
      sch.tree.label(num, value, {source: text, locate: this.locate(line, column)}, start, end);
      return;
    }
    if (marker) {
      text = text.slice(marker.length);
      column += marker.length;
    }
    const source = atx ? `**${text}**` : text;
    const piece = {source, locate: this.locate(line, atx ? column - 2 : column)};
    if (afterBlank || !sch.tree.continue(piece, end)) sch.tree.text(piece, this.point(line, column), end);
  }

  // ------------------------------------------------------------------ strict

  runStrict(): void {
    // Nothing the tool writes nests lists a hundred deep: say where, rather than read on.
    const tooDeep = excessiveNesting(this.source, this.options.path, 'export');
    if (tooDeep) throw new InputError(tooDeep);
    let state: 'front' | 'arrangement' | 'body' = 'front';
    const flush = (): void => {
      if (this.pending.length === 0) return;
      const block = this.pending;
      this.pending = [];
      state = this.strictParagraph(block, state);
    };
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const raw = line.text;
      const trimmed = raw.trim();
      if (this.fence !== undefined) {
        if (trimmed.startsWith(this.fence)) this.fence = undefined;
        continue;
      }
      if (trimmed === '') {
        flush();
        continue;
      }
      const at = this.point(line, 1);
      if (/^ {0,3}(?:`{3,}|~{3,})/.test(raw)) {
        flush();
        this.fence = trimmed.slice(0, 3);
        this.unexpectedBlock('a code block', at);
        continue;
      }
      if (this.pending.length === 0 && /^(?: {4}|\t)/.test(raw)) {
        this.unexpectedBlock('a code block', at);
        continue;
      }
      const html = htmlBlockStart(raw, this.pending.length > 0);
      if (html) {
        flush();
        // The block runs to its end marker (or to a blank line); a comment is left out, any other HTML refused.
        const first = i;
        while (
          html.end === 'blank' ? i + 1 < this.lines.length && this.lines[i + 1]!.text.trim() !== '' : !html.end.test(this.lines[i]!.text)
        ) {
          if (i + 1 >= this.lines.length) break;
          i++;
        }
        const value = this.lines
          .slice(first, i + 1)
          .map((l) => l.text)
          .join('\n')
          .trim();
        if (/^<!--[\s\S]*-->$/.test(value)) continue;
        if (state === 'arrangement') state = 'front';
        this.unexpectedBlock('Markdown of type `html`', at);
        continue;
      }
      if (this.pending.length > 0 && /^ {0,3}(?:=+|-+)\s*$/.test(raw)) {
        // A setext underline turns the paragraph above into a heading.
        const block = this.pending;
        this.pending = [];
        state = this.strictHeading(block[0]!, /=/.test(trimmed) ? 1 : 2, block.map((l) => l.text.trim()).join(' '), state);
        continue;
      }
      const atx = atxHeading(raw);
      if (atx) {
        flush();
        state = this.strictHeading(line, atx.level, atx.content, state);
        continue;
      }
      if (/^ {0,3}((?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/.test(raw)) {
        flush();
        // A rule ends the arrangement as anything else does; it has no place in a bill.
        if (state === 'arrangement') state = 'front';
        this.unexpectedBlock('a horizontal rule', at);
        continue;
      }
      if (/^ {0,3}>/.test(raw)) {
        flush();
        if (state === 'arrangement') state = 'front';
        this.unexpectedBlock('a block quote', at);
        while (i + 1 < this.lines.length && this.lines[i + 1]!.text.trim() !== '') i++;
        continue;
      }
      const marker = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(raw);
      if (marker && (this.pending.length === 0 || !/^ {0,3}\d/.test(raw) || /^ {0,3}1[.)]/.test(raw))) {
        flush();
        // A list: its items run to the next blank line followed by unindented text.
        const items: SourceLine[] = [line];
        while (i + 1 < this.lines.length) {
          const next = this.lines[i + 1]!;
          if (next.text.trim() === '') {
            const after = this.lines[i + 2];
            if (after && /^(?: {2,}|\t| {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/.test(after.text)) {
              i++;
              continue;
            }
            break;
          }
          i++;
          if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.test(next.text)) items.push(next);
        }
        if (state === 'arrangement') {
          for (const item of items) {
            const content = item.text.replace(/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]*/, '');
            const column = item.text.length - content.length + 1;
            this.arrangement.push({text: this.blockFromLine(item, column, content).text.trim(), position: this.point(item, column)});
          }
          continue;
        }
        this.unexpectedBlock('a list', at);
        continue;
      }
      this.pending.push(line);
    }
    flush();
    this.closeSection();
    this.closeSchedule();
    const sections = allSections({body: this.body});
    if (!this.title)
      this.strictError(
        'Missing title, expected the short title as a `#` heading on the first line',
        {line: 1, column: 1, offset: 0},
        'missing-title'
      );
    if (sections.length === 0 && this.errors.length === 0)
      this.strictError(
        'Missing sections, expected `### N Heading` section headings (is this a draft made by `ccm-draft build`?)',
        {line: 1, column: 1, offset: 0},
        'no-sections'
      );
    for (const section of sections) {
      if (section.children.length === 0) this.strictWarn(`Section ${section.number} has no text`, section.position?.start, 'empty-section');
    }
    // The arrangement is regenerated from the body; say when a hand edit left it behind.
    if (this.arrangement.length > 0) {
      const expected = sections.map((s) => `${s.number} ${s.heading}`);
      this.arrangement.forEach((entry, i) => {
        if (entry.text !== expected[i])
          this.strictWarn(
            `Arrangement entry \`${entry.text}\` does not match the section at that place (\`${expected[i] ?? 'none'}\`); the export lists the sections as they are in the body`,
            entry.position,
            'arrangement-mismatch'
          );
      });
    }
    if (this.errors.length > 0) {
      this.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
      throw new InputError(this.errors);
    }
  }

  strictHeading(line: SourceLine, depth: number, content: string, state: 'front' | 'arrangement' | 'body'): typeof state {
    const column = Math.max(1, line.text.indexOf(content.slice(0, 1)) + 1);
    const block = this.blockFromLine(line, column, content);
    const heading = block.text.trim();
    const at = this.point(line, 1);
    if (depth === 1) {
      if (this.title)
        this.strictError(`Unexpected second title \`# ${heading}\`, expected one \`#\` heading (the short title)`, at, 'second-title');
      else if (state === 'body' || this.frontHasBegun())
        this.strictError(
          `Unexpected title \`# ${heading}\` after the bill has begun, expected it on the first line (or after the arrangement of sections)`,
          at,
          'late-title'
        );
      else {
        // The Westminster house style prints the arrangement of sections before the title.
        if (state === 'arrangement') this.arrangementFirst = true;
        this.title = block;
        return 'front';
      }
      return state;
    }
    if (depth === 2) {
      let m: RegExpExecArray | null;
      if (ARRANGEMENT_HEADING.test(heading)) {
        this.arrangementSeen = true;
        return 'arrangement';
      }
      if ((m = /^Part\s+(\d+[A-Z]*)\s+(\S.*)$/s.exec(heading))) {
        this.closeSection();
        this.closeSchedule();
        const part: Part = {
          kind: 'part',
          number: m[1]!,
          heading: m[2]!,
          eId: '',
          sections: [],
          position: {start: at, end: this.endPoint(line)}
        };
        part.eId = this.strictUnique(`part_${part.number}`, at);
        this.body.push(part);
        this.part = part;
        this.containers = [{rank: 2, label: heading}];
        return 'body';
      }
      if ((m = /^Schedule(?:\s+(\d+[A-Z]*))?(?:\s+(\S.*))?$/s.exec(heading))) {
        this.closeSection();
        this.closeSchedule();
        const schedule: Schedule = {kind: 'schedule', number: m[1] ?? '', heading: m[2] ?? '', eId: '', children: [], text: ''};
        schedule.eId = this.strictUnique(`sched_${schedule.number || this.schedules.length + 1}`, at);
        this.schedules.push(schedule);
        this.schedule = {
          schedule,
          tree: new OwnerTree(schedule, this.context),
          table: {header: undefined, rows: 0},
          level: 2,
          startLine: line,
          lastLine: line,
          body: [],
          afterBlank: true
        };
        this.part = undefined;
        return 'body';
      }
      this.strictError(
        `Unexpected heading \`## ${heading}\`, expected \`## Part N Heading\`, \`## Schedule N Heading\` or \`## Arrangement of sections\``,
        at,
        'unexpected-heading'
      );
      return state;
    }
    if (this.schedule) {
      // Headings inside a schedule (a reproduced treaty's article headings) are its text, in bold.
      const sch = this.schedule;
      sch.lastLine = line;
      sch.body.push(heading);
      const start = this.point(line, column);
      sch.tree.text({source: `**${content.replace(/\*\*/g, '')}**`, locate: this.locate(line, column - 2)}, start, this.endPoint(line));
      return state;
    }
    const m = depth === 3 ? /^(\d+[A-Z]*)\s+(\S.*)$/s.exec(heading) : null;
    if (!m) {
      this.strictError(
        `Unexpected heading \`${'#'.repeat(depth)} ${heading}\`, expected a section heading \`### N Heading\``,
        at,
        'unexpected-heading'
      );
      return state;
    }
    if (this.schedules.length > 0) {
      this.strictError(
        `Unexpected section \`### ${heading}\` after a schedule, expected sections before the schedules`,
        at,
        'section-after-schedule'
      );
      return state;
    }
    this.closeSection();
    const section: Section = {
      kind: 'section',
      number: m[1]!,
      heading: m[2]!,
      eId: '',
      containers: this.containers.map((c) => c.label),
      children: [],
      text: ''
    };
    section.eId = this.strictUnique(this.part ? `${this.part.eId}__sec_${section.number}` : `sec_${section.number}`, at);
    if (this.part) this.part.sections.push(section);
    else this.body.push(section);
    this.sectionCount++;
    this.current = new SectionState(section, this.context, line, undefined);
    return 'body';
  }

  strictUnique(eId: string, at: SourcePoint): string {
    const ids = this.context.eIds;
    if (!ids.has(eId)) {
      ids.add(eId);
      return eId;
    }
    let n = 2;
    while (ids.has(`${eId}_${n}`)) n++;
    this.strictWarn(
      `Duplicate number gives a second \`${eId}\`, expected unique numbers; exported as \`${eId}_${n}\``,
      at,
      'duplicate-number'
    );
    ids.add(`${eId}_${n}`);
    return `${eId}_${n}`;
  }

  /** One paragraph (consecutive lines) in strict mode. */
  strictParagraph(lines: SourceLine[], state: 'front' | 'arrangement' | 'body'): typeof state {
    const first = lines[0]!;
    const at = this.point(first, 1);
    const last = lines.at(-1)!;
    const indent = stripIndent(first.text).length;
    const source = lines.map((l, i) => (i === 0 ? l.text.slice(indent) : l.text.trim())).join('\n');
    // Offsets in the joined source map back line by line.
    const starts: Array<{offset: number; line: SourceLine; column: number}> = [];
    let offset = 0;
    lines.forEach((l, i) => {
      const column = i === 0 ? indent + 1 : l.text.length - l.text.trimStart().length + 1;
      starts.push({offset, line: l, column});
      offset += (i === 0 ? l.text.slice(indent) : l.text.trim()).length + 1;
    });
    const locateIn =
      (base: number): Locate =>
      (o) => {
        const target = base + o;
        let k = starts.length - 1;
        while (k > 0 && starts[k]!.offset > target) k--;
        const s = starts[k]!;
        const column = s.column + (target - s.offset);
        return {line: s.line.index + 1, column, offset: s.line.start + column - 1};
      };
    if (state === 'arrangement') {
      // A bold-only line (a Part in the arrangement) stays in it; anything else ends it.
      if (/^\*\*[^*]+\*\*$/.test(source.trim())) return state;
      state = 'front';
    }
    if (state === 'front' && !this.current && !this.schedule) {
      const block = blockOf([{source, locate: locateIn(0)}], this.options.inline);
      block.position = {start: at, end: this.endPoint(last)};
      this.front.push(block);
      return state;
    }
    const owner = this.current ?? this.schedule;
    if (!owner) {
      this.strictError(
        `Unexpected text in Part ${this.part?.number ?? ''} before its first section, expected a section heading \`### N Heading\``,
        at,
        'text-outside-section'
      );
      return state;
    }
    owner.lastLine = last;
    const end = this.endPoint(last);
    const m = /^\(([0-9]+[A-Z]*|[a-z]{1,3})\)\s+/.exec(source);
    const text = m ? source.slice(m[0].length) : source;
    owner.body.push(`${m ? `(${m[1]}) ` : ''}${cleanText(text.replace(/\n/g, ' '))}`);
    const piece = {source: text, locate: locateIn(m ? m[0].length : 0)};
    if (m) owner.tree.label(`(${m[1]})`, m[1]!, piece, this.point(first, indent + 1), end);
    else owner.tree.text(piece, this.point(first, indent + 1), end);
    return state;
  }
}

/** Block-level HTML elements (CommonMark's HTML block type 6). */
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
/** A complete open or closing tag alone on its line (type 7). */
const HTML_TAG_LINE =
  /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/**
 * Where a line starts a CommonMark HTML block, how the block ends: at a
 * line matching `end`, or at the next blank line. `inParagraph`: the line
 * would otherwise continue a paragraph, which only types 1 to 6 interrupt.
 * The tool's drafts escape `<` in text, so any HTML block is hand-written.
 */
function htmlBlockStart(line: string, inParagraph: boolean): {end: RegExp | 'blank'} | undefined {
  if (!/^ {0,3}</.test(line)) return undefined;
  if (/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(line)) return {end: /<\/(?:script|pre|style|textarea)>/i};
  if (/^ {0,3}<!--/.test(line)) return {end: /-->/};
  if (/^ {0,3}<\?/.test(line)) return {end: /\?>/};
  if (/^ {0,3}<![A-Za-z]/.test(line)) return {end: />/};
  if (/^ {0,3}<!\[CDATA\[/.test(line)) return {end: /\]\]>/};
  if (HTML_BLOCK_TAG.test(line)) return {end: 'blank'};
  if (!inParagraph && line.length <= HEAD_LIMIT && HTML_TAG_LINE.test(line)) return {end: 'blank'};
  return undefined;
}

/** How many raw characters produce `length` normalised characters (escapes and invisible characters removed by normalising). */
function rawPrefixLength(raw: string, length: number): number {
  if (normalise(raw.slice(0, length)) === raw.slice(0, length)) return length;
  for (let n = length; n <= Math.min(raw.length, length + 16); n++) if (normalise(raw.slice(0, n)).length >= length) return n;
  return length;
}

/** Split what follows a section number into heading and inline body (`(1) In this Act…`). */
function splitSectionRest(rest: string, separator = ''): {heading: string; body: string} {
  const r = stripBold(rest).trim();
  if (provisionLabel(r) && r.startsWith('(')) return {heading: '', body: r};
  // `7.—Where an offence…`: a dash after the number and a sentence, no heading.
  if (/[\u2014\u2013-]/.test(separator) && !plainHeadingText(r)) return {heading: '', body: r};
  // `3. Punishment for use, etc.—Whoever uses …` (South Asian style): a marginal heading, a dash, then the body.
  const dashed = /^([^\u2014\u2013]{1,160}?)[.,]?\s?[\u2014\u2013]\s?(?=[\p{Lu}(“"])(.*)$/su.exec(
    r.length > HEAD_LIMIT ? r.slice(0, HEAD_LIMIT) : r
  );
  if (dashed && plainHeadingText(dashed[1]!.trim()) && !provisionLabel(dashed[2]!))
    return {heading: dashed[1]!.trim(), body: dashed[2]! + r.slice(Math.min(r.length, HEAD_LIMIT))};
  // `6 Offences. (1) A person…` or `6. Offences.—(1) …`
  const m = /^([^()]{1,160}?)[.\u2014\u2013:-]{1,3}\s?(\(\d{1,3}[A-Z]?\)\s?.*)$/s.exec(r.length > HEAD_LIMIT ? r.slice(0, HEAD_LIMIT) : r);
  if (m && plainHeadingText(m[1]!.trim())) return {heading: m[1]!.trim(), body: m[2]! + r.slice(Math.min(r.length, HEAD_LIMIT))};
  return {heading: r.replace(/[.:\u2014\u2013-]+$/, '').trim(), body: ''};
}

/** Whether text after a section number is a sentence of the body (`This Act may be cited as …`), not a heading (`Offences`). */
function readsAsSentence(text: string): boolean {
  const t = text.trim();
  if (!plainHeadingText(t)) return true;
  const verb = /\b(?:is|are|may|shall|must|means|has|have|does|do|apply|applies|commits?|includes?|cited)\b/.test(t);
  return verb && (/[.:;,\u2014\u2013-]$/.test(t) || t.includes(',') || /\b(?:to|that|who|which|of|the|a|an|and|or|if|by)$/.test(t));
}

/** A contents entry and its heading in the body compare equal: case, spacing and page numbers aside (`Part I – Preliminary\t1`). */
function tocKey(label: string): string {
  return stripBold(label)
    .replace(/^(\S+\s+\S+\s+\S.*?)\s+\d{1,4}$/, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether text reads as a heading rather than a sentence. */
function plainHeadingText(text: string): boolean {
  const t = text.trim().replace(/\.$/, '');
  if (t === '') return true;
  if (t.length > 120) return false;
  if (/[;,:]$/.test(t)) return false;
  if (/^\p{Ll}/u.test(t) || /^\d/.test(t)) return false;
  return t.split(/\s+/).length <= 16;
}

function containerTail(label: string): string {
  const m = /^\S+\s+\S+\s?(.*)$/s.exec(label);
  return (m?.[1] ?? '').replace(/^[.:\u2014\u2013-]+\s*/, '');
}

function plainScheduleLine(kind: {heading: string; label: string}): boolean {
  if (kind.label.length > 120) return false;
  return plainHeadingText(kind.heading);
}

/** Thematic breaks, setext underlines, HTML comments, page markers. */
function isDecoration(trimmed: string): boolean {
  const c = trimmed[0];
  if (c !== '-' && c !== '=' && c !== '*' && c !== '_' && c !== '<') return false;
  if (/^(?:[-=*_] ?){3,}$/.test(trimmed)) return true;
  if (trimmed.startsWith('<!--') && trimmed.endsWith('-->')) return true;
  return /^<a\s[^>]{0,200}><\/a>$/.test(trimmed);
}

/** Section numbers as a list in words: `1, 3 and 4`. */
function joinNumbers(numbers: readonly string[]): string {
  return numbers.length === 1 ? numbers[0]! : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** The line under a schedule's number naming the section that brings it in: "(Section 2)", "[Sections 3 and 5]". */
const SCHEDULE_REFERENCE = /^[([]\s?(?:sections?|ss?\.|regulations?|reg\.|article)\s[\dA-Za-z(),. ]{1,40}[)\]]$/i;

/** Index of the next non-blank line within a few lines, or `undefined`. */
function nextLine(lines: SourceLine[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length && j < i + 3; j++) if (lines[j]!.text.trim() !== '') return j;
  return undefined;
}

/** Whether the next non-blank line starts a section (a cross-heading precedes one). */
function nextIsSection(lines: SourceLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j < i + 4; j++) {
    if (lines[j]!.text.trim() === '') continue;
    return classifyLine(lines[j]!.text).kind.kind === 'section';
  }
  return false;
}

/** Whether a section line in a contents block is followed by body text (the body restarts). */
function hasBody(lines: SourceLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j < i + 6; j++) {
    if (lines[j]!.text.trim() === '') continue;
    const c = classifyLine(lines[j]!.text);
    return !(c.kind.kind === 'section' || c.kind.kind === 'container' || c.kind.kind === 'schedule');
  }
  return false;
}

/** Words that name a statute in a title. */
const NAMES_ACT = /\b(?:Act|Bill|Law|Code|Ordinance|Decree|Statute|Proclamation)\b/i;
/** The short-title clause: "This Act may be cited as the Cluster Munitions Prohibition Act 2012." */
const CITED_AS = /\bmay be (?:cited|called|referred to) as (?:the )?["“]?((?:[^"”.;]|\.(?= ?\d)){3,160}?)["”]?(?:\.(?! ?\d)|;|$)/;
/**
 * The short-title clause as New Zealand drafts it: "This Act is the Cluster
 * Munitions Prohibition Act 2009." (or "(1) This Act is the … Amendment Act
 * 2012."). Only a capitalised name of a statute ("This Act is the law of the
 * land" names none). In both forms a full stop before a number stays in the
 * name ("(No. 2)").
 */
const IS_THE =
  /^(?:\(1\) )?This (?:Act|Ordinance|Law) is (?:the )?["“]?(\p{Lu}(?:[^"”.;]|\.(?= ?\d)){0,120}?\b(?:Act|Ordinance|Law|Code|Decree)\b(?:[^"”.;]|\.(?= ?\d)){0,40}?)["”]?(?:\.(?! ?\d)|;|$)/u;
/** Verbs of an amending section that inserts or substitutes text in another Act. */
const INSERTS = /\b(?:insert(?:ed|ing)?|add(?:ed|ing)?|substitut(?:e|ed|ing)|replac(?:e|ed|ing))\b/i;
/** Inserted text below a section: it stays the amending section's own text. */
const INSERTS_PARTS =
  /\bthe following (?:new )?(?:sub-?sections?|paragraphs?|sub-?paragraphs?|definitions?|words?|expressions?|items?|entry|entries|proviso|sentence)\b/i;
/** A line that leaves its sentence open, so the next line continues it (text wrapped as a PDF wraps it). */
const CONTINUES =
  /(?:,|\(|\b(?:of|the|and|or|to|in|under|by|with|for|a|an|from|than|that|which|on|at|as|not|exceeding|section|sections|subsection|paragraph|article|be|is|are|any|his|her|its|their|this|these|those|nor|into|upon|within|between|after|before))$/;

function continuesLine(previous: string): boolean {
  const t = previous.trimEnd();
  return t !== '' && CONTINUES.test(t.length > 24 ? t.slice(-24) : t);
}

function looksLikeTitle(trimmed: string): boolean {
  if (trimmed.length > 200) return false;
  const t = stripEmphasis(trimmed);
  return /\b(?:Act|Bill|Law|Code|Ordinance|Decree|Statute|Proclamation)\b/i.test(t) || (t === t.toUpperCase() && /\p{Lu}/u.test(t));
}

/** Text for analysis: Markdown emphasis, escapes, links and list markers removed. */
export function cleanText(text: string): string {
  if (!/[[\]*_\\\u00A0-\u3000\uFEFF\t]/.test(text)) return text;
  let t = text;
  if (t.length <= 100_000) t = t.replace(/\[([^\]\n]{0,500})\]\([^)\s]{0,500}\)/g, '$1');
  return normalise(t).replace(/\*\*|__/g, '');
}

export type {Span};
