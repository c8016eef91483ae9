/**
 * Inline Markdown to formatted runs: bold and italic (defined terms are
 * bold), backslash escapes (`\*`, `\_`, `\[` as the tool's own drafts and
 * pandoc write them), character references (`&amp;`, `&#8212;`), code spans,
 * links (their text) and autolinks. Raw inline HTML is kept as the text
 * someone typed. A line-level reader cannot afford a full CommonMark parse,
 * so this follows CommonMark's delimiter-run rules for `*` and `_` (flanking,
 * intraword underscores) over one paragraph at a time, which is what Acts
 * and the tool's drafts use.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference';
import type {Run, SourcePoint} from '../bill/model.js';

/** ASCII punctuation a backslash may escape (CommonMark). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;

interface Token {
  kind: 'text' | 'delim';
  text: string;
  /** Offset in the source string where the token starts. */
  at: number;
  /** Delimiter runs: the character, how many are left, and whether they can open or close. */
  char?: string;
  count?: number;
  open?: boolean;
  close?: boolean;
  /** Style changes applied before (openers) or after (closers) the token's remaining text. */
  opens?: Array<'bold' | 'italic'>;
  closes?: Array<'bold' | 'italic'>;
}

function decodeReference(text: string, i: number): {value: string; length: number} | undefined {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/.exec(text.slice(i, i + 40));
  if (!m) return undefined;
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    const value = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
    return {value, length: m[0].length};
  }
  const named = decodeNamedCharacterReference(m[3]!);
  return named === false ? undefined : {value: named, length: m[0].length};
}

