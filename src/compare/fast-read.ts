/**
 * Reading two Acts for comparison without reading what they share.
 *
 * The Act reader (`parseAct`) costs more per section than the rest of
 * compare together, and two versions of an Act are mostly identical. So:
 * split both texts cheaply at ATX headings; every section chunk that occurs
 * exactly once in each text, byte for byte, and whose heading has the plain
 * bill shape (`### 10 Offences relating to cluster munitions`) is set aside;
 * the reader parses the rest (all Parts, contents, schedules and changed
 * sections, so their structure is read exactly as usual); the set-aside
 * sections are put back in document order with their number and heading
 * read from the heading line, their raw text and exact positions. Their
 * bodies are not read at all: alignment pairs the twins through a key made
 * from the raw chunk ({@link PairRead.keys}).
 *
 * The reader's order warnings (`section-out-of-order`) are dropped, since it
 * saw only part of the sections; duplicate-number warnings may be missed.
 *
 * Whenever the shortcut could change what the reader sees (small files,
 * fenced code, HTML comments, CRLF line ends, headings inside a contents
 * block or a schedule, a Part heading with its title on the next line), the
 * chunk is not set aside, or both texts are read in full.
 */
import type {Point, Position} from 'unist';
import type {VFileMessage} from 'vfile-message';
import {atxHeading, classifyHeading, normalise} from '../act/lines.js';
import {parseAct} from '../act/parse.js';
import type {ActDocument, ActSchedule, ActSection, SourcePoint} from '../act/types.js';

/** Two Acts read for comparison. */
export interface PairRead {
  base: ActDocument;
  other: ActDocument;
  /**
   * Alignment keys for sections whose body was not read (identical chunks in
   * both texts): equal for the two twins and unlike any normalized text.
   * Their `text` and `provisions` are empty; number, heading, containers,
   * `raw` and positions are as a full read gives them.
   */
  keys: Map<ActSection | ActSchedule, string>;
  /** Whether the shortcut was taken (for tests and benchmarks). */
  reduced: boolean;
}

/** Options for {@link parsePair}. */
export interface PairOptions {
  /** Below this total size (characters) both texts are read in full (default 32 KiB). */
  minSize?: number | undefined;
}

/** `### 10 Offences relating to cluster munitions`: the only heading shape set aside. */
const PLAIN_SECTION = /^(#{1,6}) (\d{1,4}[A-Z]{0,3}) ([A-Za-z][A-Za-z0-9 ,'()/-]{0,118}[A-Za-z0-9)])$/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Fenced code, HTML comments, CR line ends: read in full (substring tests: far cheaper than a multiline regex). */
const unsafe = (text: string): boolean => text.includes('```') || text.includes('~~~') || text.includes('<!--') || text.includes('\r');
/** A whole line in emphasis: the reader may take it as a cross-heading, which chunking does not follow. */
const EMPHASIS_LINE = /^[ \t]*(\*\*?|__?)(?=\S)[^\n]*\S\1[ \t]*$/m;

interface Chunk {
  start: number;
  /** End of the chunk (start of the next heading line, or end of text). */
  end: number;
  /** End of the last non-blank line, with that line's number and column. */
  contentEnd: number;
  contentEndLine: number;
  contentEndColumn: number;
  /** 1-based line of the heading. */
  line: number;
  /** The heading line (empty for text before the first heading). */
  heading: string;
  /** Number and heading when the heading has the plain section shape and sits where sections are read. */
  plain?: {number: string; heading: string; containers: string[]} | undefined;
  /** The chunk's text (set once, so Map keys hash once). */
  raw?: string | undefined;
  /** Alignment key of a set-aside chunk. */
  key?: string | undefined;
}

/** Whether text[from, to) has a line wholly in emphasis (a '*' or '_' must occur first: most legal text has neither). */
function hasEmphasisLine(text: string, from: number, to: number): boolean {
  // Scan only [from, to): `indexOf` from `from` would search the rest of the file for every chunk (quadratic on large Acts).
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95) return EMPHASIS_LINE.test(text.slice(from, to));
  }
  return false;
}

