/**
 * Reading two Acts for comparison without reading what they share.
 *
 * The Act reader (`parseAct`) costs about as much per character as the rest
 * of compare together, and two versions of an Act are mostly identical. So:
 * split both texts cheaply at ATX headings; every section chunk that occurs
 * exactly once in each text, byte for byte, is cut down to its heading line;
 * the reader parses the reduced texts (all structure kept: Parts, numbers,
 * headings, contents, schedules), and the cut sections get their original
 * text and positions back. Their body text is not read at all: alignment
 * pairs the twins through a key derived from the raw chunk (see
 * {@link PairRead.keys}); only changed sections are read in full.
 *
 * Whenever the shortcut could change what the reader sees (small files,
 * fenced code, a cut heading the reader did not take as a section start),
 * both texts are read in full instead.
 */
import type {VFileMessage} from 'vfile-message';
import type {Point, Position} from 'unist';
import {parseAct} from '../act/parse.js';
import type {ActDocument, ActSchedule, ActSection, SourcePoint} from '../act/types.js';

/** Two Acts read for comparison. */
export interface PairRead {
  base: ActDocument;
  other: ActDocument;
  /**
   * Alignment keys for sections whose body was not read (identical chunks in
   * both texts): equal for the two twins and unlike any normalized text.
   * Their `text` and `provisions` are empty; `raw` and positions are exact.
   */
  keys: Map<ActSection | ActSchedule, string>;
  /** Whether the shortcut was taken (for tests and benchmarks). */
  reduced: boolean;
}

/** Below this size the full read is cheap enough. */
const MIN_FAST_BYTES = 32 * 1024;
/** Headings worth cutting: a numbered section, or a schedule. */
const CUTTABLE = /^ {0,3}#{1,6}[ \t]+(?:\*\*)?(?:(?:section|sec\.?|s\.?)\s+)?(?:\d+[A-Za-z]*(?:\.\d+[A-Za-z]*)*|schedule\b|annex\b)/i;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(?:```|~~~)/m;

interface Chunk {
  start: number;
  /** End of the chunk (start of the next heading line). */
  end: number;
  /** End of the last non-blank line, and that line's number and column. */
  contentEnd: number;
  contentEndLine: number;
  contentEndColumn: number;
  /** 1-based line of the heading. */
  line: number;
  /** Length of the heading line (without its newline). */
  headingLength: number;
  cuttable: boolean;
  /** The chunk's text (set once for cuttable chunks, so Map keys hash once). */
  raw?: string;
  /** Alignment key of a cut chunk. */
  key?: string;
}