/** Split a paragraph's source into text and delimiter-run tokens, resolving escapes, references, code and links. */
const SPECIAL = /[\\&`<![*_]/g;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let textAt = 0;
  const flush = (at: number): void => {
    if (text !== '') tokens.push({kind: 'text', text, at: textAt});
    text = '';
    textAt = at;
  };
  let i = 0;
  while (i < source.length) {
    // Ordinary text runs to the next character that may start markup.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(source);
    const stop = next ? next.index : source.length;
    if (stop > i) {
      if (text === '') textAt = i;
      text += source.slice(i, stop);
      i = stop;
      continue;
    }
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      if (text === '') textAt = i;
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === '&') {
      const ref = decodeReference(source, i);
      if (ref) {
        if (text === '') textAt = i;
        text += ref.value;
        i += ref.length;
        continue;
      }
    }
    if (c === '`') {
      let n = 1;
      while (source[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const end = source.indexOf(fence, i + n);
      if (end !== -1 && source[end + n] !== '`') {
        if (text === '') textAt = i;
        let code = source.slice(i + n, end).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        text += code;
        i = end + n;
        continue;
      }
      if (text === '') textAt = i;
      text += fence;
      i += n;
      continue;
    }
    if (c === '<') {
      // Autolinks keep their address as text; anything else is typed text.
      const m = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(source.slice(i, i + 2048));
      if (m) {
        if (text === '') textAt = i;
        text += m[1];
        i += m[0].length;
        continue;
      }
    }
    if (c === '!' && source[i + 1] === '[') {
      // An image carries no text of the Act: its alternative text is kept, as a reader would see it.
      const link = linkAt(source, i + 1);
      if (link) {
        flush(i);
        tokens.push(...tokenize(link.label).map((t) => ({...t, at: t.at + i + 2})));
        i = link.end;
        textAt = i;
        continue;
      }
    }
    if (c === '[') {
      const link = linkAt(source, i);
      if (link) {
        flush(i);
        tokens.push(...tokenize(link.label).map((t) => ({...t, at: t.at + i + 1})));
        i = link.end;
        textAt = i;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      let n = 1;
      while (source[i + n] === c) n++;
      const before = i === 0 ? ' ' : source[i - 1]!;
      const after = i + n >= source.length ? ' ' : source[i + n]!;
      const left = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
      const right = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
      const open = c === '*' ? left : left && (!right || PUNCTUATION.test(before));
      const close = c === '*' ? right : right && (!left || PUNCTUATION.test(after));
      flush(i);
      tokens.push({kind: 'delim', text: source.slice(i, i + n), at: i, char: c, count: n, open, close});
      i += n;
      textAt = i;
      continue;
    }
    if (text === '') textAt = i;
    text += c;
    i++;
  }
  flush(i);
  return tokens;
}

/** An inline link or reference-style link `[label](destination)` starting at `i`. */
function linkAt(source: string, i: number): {label: string; end: number} | undefined {
  let depth = 0;
  let j = i;
  const limit = Math.min(source.length, i + 1000);
  for (; j < limit; j++) {
    const c = source[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (depth !== 0 || source[j + 1] !== '(') return undefined;
  // The destination may hold balanced parentheses (`javascript:alert(1)`).
  let parens = 0;
  let close = -1;
  for (let k = j + 2; k < Math.min(source.length, j + 1000); k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '(') parens++;
    else if (c === ')') {
      if (parens === 0) {
        close = k;
        break;
      }
      parens--;
    }
  }
  const destination =
    close === -1
      ? ''
      : (source
          .slice(j + 2, close)
          .trim()
          .split(/\s+"/)[0] ?? '');
  if (close === -1 || /\s/.test(destination)) return undefined;
  return {label: source.slice(i + 1, j), end: close + 1};
}

/** Pair delimiter runs (CommonMark "process emphasis", simplified: no link brackets left at this point). */
function pairDelimiters(tokens: Token[]): void {
  for (let c = 0; c < tokens.length; c++) {
    const closer = tokens[c]!;
    if (closer.kind !== 'delim' || !closer.close) continue;
    while (closer.count! > 0) {
      let o = c - 1;
      let found: Token | undefined;
      for (; o >= 0; o--) {
        const opener = tokens[o]!;
        if (opener.kind !== 'delim' || opener.char !== closer.char || !opener.open || opener.count! === 0) continue;
        // "Rule of three": a run that can both open and close does not pair with one whose lengths sum to a multiple of 3.
        if (
          (opener.close || closer.open) &&
          (opener.count! + closer.count!) % 3 === 0 &&
          (opener.count! % 3 !== 0 || closer.count! % 3 !== 0)
        )
          continue;
        found = opener;
        break;
      }
      if (!found) break;
      const use = found.count! >= 2 && closer.count! >= 2 ? 2 : 1;
      const style = use === 2 ? 'bold' : 'italic';
      found.count! -= use;
      closer.count! -= use;
      (found.opens ??= []).push(style);
      (closer.closes ??= []).unshift(style);
      // Delimiters between the pair can no longer match anything outside it.
      for (let k = o + 1; k < c; k++) if (tokens[k]!.kind === 'delim') tokens[k]!.count = 0;
    }
  }
}

/** Where a source offset of the paragraph sits in the file. */
export type Locate = (offset: number) => SourcePoint | undefined;

/**
 * The runs of one paragraph of inline Markdown. `source` may span lines
 * (joined with `\n`); line breaks and the spaces around them read as one
 * space. `locate` maps an offset in `source` to the file.
 */
export function markdownRuns(source: string, locate?: Locate): Run[] {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(source)) return plainRuns(source, locate);
  const tokens = tokenize(source);
  if (tokens.some((t) => t.kind === 'delim')) pairDelimiters(tokens);
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  const push = (text: string, at: number): void => {
    if (text === '') return;
    runs.push({text, ...(bold > 0 ? {bold: true} : {}), ...(italic > 0 ? {italic: true} : {}), start: locate?.(at)});
  };
  for (const token of tokens) {
    if (token.kind === 'text') {
      push(token.text, token.at);
      continue;
    }
    for (const s of token.closes ?? []) {
      if (s === 'bold') bold--;
      else italic--;
    }
    // What is left of a run that found no partner is literal text.
    const literal = token.char!.repeat(token.count!);
    const pairedOpen = token.opens !== undefined;
    if (!pairedOpen) push(literal, token.at);
    for (const s of token.opens ?? []) {
      if (s === 'bold') bold++;
      else italic++;
    }
    if (pairedOpen) push(literal, token.at);
  }
  return mergeRuns(runs);
}

/** Runs of plain text (a `.txt` Act): no markup at all. */
export function plainRuns(source: string, locate?: Locate): Run[] {
  return source === '' ? [] : mergeRuns([{text: source, start: locate?.(0)}]);
}

/** Fold line breaks (and the spaces around them) to one space and merge neighbours with the same formatting. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const text = run.text.includes('\n') || run.text.includes('\r') ? run.text.replace(/[ \t]*\r?\n[ \t]*/g, ' ') : run.text;
    const last = merged.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) last.text += text;
    else if (text !== '') merged.push({...run, text});
  }
  return merged;
}
