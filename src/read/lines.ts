/**
 * Line-level helpers for reading an Act: splitting text into lines with
 * offsets, normalising odd Unicode for matching, and classifying a line as a
 * heading (Part, section, schedule, contents block) or a provision label.
 *
 * Every pattern here is anchored at the start and has no nested or adjacent
 * unbounded quantifiers, and classification only ever looks at a bounded
 * prefix of a line, so a huge single line cannot make reading slow.
 */

/** One physical line of the source. */
export interface SourceLine {
  /** 0-based line index. */
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character (line ending excluded). */
  end: number;
  /** The line as written (line ending excluded). */
  text: string;
}

/** Split text into lines, accepting LF, CRLF and lone CR endings. */
export function splitLines(text: string): SourceLine[] {
  // Text with only line feeds (nearly every file) is split by indexOf: a regular expression's match
  // object for each of 10,000 lines costs a short run several milliseconds. Same lines (property-tested).
  if (!text.includes('\r')) {
    const lines: SourceLine[] = [];
    let start = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
      lines.push({index: lines.length, start, end: at, text: text.slice(start, at)});
      start = at + 1;
    }
    lines.push({index: lines.length, start, end: text.length, text: text.slice(start)});
    return lines;
  }
  return splitLinesByPattern(text);
}

/** {@link splitLines} for any line ends (`\r\n`, `\r`, `\n`): the general path. */
export function splitLinesByPattern(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const eol = /\r\n|\r|\n/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = eol.exec(text)) !== null) {
    lines.push({index: lines.length, start, end: match.index, text: text.slice(start, match.index)});
    start = match.index + match[0].length;
  }
  lines.push({index: lines.length, start, end: text.length, text: text.slice(start)});
  return lines;
}

/** How much of a line classification looks at: headings are short. */
export const HEAD_LIMIT = 400;

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
// Zero-width characters and bidirectional controls: invisible, but they break matching.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u00AD]/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Normalise a (bounded) piece of a line for matching: odd spaces become
 * spaces, invisible characters go, Markdown backslash escapes are removed
 * (`6\. Offences` as pandoc writes it).
 */
export function normalise(text: string): string {
  if (!ODD.test(text)) return text;
  return text.replace(SPACES, ' ').replace(INVISIBLE, '').replace(ESCAPE, '$1');
}

/** Any character {@link normalise} changes: one test spares three replacements on ordinary text. */
const ODD = /[\u00A0\u1680\u2000-\u200F\u202A-\u202F\u205F\u2060\u2066-\u2069\u3000\uFEFF\u00AD\t\f\v\\]/;

/** Odd spaces become spaces and invisible characters go (text already unescaped). */
export function cleanInvisible(text: string): string {
  if (!ODD.test(text)) return text;
  return text.replace(SPACES, ' ').replace(INVISIBLE, '');
}

/** Fold runs of whitespace to one space and trim. */
export function fold(text: string): string {
  if (!/[\t\n\r\f\v]| {2}|^ | $/.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/** The parts of an ATX heading. */
export interface AtxHeading {
  level: number;
  content: string;
}

/** Read an ATX heading (`## Part 2 Offences ##`), or `undefined`. */
export function atxHeading(line: string): AtxHeading | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let level = 0;
  while (line.charCodeAt(i + level) === 35 /* # */ && level < 7) level++;
  if (level === 0 || level > 6) return undefined;
  const after = line.charCodeAt(i + level);
  if (!Number.isNaN(after) && after !== 32 && after !== 9) return undefined;
  let content = line.slice(i + level).trim();
  // Optional closing sequence: spaces then #s.
  let j = content.length;
  while (j > 0 && content.charCodeAt(j - 1) === 35) j--;
  if (j < content.length && (j === 0 || content.charCodeAt(j - 1) === 32)) content = content.slice(0, j).trim();
  return {level, content: stripEmphasis(content)};
}

/** Remove emphasis wrapping a whole string (`**6 Offences**`, `_Offences_`). */
export function stripEmphasis(text: string): string {
  let t = text.trim();
  for (let k = 0; k < 3; k++) {
    const m = /^(\*\*|__|\*|_)(?=\S)/.exec(t);
    if (!m) break;
    const mark = m[1]!;
    if (t.length > mark.length * 2 && t.endsWith(mark)) t = t.slice(mark.length, -mark.length).trim();
    else break;
  }
  return t;
}

/** Whether a whole line is wrapped in emphasis (a bold or italic heading line). */
export function isEmphasisLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 3) return false;
  const m = /^(\*\*|__|\*|_)(?=\S)/.exec(t);
  return m !== null && t.endsWith(m[1]!) && t.length > m[1]!.length * 2 && !t.endsWith(` ${m[1]}`);
}

/** Remove all bold markers (`**6.** Offences`). */
export function stripBold(text: string): string {
  return text.replace(/\*\*|__/g, '');
}