/** Whether text[from, to) has a character other than space or tab (no slicing: this runs per line). */
function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return true;
  }
  return false;
}

/** Split a text into chunks at ATX headings (the first chunk is whatever precedes the first heading). */
function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let current: Chunk | undefined;
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    let next = text.indexOf('\n', at);
    if (next === -1) next = text.length;
    // Headings start with '#' after at most three spaces: test the first character before any regex.
    const c = text.charCodeAt(at);
    const isHeading = (c === 35 || c === 32) && ATX.test(text.slice(at, Math.min(next, at + 8)));
    if (isHeading || current === undefined) {
      if (current) current.end = at;
      current = {
        start: at,
        end: text.length,
        contentEnd: next,
        contentEndLine: line,
        contentEndColumn: next - at + 1,
        line,
        heading: isHeading ? text.slice(at, next) : ''
      };
      out.push(current);
    } else if (hasContent(text, at, next)) {
      current.contentEnd = next;
      current.contentEndLine = line;
      current.contentEndColumn = next - at + 1;
    }
    if (next === text.length) break;
    at = next + 1;
    line++;
  }
  return out;
}

/** Link text, odd spaces and bold markers as the reader cleans headings. */
function clean(text: string): string {
  return normalise(text.replace(/\[([^\]\n]{0,500})\]\([^)\s]{0,500}\)/g, '$1')).replace(/\*\*|__/g, '');
}

/**
 * Mark the chunks whose heading has the plain section shape and sits where
 * the reader reads sections: after any contents block has ended, before the
 * first schedule. Tracks Parts and cross-headings as the reader does, for
 * the containers of set-aside sections. Returns false when the text has a
 * structure the tracking does not follow (then nothing is set aside).
 */
