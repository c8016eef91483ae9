/**
 * Read an Act from plain Markdown, line by line.
 *
 * This is deliberately not a full Markdown parse: Acts are typed or converted
 * in many shapes that a CommonMark tree does not describe (plain numbered
 * lines, bold section lines, pandoc escapes), and gap analysis of a
 * 1,000-section Act must cost no more than a few bare remark parses.
 *
 * Accepted shapes (docs: see README "Reading an Act"):
 * - title: the first `#` heading, or a first line naming an Act/Bill/Law;
 * - containers: `## Part 2 Offences`, `Division 72—…`, `Subdivision C`,
 *   `Chapter 3`, `Subpart 1`, as ATX headings, bold lines or plain lines;
 * - sections: `### 6 Offences`, `### 72.38 Offence—using…`, `**6. Offences**`,
 *   `Section 6 — Offences`, `10A Exceptions`, plain `6 Offences` /
 *   `6. Offences` lines, and `2.—(1) In this Act…` (number then body);
 * - provisions: `(1)`, `(1A)`, `(a)`, `(i)`, `(A)`, `a)` at the start of a
 *   line, also inside list items (`- (a)`, `1. (a)`), indented or quoted;
 *   an ordered list item (`1. A person…`) inside a section is a subsection;
 * - schedules: `## Schedule 2 …`, `SCHEDULE 1`, `The Schedule`, `Annex`;
 * - an "Arrangement of sections" / "Contents" block, which is skipped.
 */
import type {VFileMessage} from 'vfile-message';
import {diagnostic} from '../util/diagnostics.js';
import {
  atxHeading,
  classifyHeading,
  compareNumbers,
  CROSS_HEADING_RANK,
  fold,
  HEAD_LIMIT,
  isEmphasisLine,
  labelRank,
  listMarker,
  normalise,
  provisionLabel,
  splitLines,
  stripBold,
  stripEmphasis,
  stripIndent,
  type LineKind,
  type SourceLine
} from './lines.js';
import type {ActDocument, ActSchedule, ActSection, Provision, SourcePoint} from './types.js';

/** Options for {@link parseAct}. */
export interface ParseActOptions {
  /** Do not treat a "Contents" block specially (used internally as a fallback). */
  ignoreContents?: boolean | undefined;
}

const SOURCE = 'act';

/** How a line presented itself. */
type Shape = 'atx' | 'emphasis' | 'bold-start' | 'plain';

interface Classified {
  shape: Shape;
  level: number;
  kind: LineKind;
}

interface SectionBuilder {
  number: string;
  heading: string;
  containers: string[];
  startLine: SourceLine;
  lastLine: SourceLine;
  body: string[];
  provisions: ProvisionBuilder[];
  stack: ProvisionBuilder[];
  lastLetter: string | undefined;
  lastRoman: string | undefined;
  seenPaths: Set<string>;
}

interface ProvisionBuilder {
  label: string;
  path: string[];
  rank: number;
  text: string[];
  startLine: SourceLine;
  startColumn: number;
  lastLine: SourceLine;
}

interface ScheduleBuilder {
  number: string;
  heading: string;
  level: number;
  startLine: SourceLine;
  lastLine: SourceLine;
  body: string[];
}

