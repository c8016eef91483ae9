/**
 * What a hand edit changed, word by word, for a trainer to read: the `diff`
 * package's array diff over tokens that keep a sum of money, a number and
 * its unit whole ("$100,000" is one token, never "100" and "000"), with
 * punctuation as tokens of its own and paragraph labels ("(b)") left out
 * (a relettered paragraph is not a changed word). Each change is one place
 * where the text differs, with the words taken out and put in quoted from
 * the texts themselves, so nothing in between (", or to both") is lost:
 * applying every change to the model's tokens gives the edited text's.
 */
import {diffArrays} from 'diff';

/** One token and where it is in its text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** One place where the edited text differs: what was there and what is there now ('' for none). */
export interface WordChange {
  /** Index of the first token taken out, in the model text's tokens (labels left out). */
  at: number;
  /** How many tokens were taken out there. */
  count: number;
  /** The tokens put in there. */
  inserted: string[];
  /** The words taken out, and put in, as the texts print them (spacing and punctuation kept). */
  removed: string;
  added: string;
}

/**
 * Tokens: a paragraph label standing alone (`(b)`, `(1)`, `(iv)`), a number
 * with its currency and separators (`$100,000`, `3.5`, `10%`), a word (with
 * apostrophes and hyphens inside it), or one punctuation mark.
 */
const TOKEN =
  /(?<label>(?<![\p{L}\p{N})])\((?:[0-9]+[A-Z]*|[a-z]{1,4})\)(?![\p{L}\p{N}(]))|(?<number>[$€£¥]?\p{N}+(?:[.,]\p{N}+)*%?)|(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}])|(?<mark>[^\s\p{L}\p{N}])/gu;

/** The tokens of a text, paragraph labels left out. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m.groups?.['label'] !== undefined) continue;
    out.push({text: m[0], start: m.index, end: m.index + m[0].length});
  }
  return out;
}

/** The text from the first token to the last, as printed (Markdown emphasis marks and line breaks folded). */
function span(text: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  return text.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/\s+/g, ' ').trim();
}

/** Hunks separated by this many equal tokens or fewer, all of them small words or punctuation, are read as one change. */
const JOIN_ACROSS = 2;
const SMALL = new Set(['a', 'an', 'the', 'or', 'and', 'to', 'of', 'in', 'for', 'by', 'on', 'any', ',', ';']);

/** A change as token ranges: `a` in the model text's tokens, `b` in the edited text's. */
interface Hunk {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Every place where `after` differs from `before`, in order. */
export function wordChanges(before: string, after: string): WordChange[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const at = a.map((t) => t.text);
  const bt = b.map((t) => t.text);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  for (const part of diffArrays(at, bt)) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      if (open) hunks.push(open);
      open = undefined;
      i += n;
      j += n;
      continue;
    }
    open ??= {a0: i, a1: i, b0: j, b1: j};
    if (part.removed) open.a1 = i += n;
    else open.b1 = j += n;
  }
  if (open) hunks.push(open);
  // Read as a person would: changes only a small word apart ("a", "or") are one change, without the words both texts share at its ends.
  const joined: Hunk[] = [];
  for (const h of hunks) {
    const last = joined.at(-1);
    if (last && h.a0 - last.a1 <= JOIN_ACROSS && at.slice(last.a1, h.a0).every((t) => SMALL.has(t.toLowerCase()))) {
      last.a1 = h.a1;
      last.b1 = h.b1;
    } else joined.push({...h});
  }
  for (const h of joined) {
    while (h.a0 < h.a1 && h.b0 < h.b1 && at[h.a0] === bt[h.b0]) {
      h.a0++;
      h.b0++;
    }
    while (h.a1 > h.a0 && h.b1 > h.b0 && at[h.a1 - 1] === bt[h.b1 - 1]) {
      h.a1--;
      h.b1--;
    }
  }
  return joined
    .filter((h) => h.a1 > h.a0 || h.b1 > h.b0)
    .map((h) => ({
      at: h.a0,
      count: h.a1 - h.a0,
      inserted: bt.slice(h.b0, h.b1),
      removed: span(before, a.slice(h.a0, h.a1)),
      added: span(after, b.slice(h.b0, h.b1))
    }));
}

/** Apply changes to the tokens of the model text: the tokens of the edited text (what the property tests check). */
export function applyChanges(tokens: readonly string[], changes: readonly WordChange[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const c of changes) {
    out.push(...tokens.slice(i, c.at), ...c.inserted);
    i = c.at + c.count;
  }
  out.push(...tokens.slice(i));
  return out;
}
