/**
 * Cheap text signatures for alignment. Everything here is linear in the text
 * length, so alignment can afford to compute it for every section and keep the
 * expensive work (similarity, word diff) for the few sections that differ.
 */

/**
 * Characters that look like a space but are not U+0020: NBSP, narrow NBSP,
 * the en/em family, ideographic space, line/paragraph separators. Drafts
 * pasted from word processors are full of them; they are not a change.
 */
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\t\r\n\f\v ]+/g;
/** Zero-width characters and the BOM: invisible, never a change of substance. */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/**
 * Normalize text for equality tests: Unicode NFC (so a precomposed é equals
 * e + combining acute), invisible characters dropped, any run of space-like
 * characters folded to one space, trimmed. Case and punctuation are kept: a
 * change of case in an Act is a change.
 */
export function normalizeText(text: string): string {
  // Fast path: printable ASCII without doubled, leading or trailing spaces is
  // already normal (most legal text, as folded by the Act reader). One scan.
  if (!/[^\x21-\x7e ]| {2}|^ | $/.test(text)) return text;
  // NFC is the costly step; skip it for pure ASCII.
  // eslint-disable-next-line no-control-regex
  const nfc = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFC') : text;
  return nfc.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').trim();
}

/**
 * Normalize a section number for comparison: `10A`, `10 A` and `10a` are
 * the same number; a trailing full stop (`10.`) is punctuation.
 */
export function normalizeNumber(number: string): string {
  return normalizeText(number).replace(/\.$/, '').replace(/\s+/g, '').toLowerCase();
}

/** Normalize a heading: as {@link normalizeText}, case-insensitive, trailing full stop dropped. */
export function normalizeHeading(heading: string): string {
  return normalizeText(heading).replace(/[.:]$/, '').toLowerCase();
}

// Split on what is not a word rather than match words: a greedy match over a
// "word" megabytes long (a pasted blob) overflows V8's regexp stack.
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/** The words of a text, lower-cased (letters, digits and combining marks). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(NOT_WORD)
    .filter((word) => word !== '');
}

/**
 * The set of word bigrams ("shingles") of a text; a one-word text gives its
 * single word. Bigrams rather than words so that word order counts, and
 * rather than trigrams so that one reworded word costs only two shingles.
 */
export function shingles(text: string): Set<string> {
  const list = words(text);
  const set = new Set<string>();
  if (list.length === 1) set.add(list[0] as string);
  for (let i = 1; i < list.length; i++) set.add(`${list[i - 1]} ${list[i]}`);
  return set;
}

/** Size of the intersection of two sets (iterates the smaller one). */
export function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const item of small) if (large.has(item)) count++;
  return count;
}

/** Dice coefficient of two shingle sets: 1 for equal sets, 0 for disjoint ones; two empty sets are equal. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  return (2 * intersectionSize(a, b)) / (a.size + b.size);
}

/** Share of `part`'s shingles found in `whole` (0 when `part` is empty). */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  return intersectionSize(part, whole) / part.size;
}