function markPlain(list: Chunk[], text: string): boolean {
  const containers: Array<{rank: number; label: string}> = [];
  let tocLevel = 0; // > 0 while inside a contents block
  let closed = false; // a schedule started: nothing after it is set aside
  let seenSection = false;
  let seenTitle = false;
  for (const chunk of list) {
    if (chunk.heading === '') continue;
    const plain = PLAIN_SECTION.exec(chunk.heading);
    const level = plain ? plain[1]!.length : (/^ {0,3}(#{1,6})/.exec(chunk.heading)?.[1]?.length ?? 0);
    if (tocLevel > 0) {
      if (level > tocLevel) continue;
      tocLevel = 0;
    }
    const atx = plain ? undefined : atxHeading(chunk.heading);
    const kind = atx ? classifyHeading(normalise(atx.content)) : undefined;
    // Emphasis lines in the body (not in a contents block or a schedule)
    // can be cross-headings to the reader: too subtle to follow here.
    if (!closed && kind?.kind !== 'toc' && hasEmphasisLine(text, chunk.start + chunk.heading.length, chunk.end)) return false;
    if (plain) {
      // The first section stays with the reader: it is how the reader sees
      // where a contents block ends (the first section listed, with a body).
      if (!closed && seenSection) chunk.plain = {number: plain[2]!, heading: plain[3]!, containers: containers.map((c) => c.label)};
      seenSection = true;
      continue;
    }
    if (!atx || !kind) return false;
    if (kind.kind === 'toc') {
      if (seenSection) return false;
      tocLevel = atx.level;
    } else if (kind.kind === 'schedule') {
      closed = true;
    } else if (kind.kind === 'container') {
      const label = clean(kind.label);
      // `## Part 2` with its title on the next line: the reader joins them; we do not follow.
      if (!/^\S+\s+\S+\s?\S/.test(label)) return false;
      while (containers.length > 0 && containers[containers.length - 1]!.rank >= kind.rank) containers.pop();
      containers.push({rank: kind.rank, label});
    } else if (kind.kind === 'section') {
      seenSection = true; // another section shape: the reader reads it
    } else if (atx.level === 1 && !seenTitle && !seenSection && containers.length === 0) {
      seenTitle = true;
    } else if (seenSection || containers.length > 0) {
      // An unnumbered heading between sections is a cross-heading (rank 9 in the reader).
      while (containers.length > 0 && containers[containers.length - 1]!.rank >= 9) containers.pop();
      containers.push({rank: 9, label: clean(atx.content)});
    } else {
      return false; // front-matter headings: leave the whole text to the reader
    }
  }
  return true;
}

/** Where a stretch of the reduced text came from. */
interface Segment {
  reducedOffset: number;
  originalOffset: number;
  reducedLine: number;
  originalLine: number;
}

function reduce(text: string, list: Chunk[], aside: Set<Chunk>): {text: string; segments: Segment[]} {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  let line = 1;
  for (const chunk of list) {
    if (aside.has(chunk)) continue;
    segments.push({reducedOffset: offset, originalOffset: chunk.start, reducedLine: line, originalLine: chunk.line});
    const piece = text.slice(chunk.start, chunk.end);
    parts.push(piece);
    offset += piece.length;
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
  }
  // A sentinel so that offsets at the very end map too.
  segments.push({reducedOffset: offset, originalOffset: text.length, reducedLine: line, originalLine: -1});
  return {text: parts.join(''), segments};
}

/** The segment a reduced offset falls in (binary search; the end of a segment belongs to it). */
function segmentAt(segments: readonly Segment[], offset: number): Segment {
  let lo = 0;
  let hi = segments.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.reducedOffset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segments[Math.max(0, lo)]!;
}

function mapPoint(segments: readonly Segment[], p: SourcePoint): SourcePoint {
  const s = segmentAt(segments, p.offset);
  return {line: s.originalLine + (p.line - s.reducedLine), column: p.column, offset: s.originalOffset + (p.offset - s.reducedOffset)};
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Map a message's place back to the original text. */
function mapMessage(segments: readonly Segment[], lineStarts: readonly number[], message: VFileMessage): void {
  const map = (point: Point): Point => {
    const offset = (lineStarts[point.line - 1] ?? 0) + (point.column - 1);
    const mapped = mapPoint(segments, {line: point.line, column: point.column, offset});
    return {line: mapped.line, column: mapped.column};
  };
  const place = message.place;
  if (!place) return;
  const position: Position | Point = 'start' in place ? {start: map(place.start), end: map(place.end)} : map(place);
  message.place = position;
  const start = 'start' in position ? position.start : position;
  message.line = start.line;
  message.column = start.column;
}

/** The reader's result for the reduced text, mapped back and completed with the set-aside sections. */
function restore(
  act: ActDocument,
  original: string,
  reduced: string,
  segments: readonly Segment[],
  list: readonly Chunk[],
  aside: Set<Chunk>,
  keys: PairRead['keys']
): void {
  for (const item of [...act.sections, ...act.schedules]) {
    item.start = mapPoint(segments, item.start);
    item.end = mapPoint(segments, item.end);
  }
  for (const section of act.sections) {
    for (const p of section.provisions) {
      p.start = mapPoint(segments, p.start);
      p.end = mapPoint(segments, p.end);
    }
  }
  // Order and duplicate checks saw only part of the sections: their
  // warnings would be partial, and compare reports moves itself.
  act.messages = act.messages.filter((m) => m.ruleId !== 'section-out-of-order');
  const starts = lineStartsOf(reduced);
  for (const m of act.messages) mapMessage(segments, starts, m);
  const added: ActSection[] = [];
  for (const chunk of list) {
    if (!aside.has(chunk)) continue;
    const section: ActSection = {
      number: chunk.plain!.number,
      heading: chunk.plain!.heading,
      containers: chunk.plain!.containers,
      text: '',
      raw: original.slice(chunk.start, chunk.contentEnd),
      provisions: [],
      start: {line: chunk.line, column: 1, offset: chunk.start},
      end: {line: chunk.contentEndLine, column: chunk.contentEndColumn, offset: chunk.contentEnd}
    };
    keys.set(section, chunk.key!);
    added.push(section);
  }
  // Merge in document order (both lists are already in order).
  const merged: ActSection[] = [];
  let i = 0;
  let j = 0;
  while (i < act.sections.length || j < added.length) {
    if (j >= added.length || (i < act.sections.length && act.sections[i]!.start.offset < added[j]!.start.offset))
      merged.push(act.sections[i++]!);
    else merged.push(added[j++]!);
  }
  act.sections = merged;
}

/**
 * Read two Act texts for comparison, setting aside the sections they share
 * byte for byte. Falls back to reading both in full when that is cheap or
 * the shortcut is unsafe.
 */
export function parsePair(baseText: string, basePath: string, otherText: string, otherPath: string, options: PairOptions = {}): PairRead {
  const full = (): PairRead => ({
    base: parseAct(baseText, basePath),
    other: parseAct(otherText, otherPath),
    keys: new Map(),
    reduced: false
  });
  if (baseText.length + otherText.length < (options.minSize ?? 32 * 1024) || unsafe(baseText) || unsafe(otherText)) return full();
  const baseChunks = chunks(baseText);
  const otherChunks = chunks(otherText);
  if (!markPlain(baseChunks, baseText) || !markPlain(otherChunks, otherText)) return full();
  const rawOf = (text: string, c: Chunk): string => (c.raw ??= text.slice(c.start, c.end));
  // How often each plain chunk occurs in each text: only chunks that occur
  // once in each are certainly the same section on both sides.
  const counts = new Map<string, [number, number]>();
  for (const c of baseChunks) {
    if (!c.plain) continue;
    const raw = rawOf(baseText, c);
    const entry = counts.get(raw);
    if (entry) entry[0]++;
    else counts.set(raw, [1, 0]);
  }
  for (const c of otherChunks) {
    if (!c.plain) continue;
    const entry = counts.get(rawOf(otherText, c));
    if (entry) entry[1]++;
  }
  const shared = (c: Chunk): boolean => {
    if (!c.plain) return false;
    const entry = counts.get(c.raw!);
    return entry !== undefined && entry[0] === 1 && entry[1] === 1;
  };
  const baseAside = new Set(baseChunks.filter(shared));
  const otherAside = new Set(otherChunks.filter(shared));
  // Not worth it (or a different kind of document): read in full.
  if (baseAside.size < baseChunks.length / 4) return full();
  // Twins get the same key: the raw chunk, one string object for both (so
  // it hashes once). A raw chunk holds a line break and a normalized text
  // never does, so the two kinds of key cannot meet; a chunk without a line
  // break (a last heading without body) is marked instead.
  const keyOf = new Map<string, string>();
  for (const c of [...baseAside, ...otherAside]) {
    let key = keyOf.get(c.raw!);
    if (key === undefined) keyOf.set(c.raw!, (key = c.raw!.includes('\n') ? c.raw! : `\u0001${c.raw!}`));
    c.key = key;
  }
  const keys: PairRead['keys'] = new Map();
  const b = reduce(baseText, baseChunks, baseAside);
  const o = reduce(otherText, otherChunks, otherAside);
  const base = parseAct(b.text, basePath);
  const other = parseAct(o.text, otherPath);
  // With every section set aside the reader finds "no sections": expected
  // here. Any other error means the reduced text reads differently.
  for (const act of [base, other]) act.messages = act.messages.filter((m) => m.ruleId !== 'not-an-act');
  const misread = (act: ActDocument): boolean => act.messages.some((m) => m.fatal === true || m.ruleId === 'unterminated-contents');
  if (misread(base) || misread(other)) return full();
  restore(base, baseText, b.text, b.segments, baseChunks, baseAside, keys);
  restore(other, otherText, o.text, o.segments, otherChunks, otherAside, keys);
  return {base, other, keys, reduced: true};
}
