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

/** Options for {@link redline}. */
export interface RedlineOptions {
  /**
   * Give up word diffing after this many milliseconds and show the whole
   * text as replaced (default 2000). Guards against huge, very different
   * sections (a 5 MB single line) taking minutes.
   */
  timeout?: number;
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
 * Word-level redline of `before` against `after`. Uses `diffWords` (whitespace
 * folded into the changes, which reads best); when its whitespace handling
 * would not reproduce both texts exactly, falls back to `diffWordsWithSpace`,
 * and as a last resort (timeout, or still not exact) to a whole replacement.
 */
export function redline(before: string, after: string, options: RedlineOptions = {}): RedlineSegment[] {
  if (before === after) return before === '' ? [] : [{op: 'equal', text: before}];
  const timeout = options.timeout ?? 2000;
  const words = diffWords(before, after, {timeout});
  if (words) {
    const segments = toSegments(words);
    if (faithful(segments, before, after)) return segments;
  }
  // A timeout means the texts are too different to show word by word; a
  // second diff would only time out as well.
  const spaced = words ? diffWordsWithSpace(before, after, {timeout}) : undefined;
  if (spaced) {
    const segments = toSegments(spaced);
    if (faithful(segments, before, after)) return segments;
  }
  const whole: RedlineSegment[] = [];
  if (before !== '') whole.push({op: 'delete', text: before});
  if (after !== '') whole.push({op: 'insert', text: after});
  return whole;
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