/** What a heading-like line is. */
export type LineKind =
  | {kind: 'container'; rank: number; label: string}
  | {kind: 'schedule'; number: string; heading: string; label: string}
  | {kind: 'toc'}
  | {
      kind: 'section';
      number: string;
      heading: string;
      rest: string /** What separated number and rest (`.—` marks a body, Irish style). */;
      separator: string /** Written with a keyword (`Section 6`, `Article 3`). */;
      keyword: boolean;
    }
  | {kind: 'other'; text: string};

/** Rank of a container word: lower ranks hold higher ones. */
const CONTAINER_RANKS: Record<string, number> = {
  chapter: 1,
  part: 2,
  subpart: 3,
  'sub-part': 3,
  division: 4,
  subdivision: 5,
  'sub-division': 5
};

/** Rank used for unnumbered cross-headings between sections. */
export const CROSS_HEADING_RANK = 9;

// `s`: a heading may hold a line or paragraph separator (U+2028, U+2029), which `.` would otherwise stop at.
const CONTAINER =
  /^(chapter|part|subpart|sub-part|division|subdivision|sub-division)\s+(\d{1,4}[A-Za-z]{0,2}|[IVXLCDM]{1,8}[A-Z]{0,2}|[ivxlcdm]{1,8}|[A-Z]|one|two|three|four|five|six|seven|eight|nine|ten)(?=$|[\s.:\u2014\u2013-])[.:]?\s?[\u2014\u2013:-]?(.*)$/is;
const SCHEDULE =
  /^(?:the\s)?(?:(first|second|third|fourth|fifth|sixth)\s)?(schedule|annex|appendix)(?:\s(?:no\.?\s?)?(\d{1,3}[A-Za-z]?|[IVXLC]{1,6}|[A-Z]))?(?=$|[\s.:\u2014\u2013-])[.:]?\s?[\u2014\u2013:-]?(.*)$/is;
const TOC =
  /^(?:arrangement of (?:sections|provisions|clauses|the act)|(?:table of )?contents|table of (?:provisions|sections|clauses)|index of sections|list of sections)[.:]?$/i;
/** A date after a number (`10 October 1980, as amended …`): a wrapped line of text, never a section heading. */
const DATE_AFTER_NUMBER = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/**
 * In a Markdown heading the same words only make a date when a year, a comma
 * or nothing follows (`## 1 August 2010`): `### 82 May …` is section 82
 * whose heading begins with "May".
 */
const DATE_IN_HEADING = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:$|,|\s+\d)/i;
const SECTION =
  /^((?:section|sec\.|s\.|§|article|art\.|clause|regulation)\s?)?(\d{1,6}(?:\.\d{1,4}){0,2}[A-Z]{0,3})(?=$|[\s.:\u2014\u2013)(-])(\.?\s?(?:[\u2014\u2013:-]{1,2}\s?)?)(.*)$/is;

/**
 * Classify the content of a heading or heading-like line (already stripped
 * of `#`s and emphasis, normalised, bounded).
 */
export function classifyHeading(content: string, markedHeading = false): LineKind {
  const text = content.trim();
  let m = CONTAINER.exec(text);
  if (m) {
    const rank = CONTAINER_RANKS[m[1]!.toLowerCase()] ?? 2;
    return {kind: 'container', rank, label: text};
  }
  m = SCHEDULE.exec(text);
  if (m) {
    const ordinal = m[1] ? ordinalNumber(m[1]) : undefined;
    return {kind: 'schedule', number: m[3] ?? ordinal ?? '', heading: m[4]!.trim(), label: text};
  }
  if (TOC.test(text)) return {kind: 'toc'};
  m = SECTION.exec(text);
  if (m && /\d/.test(m[2]!)) {
    // Keyword forms are case-insensitive; the letter suffix must be capitals
    // (10A), so `1st` or `6a` are not read as numbers.
    const number = m[2]!;
    if (/[a-z]/.test(number)) return {kind: 'other', text};
    // "Section 12A(1)(c) does not apply to …" cites a provision; a heading puts a space or a separator after the number.
    if (m[1] !== undefined && m[3] === '' && m[4]!.startsWith('(')) return {kind: 'other', text};
    if (m[1] === undefined && (markedHeading ? DATE_IN_HEADING : DATE_AFTER_NUMBER).test(m[4]!)) return {kind: 'other', text};
    return {kind: 'section', number, heading: '', rest: m[4]!.trim(), separator: m[3]!.trim(), keyword: m[1] !== undefined};
  }
  return {kind: 'other', text};
}