/** A definition's first line: "cluster munition means …", "“State Party” includes …". */
const definitionStart =
  /^["“‘']?[\p{L}][^.;:"”]{0,80}?["”’']?\s*(?:,[^,]{0,60},\s*)?(?:means|includes|has the (?:same )?meaning|does not include)\b/u;

/**
 * Read an Act from Markdown text. Never throws on content: what cannot be
 * read is reported in `messages` (warnings), and input that is empty or has
 * no sections at all gets a fatal message (the CLI exits 2 on it).
 */
export function parseAct(text: string, path: string, options: ParseActOptions = {}): ActDocument {
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const messages: VFileMessage[] = [];
  const lines = splitLines(source);
  const point = (line: SourceLine, column = 1): SourcePoint => ({line: line.index + 1, column, offset: line.start + column - 1});
  const endPoint = (line: SourceLine): SourcePoint => ({line: line.index + 1, column: line.end - line.start + 1, offset: line.end});
  const warn = (reason: string, line: SourceLine, ruleId: string, extra: {note?: string; cause?: VFileMessage} = {}): VFileMessage => {
    const message = diagnostic(reason, {
      file: path,
      place: {start: point(line), end: endPoint(line)},
      ruleId,
      source: SOURCE,
      fatal: false,
      ...(extra.note ? {note: extra.note} : {}),
      ...(extra.cause ? {cause: extra.cause} : {})
    });
    messages.push(message);
    return message;
  };

  if (source.trim() === '') {
    messages.push(diagnostic('Unexpected empty file, expected the text of an Act', {file: path, ruleId: 'empty-act', source: SOURCE}));
    return {path, title: '', preamble: '', sections: [], schedules: [], messages};
  }

  let title = '';
  const preamble: string[] = [];
  const sections: ActSection[] = [];
  const schedules: ActSchedule[] = [];
  const containers: Array<{rank: number; label: string}> = [];
  let section: SectionBuilder | undefined;
  let schedule: ScheduleBuilder | undefined;
  let mode: 'front' | 'toc' | 'body' = 'front';
  let tocLevel = 0;
  let tocFirstSection: string | undefined;
  let tocFirstContainer: string | undefined;
  let sawToc = false;
  let previousBlank = true;
  let outsideWarned = false;
  let lastNumber: string | undefined;
  // Where each number first appeared; the cause message is built only when a duplicate turns up.
  const firstSeen = new Map<string, SourceLine>();
  let dotted: boolean | undefined;
  let mixedWarned = false;

  const closeSection = (): void => {
    if (!section) return;
    const s = section;
    section = undefined;
    const start = point(s.startLine);
    const end = endPoint(s.lastLine);
    const provisions: Provision[] = s.provisions.map((p) => ({
      label: p.label,
      path: p.path,
      text: fold(p.text.join(' ')),
      start: point(p.startLine, p.startColumn),
      end: endPoint(p.lastLine)
    }));
    sections.push({
      number: s.number,
      heading: s.heading,
      containers: s.containers,
      text: fold(s.body.join(' ')),
      raw: source.slice(start.offset, end.offset),
      provisions,
      start,
      end
    });
  };

  const closeSchedule = (): void => {
    if (!schedule) return;
    const s = schedule;
    schedule = undefined;
    const start = point(s.startLine);
    const end = endPoint(s.lastLine);
    schedules.push({
      number: s.number,
      heading: s.heading,
      text: fold(s.body.join(' ')),
      raw: source.slice(start.offset, end.offset),
      start,
      end
    });
  };

  const startSection = (line: SourceLine, kind: {number: string; heading: string}): void => {
    closeSection();
    checkNumber(kind.number, line);
    section = {
      number: kind.number,
      heading: kind.heading,
      containers: containers.map((c) => c.label),
      startLine: line,
      lastLine: line,
      body: [],
      provisions: [],
      stack: [],
      lastLetter: undefined,
      lastRoman: undefined,
      seenPaths: new Set()
    };
    outsideWarned = false;
  };

  const checkNumber = (number: string, line: SourceLine): void => {
    const isDotted = number.includes('.');
    if (dotted === undefined) dotted = isDotted;
    else if (dotted !== isDotted && !mixedWarned) {
      mixedWarned = true;
      warn(
        `Unexpected section number \`${number}\` mixing numbering styles, expected ${dotted ? 'Criminal Code style numbers such as `72.38`' : 'plain numbers such as `6` or `10A`'}`,
        line,
        'mixed-numbering'
      );
    }
    const earlier = firstSeen.get(number);
    if (earlier) {
      const cause = diagnostic(`Section ${number} first appears here`, {
        file: path,
        place: point(earlier),
        ruleId: 'duplicate-section',
        source: SOURCE,
        fatal: false
      });
      warn(`Unexpected duplicate section ${number}, expected each section number once`, line, 'duplicate-section', {cause});
    } else if (lastNumber !== undefined && compareNumbers(number, lastNumber) < 0) {
      warn(`Unexpected section ${number} after section ${lastNumber}, expected a number after ${lastNumber}`, line, 'section-out-of-order');
    }
    if (!earlier) firstSeen.set(number, line);
    if (lastNumber === undefined || compareNumbers(number, lastNumber) > 0) lastNumber = number;
  };

  const pushContainer = (rank: number, label: string): void => {
    while (containers.length > 0 && containers[containers.length - 1]!.rank >= rank) containers.pop();
    containers.push({rank, label});
  };

  /** Add a body line to the current section, reading provision labels. */
  const bodyLine = (line: SourceLine, raw: string): void => {
    const s = section!;
    s.lastLine = line;
    const indent = stripIndent(raw);
    let rest = indent.text;
    let column = indent.length + 1;
    const marker = listMarker(rest);
    let ordinal: string | undefined;
    if (marker) {
      ordinal = marker.ordinal;
      rest = rest.slice(marker.length);
      column += marker.length;
    }
    const bounded = rest.length > HEAD_LIMIT ? rest.slice(0, HEAD_LIMIT) : rest;
    const head = normalise(bounded);
    let consumed = 0;
    const labels: Array<{label: string; value: string}> = [];
    for (let k = 0; k < 3; k++) {
      const m = provisionLabel(head.slice(consumed));
      if (!m) break;
      labels.push({label: m.label, value: m.value});
      consumed += m.length;
    }
    if (labels.length === 0 && ordinal !== undefined) labels.push({label: `${ordinal}.`, value: ordinal});
    const clean = cleanText(consumed > 0 ? head.slice(consumed) + rest.slice(bounded.length) : rest);
    const labelText = labels.map((l) => l.label).join(' ');
    s.body.push(labelText ? `${labelText} ${clean}` : clean);
    if (labels.length === 0) {
      if (definitionStart.test(clean)) {
        // A new definition: the paragraphs that follow are its own (a), (b) …, not a continuation
        // of the previous definition's, so paragraph tracking restarts under the current subsection.
        while (s.stack.length > 0 && s.stack[s.stack.length - 1]!.rank >= 2) s.stack.pop();
        s.lastLetter = undefined;
        s.lastRoman = undefined;
        const depth = s.stack.length;
        for (const key of [...s.seenPaths]) if (key.split('/').length > depth) s.seenPaths.delete(key);
      }
      const current = s.stack[s.stack.length - 1];
      if (current) {
        current.text.push(clean);
        current.lastLine = line;
      }
      return;
    }
    labels.forEach((l, i) => {
      const rank = labelRank(l.value, {lastLetter: s.lastLetter, lastRoman: s.lastRoman});
      while (s.stack.length > 0 && s.stack[s.stack.length - 1]!.rank >= rank) s.stack.pop();
      if (rank === 1) {
        s.lastLetter = undefined;
        s.lastRoman = undefined;
      } else if (rank === 2) {
        s.lastLetter = l.value;
        s.lastRoman = undefined;
      } else if (rank === 3) s.lastRoman = l.value;
      const provision: ProvisionBuilder = {
        label: l.label,
        path: [...s.stack.map((p) => p.path[p.path.length - 1]!), l.value],
        rank,
        text: i === labels.length - 1 ? [clean] : [],
        startLine: line,
        startColumn: column,
        lastLine: line
      };
      const key = provision.path.join('/');
      if (s.seenPaths.has(key)) {
        warn(`Unexpected duplicate provision ${l.label} in section ${s.number}, expected each label once`, line, 'duplicate-provision');
      }
      s.seenPaths.add(key);
      s.provisions.push(provision);
      s.stack.push(provision);
    });
  };

  const textOutside = (line: SourceLine, raw: string): void => {
    if (sections.length === 0 && !section) {
      preamble.push(cleanText(stripIndent(raw).text));
      return;
    }
    if (!outsideWarned) {
      outsideWarned = true;
      warn('Unexpected text outside any section, expected it under a numbered section heading', line, 'text-outside-section', {
        note: 'The text is not part of any section and is left out of the analysis.'
      });
    }
  };

  /** Whether a plain line with a section number may start a section here. */
  const plainSectionFits = (kind: {number: string; heading: string; rest: string; body: string}): boolean => {
    if (kind.rest === '') return false;
    if (kind.heading === '' && kind.body === '') return false;
    if (sections.length === 0 && !section) {
      return containers.length > 0 || /^1(?:[A-Z]|\.|$)/.test(kind.number) || kind.body !== '';
    }
    if (lastNumber === undefined) return true;
    if (compareNumbers(kind.number, lastNumber) <= 0) return false;
    return Number.parseInt(kind.number, 10) - Number.parseInt(lastNumber, 10) <= 50;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = line.text;
    const trimmed = raw.trim();
    if (trimmed === '' || isDecoration(trimmed)) {
      previousBlank = true;
      continue;
    }
    const afterBlank = previousBlank;
    previousBlank = false;
    const c = classify(raw, afterBlank);

    // Contents block: skipped until the body starts.
    if (mode === 'toc') {
      // It ends at a heading as high as its own, or where the body restarts
      // (the first section or Part listed appears again, now with text).
      const ends =
        (c.shape === 'atx' && (tocLevel === 0 || c.level <= tocLevel)) ||
        (c.kind.kind === 'section' && c.kind.number === tocFirstSection && hasBody(lines, i)) ||
        (c.kind.kind === 'container' &&
          tocFirstContainer !== undefined &&
          tocKey(c.kind.label) === tocFirstContainer &&
          tocFirstSection !== undefined);
      if (!ends) {
        if (c.kind.kind === 'section' && tocFirstSection === undefined) tocFirstSection = c.kind.number;
        else if (c.kind.kind === 'container' && tocFirstContainer === undefined) tocFirstContainer = tocKey(c.kind.label);
        else if (
          c.shape === 'emphasis' &&
          c.kind.kind === 'other' &&
          title === '' &&
          tocFirstSection !== undefined &&
          looksLikeTitle(trimmed) &&
          /\b(?:Act|Bill|Law|Code|Ordinance|Decree)\b/i.test(trimmed)
        ) {
          // A title in bold between a contents list (converted from Word) and the body.
          title = cleanText(stripEmphasis(trimmed));
        } else if (
          c.shape !== 'atx' &&
          c.kind.kind === 'other' &&
          title !== '' &&
          /^(?:\*\*)?(?:a\s+)?bill(?:\*\*)?\s+for an act\b|^an act\b/i.test(trimmed)
        ) {
          preamble.push(cleanText(trimmed));
        } else if (c.shape === 'plain' && c.kind.kind === 'other' && !listMarker(stripIndent(raw).text) && c.kind.text.length > 0) {
          // Enacting words and the long title often sit between the contents
          // and the body; Part titles on their own line do not.
          if (/[.:]$/.test(trimmed) || /enact/i.test(trimmed)) preamble.push(cleanText(trimmed));
        }
        continue;
      }
      mode = 'front';
    }

    const k = c.kind;
    if (schedule) {
      const closes =
        c.shape === 'atx' && c.level <= schedule.level && (k.kind === 'container' || k.kind === 'section' || k.kind === 'schedule');
      const nextSchedule = k.kind === 'schedule' && c.shape !== 'plain';
      const plainSchedule = k.kind === 'schedule' && c.shape === 'plain' && afterBlank;
      if (!closes && !nextSchedule && !plainSchedule) {
        schedule.body.push(cleanText(stripIndent(raw).text.replace(/^#{1,6}\s+/, '')));
        schedule.lastLine = line;
        continue;
      }
      closeSchedule();
    }

    switch (k.kind) {
      case 'toc': {
        if (!options.ignoreContents && sections.length === 0 && !section) {
          mode = 'toc';
          sawToc = true;
          tocLevel = c.shape === 'atx' ? c.level : 0;
          tocFirstSection = undefined;
          tocFirstContainer = undefined;
          continue;
        }
        if (section) bodyLine(line, raw);
        else textOutside(line, raw);
        continue;
      }
      case 'container': {
        if (c.shape === 'plain' && !(afterBlank && plainHeadingText(containerTail(k.label)))) break;
        closeSection();
        let label = cleanText(k.label);
        if (containerTail(label) === '') {
          // `PART 2` with its title on the next line.
          const next = nextLine(lines, i);
          if (next !== undefined) {
            const nc = classify(lines[next]!.text, true);
            const t = nc.kind.kind === 'other' ? nc.kind.text : '';
            if (t && !provisionLabel(t) && plainHeadingText(t) && !/[.;:,]$/.test(t)) {
              label = `${label} ${cleanText(stripEmphasis(t))}`;
              i = next;
            }
          }
        }
        pushContainer(k.rank, label);
        mode = 'body';
        continue;
      }
      case 'schedule': {
        if (c.shape === 'plain' && !(afterBlank && plainScheduleLine(k))) break;
        closeSection();
        let heading = cleanText(k.heading);
        if (heading === '') {
          // `SCHEDULE 1` with its title on the next line.
          const next = nextLine(lines, i);
          const nc = next === undefined ? undefined : classify(lines[next]!.text, true);
          if (next !== undefined && nc?.kind.kind === 'other' && /^[^\p{Ll}]{3,120}$/u.test(nc.kind.text.trim())) {
            heading = cleanText(stripEmphasis(nc.kind.text));
            i = next;
          }
        }
        schedule = {number: k.number, heading, level: c.shape === 'atx' ? c.level : 0, startLine: line, lastLine: lines[i]!, body: []};
        mode = 'body';
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
        if (c.shape === 'plain' || c.shape === 'bold-start') {
          // A tight ordered list (`3. Foo` right under `2. Bar`) is a list, not sections.
          if (!afterBlank && section && /^\d[\d.A-Z]*[.)]\s/.test(stripIndent(raw).text)) break;
          if (!k.keyword && !plainSectionFits(candidate)) break;
          if (split.body === '' && !plainHeadingText(split.heading)) break;
        } else if (c.shape === 'emphasis') {
          // `**2027**` or a bold sentence is not a section heading.
          if (split.heading === '' && split.body === '') break;
          if (split.body === '' && !plainHeadingText(split.heading)) break;
        }
        startSection(line, {number: k.number, heading: cleanText(split.heading)});
        mode = 'body';
        if (split.body !== '') {
          bodyLine(line, split.body);
          section!.lastLine = line;
        }
        continue;
      }
      case 'other': {
        if (c.shape === 'atx') {
          if (c.level === 1 && title === '' && sections.length === 0 && !section) {
            title = cleanText(k.text);
            continue;
          }
          if (sections.length === 0 && !section && containers.length === 0) {
            if (title === '') title = cleanText(k.text);
            else preamble.push(cleanText(k.text));
            continue;
          }
          // An unnumbered heading between sections is a cross-heading.
          closeSection();
          pushContainer(CROSS_HEADING_RANK, cleanText(k.text));
          mode = 'body';
          continue;
        }
        if (c.shape === 'emphasis' && afterBlank && (section || sections.length > 0) && nextIsSection(lines, i)) {
          closeSection();
          pushContainer(CROSS_HEADING_RANK, cleanText(k.text));
          continue;
        }
        break;
      }
    }

    // Ordinary text.
    if (section) {
      bodyLine(line, raw);
      continue;
    }
    if (title === '' && sections.length === 0 && containers.length === 0 && preamble.length === 0 && looksLikeTitle(trimmed)) {
      title = cleanText(stripEmphasis(trimmed));
      continue;
    }
    textOutside(line, raw);
  }
  closeSection();
  closeSchedule();

  if (sections.length === 0 && sawToc && !options.ignoreContents) {
    // The contents block never ended: read again treating it as body text.
    const again = parseAct(text, path, {ignoreContents: true});
    if (again.sections.length > 0) {
      again.messages.unshift(
        diagnostic('Unexpected contents block without a following body, expected the sections after it; read it as the body', {
          file: path,
          ruleId: 'unterminated-contents',
          source: SOURCE,
          fatal: false
        })
      );
    }
    return again;
  }

  if (sections.length === 0) {
    messages.push(
      diagnostic(
        'Unexpected document without numbered sections, expected an Act (headings such as `### 1 Short title` or lines such as `1 Short title`)',
        {
          file: path,
          place: {line: 1, column: 1},
          ruleId: 'not-an-act',
          source: SOURCE,
          note: 'See "Reading an Act" in the README for the accepted shapes.'
        }
      )
    );
  }

  return {path, title, preamble: fold(preamble.join(' ')), sections, schedules, messages};
}

/** Classify a line by its shape and, when heading-like, by what it names. */
function classify(raw: string, _afterBlank?: boolean): Classified {
  const bounded = raw.length > HEAD_LIMIT ? raw.slice(0, HEAD_LIMIT) : raw;
  const atx = atxHeading(bounded);
  if (atx) {
    const content = normalise(atx.content);
    const kind = classifyHeading(content);
    return {shape: 'atx', level: atx.level, kind: withTail(kind, raw, bounded)};
  }
  const indent = stripIndent(bounded);
  const body = normalise(indent.text);
  if (isEmphasisLine(body)) {
    return {shape: 'emphasis', level: 0, kind: classifyHeading(stripEmphasis(body))};
  }
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

/** Split what follows a section number into heading and inline body (`(1) In this Act…`). */
function splitSectionRest(rest: string, separator = ''): {heading: string; body: string} {
  const r = stripBold(rest).trim();
  if (provisionLabel(r) && r.startsWith('(')) return {heading: '', body: r};
  // `7.—Where an offence…`: a dash after the number and a sentence, no heading.
  if (/[\u2014\u2013-]/.test(separator) && !plainHeadingText(r)) return {heading: '', body: r};
  // `6 Offences. (1) A person…` or `6. Offences.—(1) …`
  const m = /^([^()]{1,160}?)[.\u2014\u2013:-]{1,3}\s?(\(\d{1,3}[A-Z]?\)\s?.*)$/.exec(r.length > HEAD_LIMIT ? r.slice(0, HEAD_LIMIT) : r);
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
  const m = /^\S+\s+\S+\s?(.*)$/.exec(label);
  return (m?.[1] ?? '').replace(/^[.:\u2014\u2013-]+\s*/, '');
}

function plainScheduleLine(kind: {heading: string; label: string}): boolean {
  if (kind.label.length > 120) return false;
  return plainHeadingText(kind.heading);
}

/** Thematic breaks, setext underlines, HTML comments, page markers. */
function isDecoration(trimmed: string): boolean {
  if (/^(?:[-=*_] ?){3,}$/.test(trimmed)) return true;
  if (trimmed.startsWith('<!--') && trimmed.endsWith('-->')) return true;
  return /^<a\s[^>]{0,200}><\/a>$/.test(trimmed);
}

/** Index of the next non-blank line within a few lines, or `undefined`. */
function nextLine(lines: SourceLine[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length && j < i + 3; j++) if (lines[j]!.text.trim() !== '') return j;
  return undefined;
}

/** Whether the next non-blank line starts a section (a cross-heading precedes one). */
function nextIsSection(lines: SourceLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j < i + 4; j++) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    const c = classify(lines[j]!.text, true);
    return c.kind.kind === 'section';
  }
  return false;
}

/** Whether a plain section line in a contents block is followed by body text (the body restarts). */
function hasBody(lines: SourceLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j < i + 6; j++) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    const c = classify(lines[j]!.text, true);
    if (c.kind.kind === 'section' || c.kind.kind === 'container' || c.kind.kind === 'schedule') return false;
    return true;
  }
  return false;
}

function looksLikeTitle(trimmed: string): boolean {
  if (trimmed.length > 200) return false;
  const t = stripEmphasis(trimmed);
  return /\b(?:Act|Bill|Law|Code|Ordinance|Decree|Statute|Proclamation)\b/i.test(t) || (t === t.toUpperCase() && /\p{Lu}/u.test(t));
}

/** Text for analysis: Markdown emphasis, escapes, links and list markers removed. */
function cleanText(text: string): string {
  let t = text;
  if (t.length <= 100_000) t = t.replace(/\[([^\]\n]{0,500})\]\([^)\s]{0,500}\)/g, '$1');
  return normalise(t).replace(/\*\*|__/g, '');
}