/** Whether text[from, to) has a character other than space, tab or CR (no slicing: this runs per line). */
function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return true;
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
    // Headings start with '#' after at most three spaces: test the first characters before any regex.
    const c = text.charCodeAt(at);
    const isHeading = (c === 35 || c === 32) && ATX.test(text.slice(at, Math.min(next, at + 16)));
    if (isHeading || current === undefined) {
      if (current) current.end = at;
      const lineText = text.slice(at, next);
      current = {
        start: at,
        end: text.length,
        contentEnd: next,
        contentEndLine: line,
        contentEndColumn: next - at + 1,
        line,
        headingLength: next - at,
        cuttable: isHeading && CUTTABLE.test(lineText.replace(/\r$/, ''))
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

/** Where a stretch of the reduced text came from. */
interface Segment {
  reducedOffset: number;
  originalOffset: number;
  reducedLine: number;
  originalLine: number;
  /** The original chunk, when this stretch is a cut chunk's heading. */
  cut?: Chunk | undefined;
}

function reduce(text: string, list: Chunk[], cut: Set<Chunk>): {text: string; segments: Segment[]} {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  let line = 1;
  for (const chunk of list) {
    const isCut = cut.has(chunk);
    segments.push({reducedOffset: offset, originalOffset: chunk.start, reducedLine: line, originalLine: chunk.line, cut: isCut ? chunk : undefined});
    // A cut chunk keeps its heading line and one blank line, so the reader
    // sees the same structure and the same "after a blank line" context.
    const piece = isCut ? `${text.slice(chunk.start, chunk.start + chunk.headingLength)}\n\n` : text.slice(chunk.start, chunk.end);
    parts.push(piece);
    offset += piece.length;
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
  }
  return {text: parts.join(''), segments};
}

/** The segment a reduced offset falls in (binary search). */
function segmentAt(segments: readonly Segment[], offset: number): Segment {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.reducedOffset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo]!;
}

function mapPoint(segments: readonly Segment[], p: SourcePoint): SourcePoint {
  const s = segmentAt(segments, p.offset);
  return {line: s.originalLine + (p.line - s.reducedLine), column: p.column, offset: s.originalOffset + (p.offset - s.reducedOffset)};
}

/** Map a message's place back to the original text (messages carry line/column only; offsets are re-derived by line). */
function mapMessage(segments: readonly Segment[], lineStarts: readonly number[], message: VFileMessage): void {
  const byLine = (point: Point): Point => {
    const reducedOffset = (lineStarts[point.line - 1] ?? 0) + (point.column - 1);
    const mapped = mapPoint(segments, {line: point.line, column: point.column, offset: reducedOffset});
    return {line: mapped.line, column: mapped.column};
  };
  const place = message.place;
  if (!place) return;
  if ('start' in place) {
    const position: Position = {start: byLine(place.start), end: byLine(place.end)};
    message.place = position;
    message.line = position.start.line;
    message.column = position.start.column;
  } else {
    const point = byLine(place);
    message.place = point;
    message.line = point.line;
    message.column = point.column;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Restore a reduced document: positions back to the original text, cut
 * sections given their original raw text and end. Returns false when the
 * reader did not start a section or schedule exactly at every cut heading.
 */
function restore(
  act: ActDocument,
  original: string,
  reduced: string,
  segments: readonly Segment[],
  keys: Map<ActSection | ActSchedule, string>
): boolean {
  const cutStarts = new Map<number, Chunk>();
  for (const s of segments) if (s.cut) cutStarts.set(s.reducedOffset, s.cut);
  let restored = 0;
  const fix = (item: ActSection | ActSchedule): void => {
    const chunk = cutStarts.get(item.start.offset);
    item.start = mapPoint(segments, item.start);
    if (chunk) {
      restored++;
      item.end = {line: chunk.contentEndLine, column: chunk.contentEndColumn, offset: chunk.contentEnd};
      item.raw = original.slice(chunk.start, chunk.contentEnd);
      keys.set(item, chunk.key!);
    } else {
      item.end = mapPoint(segments, item.end);
      if ('provisions' in item) {
        for (const p of item.provisions) {
          p.start = mapPoint(segments, p.start);
          p.end = mapPoint(segments, p.end);
        }
      }
    }
  };
  act.sections.forEach(fix);
  act.schedules.forEach(fix);
  if (restored !== cutStarts.size) return false;
  const starts = lineStartsOf(reduced);
  for (const m of act.messages) mapMessage(segments, starts, m);
  return true;
}

/**
 * Read two Act texts for comparison, skipping the bodies of sections they
 * share byte for byte. Falls back to reading both in full when that is
 * cheap or the shortcut is unsafe.
 */
export function parsePair(baseText: string, basePath: string, otherText: string, otherPath: string): PairRead {
  const full = (): PairRead => ({base: parseAct(baseText, basePath), other: parseAct(otherText, otherPath), keys: new Map(), reduced: false});
  if (baseText.length + otherText.length < MIN_FAST_BYTES || FENCE.test(baseText) || FENCE.test(otherText)) return full();
  const baseChunks = chunks(baseText);
  const otherChunks = chunks(otherText);
  const rawOf = (text: string, c: Chunk): string => (c.raw ??= text.slice(c.start, c.end));
  // How often each cuttable chunk occurs in each text: only chunks that occur
  // once in each are certainly the same section on both sides.
  const counts = new Map<string, [number, number]>();
  for (const c of baseChunks) {
    if (!c.cuttable) continue;
    const raw = rawOf(baseText, c);
    const entry = counts.get(raw);
    if (entry) entry[0]++;
    else counts.set(raw, [1, 0]);
  }
  for (const c of otherChunks) {
    if (!c.cuttable) continue;
    const entry = counts.get(rawOf(otherText, c));
    if (entry) entry[1]++;
  }
  const shared = (text: string, c: Chunk): boolean => {
    if (!c.cuttable) return false;
    const entry = counts.get(rawOf(text, c));
    return entry !== undefined && entry[0] === 1 && entry[1] === 1;
  };
  const baseCut = new Set(baseChunks.filter((c) => shared(baseText, c)));
  const otherCut = new Set(otherChunks.filter((c) => shared(otherText, c)));
  // Twins get the same key: the chunk text, marked so it can never equal a
  // normalized section text. One string per text pair, shared by both twins.
  const keyOf = new Map<string, string>();
  for (const c of [...baseCut, ...otherCut]) {
    const raw = c.raw!;
    let key = keyOf.get(raw);
    if (key === undefined) keyOf.set(raw, (key = `\u0001${raw}`));
    c.key = key;
  }
  // Not worth it (or a different kind of document): read in full.
  if (baseCut.size < baseChunks.length / 4) return full();
  const keys = new Map<ActSection | ActSchedule, string>();
  const b = reduce(baseText, baseChunks, baseCut);
  const o = reduce(otherText, otherChunks, otherCut);
  const base = parseAct(b.text, basePath);
  const other = parseAct(o.text, otherPath);
  if (!restore(base, baseText, b.text, b.segments, keys) || !restore(other, otherText, o.text, o.segments, keys)) return full();
  return {base, other, keys, reduced: true};
}
