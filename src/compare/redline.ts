/**
 * Word-level redline inside a modified pair, with jsdiff. The one guarantee
 * readers (and the property tests) rely on: the "before" side of a redline
 * is exactly the base text and the "after" side exactly the other text.
 */
import {diffWords, diffWordsWithSpace, type ChangeObject} from 'diff';

/** One run of a redline. */
export interface RedlineSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * How much word diffing a redline may do, counted in work rather than
 * time, so the same two texts always give the same redline whatever the
 * machine's load. A word diff costs about the length of the texts plus the
 * square of the word edits it explores (at worst, length times edits).
 */
export const redlineLimits = {
  /** Most word edits shown word by word in one pair of texts. */
  maxEdits: 2000,
  /** Length (characters of both texts) × edits explored, for one pair: bounds the diff's worst case. */
  pairWork: 100_000_000,
  /** Length + edits² summed over all pairs of one comparison (about 15 s of diffing on a slow machine). */
  totalWork: 60_000_000
} as const;

/** Options for {@link redline}. */
export interface RedlineOptions {
  /** Most word edits to explore before showing the whole text as replaced (default: {@link redlineLimits}, scaled by length). */
  maxEdits?: number | undefined;
}

/** A redline and whether it had to give up on word level. */
export interface BoundedRedline {
  segments: RedlineSegment[];
  /** The texts differ in more than `maxEdits` words: shown as the whole text replaced. */
  whole: boolean;
  /** Work counted (length + edits², see {@link redlineWork}), for budgets across many pairs. */
  work: number;
  /** The edit limit that applied. */
  maxEdits: number;
}

/** The base text a redline was made from: equal and deleted runs. */
export function beforeText(segments: readonly RedlineSegment[]): string {
  return segments.map((s) => (s.op === 'insert' ? '' : s.text)).join('');
}

/** The other text a redline was made from: equal and inserted runs. */
export function afterText(segments: readonly RedlineSegment[]): string {
  return segments.map((s) => (s.op === 'delete' ? '' : s.text)).join('');
}

function toSegments(changes: readonly ChangeObject<string>[]): RedlineSegment[] {
  const out: RedlineSegment[] = [];
  for (const change of changes) {
    if (change.value === '') continue;
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += change.value;
    else out.push({op, text: change.value});
  }
  return out;
}

function faithful(segments: readonly RedlineSegment[], before: string, after: string): boolean {
  return beforeText(segments) === before && afterText(segments) === after;
}

/**
 * The edit limit for two texts of this length: at most `maxEdits`, at most
 * `pairWork / length`, and within `budget` (length + edits²) when given.
 */
export function editLimitFor(length: number, budget?: number): number {
  let limit = Math.min(redlineLimits.maxEdits, Math.floor(redlineLimits.pairWork / Math.max(1, length)));
  if (budget !== undefined) limit = budget <= length ? 0 : Math.min(limit, Math.floor(Math.sqrt(budget - length)));
  return Math.max(0, limit);
}

/** The work a diff of this length and this many edits counts for (see {@link redlineLimits}). */
export function redlineWork(length: number, edits: number): number {
  return length + edits * edits;
}

/**
 * Word-level redline of `before` against `after`. Uses `diffWords` (whitespace
 * folded into the changes, which reads best); when its whitespace handling
 * would not reproduce both texts exactly, falls back to `diffWordsWithSpace`,
 * and as a last resort (more edits than allowed, or still not exact) to a
 * whole replacement. Bounded by size, never by time: the result depends on
 * the texts only.
 */
export function boundedRedline(before: string, after: string, options: RedlineOptions = {}): BoundedRedline {
  const length = before.length + after.length;
  const maxEdits = options.maxEdits ?? editLimitFor(length);
  if (before === after) return {segments: before === '' ? [] : [{op: 'equal', text: before}], whole: false, work: 0, maxEdits};
  const whole = (work: number): BoundedRedline => {
    const segments: RedlineSegment[] = [];
    if (before !== '') segments.push({op: 'delete', text: before});
    if (after !== '') segments.push({op: 'insert', text: after});
    return {segments, whole: true, work, maxEdits};
  };
  if (before === '' || after === '') return {...whole(0), whole: false};
  if (maxEdits === 0) return whole(0);
  const words = diffWords(before, after, {maxEditLength: maxEdits});
  // Too many edits: a second diff would fail the same way.
  if (!words) return whole(redlineWork(length, maxEdits));
  const used = redlineWork(length, editsIn(words));
  const segments = toSegments(words);
  if (faithful(segments, before, after)) return {segments, whole: false, work: used, maxEdits};
  const spaced = diffWordsWithSpace(before, after, {maxEditLength: maxEdits});
  if (spaced) {
    const exact = toSegments(spaced);
    if (faithful(exact, before, after)) return {segments: exact, whole: false, work: used + redlineWork(length, editsIn(spaced)), maxEdits};
  }
  return whole(used + redlineWork(length, maxEdits));
}

/** Word-level redline of `before` against `after` (see {@link boundedRedline}). */
export function redline(before: string, after: string, options: RedlineOptions = {}): RedlineSegment[] {
  return boundedRedline(before, after, options).segments;
}

/** How many tokens a diff inserted or deleted. */
function editsIn(changes: readonly ChangeObject<string>[]): number {
  let n = 0;
  for (const change of changes) if (change.added || change.removed) n += change.count ?? 1;
  return n;
}

/** Number of words inserted and deleted, for summaries ("+12 −3 words"). */
export function redlineStats(segments: readonly RedlineSegment[]): {inserted: number; deleted: number} {
  let inserted = 0;
  let deleted = 0;
  for (const s of segments) {
    const count = s.text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '').length;
    if (s.op === 'insert') inserted += count;
    else if (s.op === 'delete') deleted += count;
  }
  return {inserted, deleted};
}