function ordinalNumber(word: string): string {
  return String(['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].indexOf(word.toLowerCase()) + 1);
}

/** A provision label at the start of a line. */
export interface LabelMatch {
  /** Label as printed: `(1)`, `(a)`, `1.`. */
  label: string;
  /** Label without brackets: `1`, `a`, `ii`. */
  value: string;
  /** Characters consumed, including following spaces. */
  length: number;
}

const PAREN_LABEL = /^\(\s?(\d{1,3}[A-Z]{0,2}|[a-z]{1,3}|[A-Z]{1,2})\s?\)\s*/;
const HALF_LABEL = /^(\d{1,3}|[a-z]{1,2})\)\s+/;

/** Read a provision label (`(1)`, `(a)`, `(ii)`, `a)`) at the start of text. */
export function provisionLabel(text: string): LabelMatch | undefined {
  let m = PAREN_LABEL.exec(text);
  if (m) return {label: `(${m[1]})`, value: m[1]!, length: m[0].length};
  m = HALF_LABEL.exec(text);
  if (m) return {label: `${m[1]})`, value: m[1]!, length: m[0].length};
  return undefined;
}

/**
 * The cells of a GFM table row (`| 1 | uses … | 10 years |`), or `undefined`
 * when the text is not one. Only rows that start with a pipe are read (an
 * Act's text never does otherwise); escaped pipes stay in their cell.
 */
export function tableCells(text: string): string[] | undefined {
  if (text.charCodeAt(0) !== 124) return undefined;
  const body = text.trimEnd();
  if (body.length < 2) return undefined;
  const inner = body.endsWith('|') && !body.endsWith('\\|') ? body.slice(1, -1) : body.slice(1);
  const cells = inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
  return cells.length >= 1 ? cells : undefined;
}

/** Whether a line is a GFM table's delimiter row (`|---|:--:|`). */
export function isTableDelimiter(text: string): boolean {
  return text.length <= HEAD_LIMIT && /^\|?\s{0,8}:?-{1,64}:?\s{0,8}(?:\|\s{0,8}:?-{1,64}:?\s{0,8}){1,32}\|?\s*$/.test(text);
}

/** A list marker (`- `, `* `, `1. `) at the start of text. */
export function listMarker(text: string): {ordinal: string | undefined; length: number} | undefined {
  const m = /^(?:([-*+])|(\d{1,9})[.)])(?:\s+|$)/.exec(text);
  if (!m) return undefined;
  return {ordinal: m[2], length: m[0].length};
}

/** Strip indentation and blockquote markers; return the text and how much was removed. */
export function stripIndent(text: string): {text: string; length: number} {
  const m = /^(?:[ \t]{0,64}>)*[ \t]*/.exec(text);
  const length = m ? m[0].length : 0;
  return {text: text.slice(length), length};
}

/** Rank of a provision label: 1 subsection, 2 paragraph, 3 subparagraph, 4 sub-subparagraph. */
export function labelRank(value: string, context: {lastLetter: string | undefined; lastRoman: string | undefined}): number {
  if (/^\d/.test(value)) return 1;
  if (/^[A-Z]+$/.test(value)) return 4;
  if (!/^[ivxl]+$/.test(value)) return 2;
  // Roman-shaped lowercase label: (i) after (h) is a paragraph; (i) under (a) is a subparagraph.
  if (value.length === 1 && context.lastLetter !== undefined && nextLetter(context.lastLetter) === value) {
    if (context.lastRoman === undefined || nextRoman(context.lastRoman) !== value) return 2;
  }
  return 3;
}

function nextLetter(letter: string): string {
  if (letter.length !== 1) return '';
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

const ROMANS = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx'
];

function nextRoman(roman: string): string {
  const i = ROMANS.indexOf(roman);
  return i >= 0 && i + 1 < ROMANS.length ? ROMANS[i + 1]! : '';
}

/** A sortable key for a section number: `72.38` → [72, 38], `10A` → [10, 'A']. */
export function numberKey(number: string): Array<number | string> {
  const key: Array<number | string> = [];
  for (const part of number.split('.')) {
    const m = /^(\d+)([A-Z]*)$/.exec(part);
    if (!m) {
      key.push(part);
      continue;
    }
    key.push(Number(m[1]));
    if (m[2]) key.push(m[2]);
  }
  return key;
}

/** Whether `s` is all ASCII digits (and not empty). */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Compare two section numbers: negative when `a` comes before `b`. */
export function compareNumbers(a: string, b: string): number {
  // Plain numbers are nearly every call (the reader checks each section's order); a CLI run is over before
  // V8 optimises the general path's split, regex and arrays, so this costs a 1,000-section Act ~10 ms less.
  // Same result as the general path (property-tested).
  if (allDigits(a) && allDigits(b)) return Number(a) - Number(b);
  return compareNumbersByKey(a, b);
}

/** {@link compareNumbers} by {@link numberKey}: the general path. */
export function compareNumbersByKey(a: string, b: string): number {
  const ka = numberKey(a);
  const kb = numberKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const x = ka[i];
    const y = kb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x - y;
    } else if (typeof x === 'string' && typeof y === 'string') {
      if (x.length !== y.length) return x.length - y.length;
      if (x !== y) return x < y ? -1 : 1;
    } else {
      // 10 (number) then 10A (string suffix): a suffix sorts after a dotted part.
      return typeof x === 'number' ? 1 : -1;
    }
  }
  return 0;
}
