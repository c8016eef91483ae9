/**
 * Read a draft bill in the layout `build` writes (docs/developing.md, "What
 * `ccm-draft build` writes") into a {@link Bill}. Hand-edited drafts are read
 * faithfully while they keep that layout; when they no longer do, reading
 * stops with positioned errors so no export is written from a guess.
 */
import type {Nodes, Paragraph, PhrasingContent, RootContent} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {Point, Position} from 'unist';
import type {VFileMessage} from 'vfile-message';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {excessiveNesting} from '../util/nesting.js';
import type {Bill, Part, Provision, ProvisionKind, Run, Schedule, Section, SourcePoint, Span, TextBlock} from '../bill/model.js';
import {allSections} from '../bill/model.js';
import {linkReferences} from './references.js';

const partHeading = /^Part\s+(\d+[A-Z]*)\s+(\S.*)$/s;
const scheduleHeading = /^Schedule(?:\s+(\d+[A-Z]*))?(?:\s+(\S.*))?$/s;
const sectionHeading = /^(\d+[A-Z]*)\s+(\S.*)$/s;
const arrangementHeading = /^(Arrangement of (sections|provisions|clauses)|Contents)$/i;
const labelPattern = /^\(([0-9]+[A-Z]*|[a-z]{1,3})\)\s+/;
const romanPattern = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const definitionVerb = /^[,\s]*(?:in relation to [^,]*,\s*)?(means|includes|does not include|has the meaning)\b/;

/** A unist point as the bill model's point (remark always gives offsets). */
function sourcePoint(point: Point): SourcePoint;
function sourcePoint(point: Point | undefined): SourcePoint | undefined;
function sourcePoint(point: Point | undefined): SourcePoint | undefined {
  return point ? {line: point.line, column: point.column, offset: point.offset ?? 0} : undefined;
}

/** A unist position as the bill model's span. */
function span(position: Position | undefined): Span | undefined {
  return position ? {start: sourcePoint(position.start), end: sourcePoint(position.end)} : undefined;
}

/** The plain text of provisions and everything under them, white space folded. */
function textOf(list: readonly Provision[]): string {
  const parts: string[] = [];
  const walk = (items: readonly Provision[]) => {
    for (const p of items) {
      parts.push(p.num ? `${p.num} ${p.block.text}` : p.block.text);
      walk(p.children);
    }
  };
  walk(list);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Plain text and formatted runs of inline Markdown. */
function runsOf(nodes: readonly PhrasingContent[], style: {bold?: boolean; italic?: boolean} = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      // Inline HTML in a bill is text someone typed ("<name>"), kept as written rather than dropped.
      case 'html':
        runs.push({text: node.value.replace(/\s*\n\s*/g, ' '), ...style, start: sourcePoint(node.position?.start)});
        break;
      case 'strong':
        runs.push(...runsOf(node.children, {...style, bold: true}));
        break;
      case 'emphasis':
        runs.push(...runsOf(node.children, {...style, italic: true}));
        break;
      case 'link':
      case 'delete':
        runs.push(...runsOf(node.children, style));
        break;
      case 'break':
        runs.push({text: ' ', ...style});
        break;
      default:
        // Images, footnote references and raw HTML carry no bill text.
        break;
    }
  }
  // Merge neighbours with the same formatting so renderers see whole phrases.
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) last.text += run.text;
    else if (run.text !== '') merged.push({...run});
  }
  return merged;
}

function blockOf(node: Paragraph | {children: PhrasingContent[]; position?: Nodes['position']}): TextBlock {
  const runs = runsOf(node.children);
  return {runs, text: runs.map((r) => r.text).join(''), position: span(node.position)};
}

/** Remove `length` characters from the start of a block (the label), keeping run positions right. */
function dropPrefix(block: TextBlock, length: number): TextBlock {
  const runs: Run[] = [];
  let left = length;
  for (const run of block.runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    const start = run.start && left > 0 ? {...run.start, column: run.start.column + left, offset: run.start.offset + left} : run.start;
    runs.push({...run, text: run.text.slice(left), start});
    left = 0;
  }
  const start = runs[0]?.start;
  return {
    runs,
    text: runs.map((r) => r.text).join(''),
    position: start && block.position ? {start, end: block.position.end} : block.position
  };
}

function nextLetter(label: string): string {
  return label.length === 1 && label < 'z' ? String.fromCharCode(label.charCodeAt(0) + 1) : '';
}

/** Read a draft bill. Raises an InputError (positioned) when the draft no longer has the expected layout. */
export function readBill(text: string, path: string): Bill {
  const tooDeep = excessiveNesting(text, path, 'export');
  if (tooDeep) throw new InputError(tooDeep);
  const tree = unified().use(remarkParse).parse(text);
  const errors: VFileMessage[] = [];
  const warnings: VFileMessage[] = [];
  const error = (reason: string, place: Point | undefined, ruleId: string) =>
    errors.push(diagnostic(reason, {file: path, place, ruleId, source: 'export'}));
  const warn = (reason: string, place: Point | undefined, ruleId: string) =>
    warnings.push(diagnostic(reason, {file: path, place, ruleId, source: 'export', fatal: false}));

  let title: TextBlock | undefined;
  let longTitle: TextBlock | undefined;
  let enactingFormula: TextBlock | undefined;
  const preamble: TextBlock[] = [];
  const body: Array<Part | Section> = [];
  const schedules: Schedule[] = [];
  const arrangement: Array<{text: string; position: Point | undefined}> = [];
  const eIds = new Set<string>();

  let state: 'front' | 'arrangement' | 'body' = 'front';
  let arrangementFirst = false;
  let arrangementSeen = false;
  let part: Part | undefined;
  let owner: Section | Schedule | undefined;
  // The open containers a new labelled block can attach to.
  let container: Provision | undefined;
  let paragraph: Provision | undefined;
  const textCount = new Map<string, number>();

  const unique = (eId: string, at: Point): string => {
    if (!eIds.has(eId)) {
      eIds.add(eId);
      return eId;
    }
    let n = 2;
    while (eIds.has(`${eId}_${n}`)) n++;
    warn(`Duplicate number gives a second \`${eId}\`, expected unique numbers; exported as \`${eId}_${n}\``, at, 'duplicate-number');
    eIds.add(`${eId}_${n}`);
    return `${eId}_${n}`;
  };

  const openOwner = (next: Section | Schedule | undefined) => {
    owner = next;
    container = undefined;
    paragraph = undefined;
  };

  const addBlock = (block: TextBlock, at: Point) => {
    if (!owner) return;
    const match = labelPattern.exec(block.text);
    let kind: ProvisionKind = 'text';
    let label = '';
    if (match) {
      label = match[1]!;
      if (/^\d/.test(label)) kind = 'subsection';
      else if (paragraph && label === nextLetter(paragraph.label)) kind = 'paragraph';
      else if (romanPattern.test(label) && paragraph) kind = 'subparagraph';
      else if (romanPattern.test(label) && label !== 'i' && label !== 'v' && label !== 'x' && label !== 'c' && label !== 'l')
        kind = 'subparagraph';
      else kind = 'paragraph';
    }
    const own = match ? dropPrefix(block, match[0].length) : block;
    const provision: Provision = {kind, label, num: match ? `(${label})` : '', path: [], block: own, children: [], eId: ''};
    const bold = own.runs[0];
    if (bold?.bold && definitionVerb.test(own.text.slice(bold.text.length))) provision.defines = bold.text.trim();
    else {
      // "In this section, **officer** means …": a term defined inside the text.
      const index = own.runs.findIndex((r, i) => r.bold && i > 0 && definitionVerb.test(own.runs[i + 1]?.text ?? ''));
      if (index > 0) provision.defines = own.runs[index]!.text.trim();
    }
    const siblingsOf = (parent: Provision | undefined) => (parent ? parent.children : owner!.children);
    const eIdUnder = (parent: Provision | undefined) => parent?.eId ?? owner!.eId;
    let parent: Provision | undefined;
    switch (kind) {
      case 'subsection':
        parent = undefined;
        break;
      case 'paragraph':
        parent = container;
        break;
      case 'subparagraph':
        if (!paragraph) {
          error(
            `Unexpected subparagraph \`(${label})\` with no paragraph before it, expected a paragraph \`(a)\` first`,
            at,
            'orphan-subparagraph'
          );
          return;
        }
        parent = paragraph;
        break;
      default:
        parent = undefined;
    }
    if (kind === 'text') {
      const key = eIdUnder(parent);
      const n = (textCount.get(key) ?? 0) + 1;
      textCount.set(key, n);
      provision.eId = unique(`${key}__hcontainer_${n}`, at);
    } else {
      const prefix = kind === 'subsection' ? 'subsec' : kind === 'paragraph' ? 'para' : 'subpara';
      const siblings = siblingsOf(parent).filter((p) => p.kind === kind);
      const previous = siblings.at(-1);
      if (kind === 'subsection' && previous && Number.parseInt(label, 10) !== Number.parseInt(previous.label, 10) + 1) {
        warn(
          `Unexpected subsection \`(${label})\` after \`(${previous.label})\` in ${owner.kind} ${owner.number}, expected \`(${Number.parseInt(previous.label, 10) + 1})\``,
          at,
          'subsection-sequence'
        );
      }
      if (kind === 'paragraph' && previous && label !== nextLetter(previous.label) && previous.label.length === 1) {
        warn(
          `Unexpected paragraph \`(${label})\` after \`(${previous.label})\`, expected \`(${nextLetter(previous.label)})\``,
          at,
          'paragraph-sequence'
        );
      }
      provision.eId = unique(`${eIdUnder(parent)}__${prefix}_${label}`, at);
    }
    provision.path = kind === 'text' ? [...(parent?.path ?? [])] : [...(parent?.path ?? []), label];
    siblingsOf(parent).push(provision);
    if (kind === 'subsection' || kind === 'text') {
      container = provision;
      paragraph = undefined;
    } else if (kind === 'paragraph') paragraph = provision;
  };

  const frontParagraph = (block: TextBlock) => {
    if (!longTitle && !enactingFormula && preamble.length === 0 && /^(A|An)\s+(Bill|Act)\b/.test(block.text)) longTitle = block;
    else if (!enactingFormula && /\benact/i.test(block.text) && /as follows:?\s*$/i.test(block.text)) enactingFormula = block;
    else preamble.push(block);
  };

  const children = tree.children as RootContent[];
  for (const node of children) {
    const at = node.position?.start;
    if (node.type === 'heading') {
      const heading = blockOf(node).text.trim();
      if (node.depth === 1) {
        if (title) error(`Unexpected second title \`# ${heading}\`, expected one \`#\` heading (the short title)`, at, 'second-title');
        else if (state === 'body' || longTitle || enactingFormula)
          error(
            `Unexpected title \`# ${heading}\` after the bill has begun, expected it on the first line (or after the arrangement of sections)`,
            at,
            'late-title'
          );
        else {
          // The Westminster house style prints the arrangement of sections before the title.
          if (state === 'arrangement') arrangementFirst = true;
          title = blockOf(node);
          state = 'front';
        }
        continue;
      }
      if (node.depth === 2) {
        let m: RegExpExecArray | null;
        if (arrangementHeading.test(heading)) {
          state = 'arrangement';
          arrangementSeen = true;
        } else if ((m = partHeading.exec(heading))) {
          state = 'body';
          part = {kind: 'part', number: m[1]!, heading: m[2]!, eId: '', sections: [], position: span(node.position)};
          part.eId = unique(`part_${part.number}`, at!);
          body.push(part);
          openOwner(undefined);
        } else if ((m = scheduleHeading.exec(heading))) {
          state = 'body';
          part = undefined;
          const schedule: Schedule = {
            kind: 'schedule',
            number: m[1] ?? '',
            heading: m[2] ?? '',
            eId: '',
            children: [],
            text: '',
            position: span(node.position)
          };
          schedule.eId = unique(`sched_${schedule.number || schedules.length + 1}`, at!);
          schedules.push(schedule);
          openOwner(schedule);
        } else {
          error(
            `Unexpected heading \`## ${heading}\`, expected \`## Part N Heading\`, \`## Schedule N Heading\` or \`## Arrangement of sections\``,
            at,
            'unexpected-heading'
          );
        }
        continue;
      }
      if (owner?.kind === 'schedule') {
        // Headings inside a schedule (a reproduced treaty's article headings) are its text.
        addBlock({...blockOf(node), runs: blockOf(node).runs.map((r) => ({...r, bold: true}))}, at!);
        continue;
      }
      const m = node.depth === 3 ? sectionHeading.exec(heading) : null;
      if (!m) {
        error(
          `Unexpected heading \`${'#'.repeat(node.depth)} ${heading}\`, expected a section heading \`### N Heading\``,
          at,
          'unexpected-heading'
        );
        continue;
      }
      if (schedules.length > 0) {
        error(
          `Unexpected section \`### ${heading}\` after a schedule, expected sections before the schedules`,
          at,
          'section-after-schedule'
        );
        continue;
      }
      state = 'body';
      const section: Section = {
        kind: 'section',
        number: m[1]!,
        heading: m[2]!,
        eId: '',
        containers: part ? [`Part ${part.number} ${part.heading}`] : [],
        children: [],
        text: '',
        position: span(node.position)
      };
      section.eId = unique(part ? `${part.eId}__sec_${section.number}` : `sec_${section.number}`, at!);
      if (part) part.sections.push(section);
      else body.push(section);
      openOwner(section);
      continue;
    }
    if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue;
    if (node.type === 'definition' || node.type === 'yaml') continue;
    if (state === 'arrangement') {
      if (node.type === 'list') {
        for (const item of node.children) {
          const first = item.children[0];
          if (first?.type === 'paragraph') arrangement.push({text: blockOf(first).text.trim(), position: first.position?.start});
        }
        continue;
      }
      if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong') continue;
      // Anything else ends the arrangement (the enacting formula may follow it).
      state = 'front';
    }
    if (node.type !== 'paragraph') {
      // Named as a person would ("a list"), in a sentence that reads as English.
      const what =
        node.type === 'list'
          ? 'a list'
          : node.type === 'table'
            ? 'a table'
            : node.type === 'code'
              ? 'a code block'
              : node.type === 'blockquote'
                ? 'a block quote'
                : node.type === 'thematicBreak'
                  ? 'a horizontal rule'
                  : `Markdown of type \`${node.type}\``;
      error(
        `Found ${what} where a bill has only paragraphs labelled \`(1)\`, \`(a)\` or \`(i)\`; write each item as its own labelled paragraph`,
        at,
        'unexpected-block'
      );
      continue;
    }
    const block = blockOf(node);
    if (state === 'front') {
      frontParagraph(block);
      continue;
    }
    if (!owner) {
      error(
        `Unexpected text in Part ${part?.number ?? ''} before its first section, expected a section heading \`### N Heading\``,
        at,
        'text-outside-section'
      );
      continue;
    }
    addBlock(block, at!);
  }

  if (!title) error('Missing title, expected the short title as a `#` heading on the first line', {line: 1, column: 1}, 'missing-title');
  const sections = allSections({body} as Bill);
  if (sections.length === 0 && errors.length === 0)
    error(
      'Missing sections, expected `### N Heading` section headings (is this a draft made by `ccm-draft build`?)',
      {line: 1, column: 1},
      'no-sections'
    );
  for (const section of sections) {
    if (section.children.length === 0) warn(`Section ${section.number} has no text`, section.position?.start, 'empty-section');
    section.text = textOf(section.children);
  }
  // The arrangement is regenerated from the body; say when a hand edit left it behind.
  if (arrangement.length > 0) {
    const expected = sections.map((s) => `${s.number} ${s.heading}`);
    arrangement.forEach((entry, i) => {
      if (entry.text !== expected[i])
        warn(
          `Arrangement entry \`${entry.text}\` does not match the section at that place (\`${expected[i] ?? 'none'}\`); the export lists the sections as they are in the body`,
          entry.position,
          'arrangement-mismatch'
        );
    });
  }
  for (const schedule of schedules) schedule.text = textOf(schedule.children);
  if (errors.length > 0) throw new InputError(errors);
  // "A Bill for an Act …" or a title ending in "Bill [year]" presents a Bill; "An Act …" an Act.
  const stage: Bill['stage'] =
    /^A\s+Bill\b/.test(longTitle?.text ?? '') || /\bBill(?:[\s,]+\d{4})?$/.test(title!.text.trim())
      ? 'bill'
      : /^An\s+Act\b/.test(longTitle?.text ?? '')
        ? 'act'
        : 'unknown';
  const bill: Bill = {
    path,
    format: 'markdown',
    stage,
    title: title!,
    longTitle,
    enactingFormula,
    preamble,
    frontMatter: arrangementFirst ? 'westminster' : arrangementSeen ? 'nz' : undefined,
    body,
    schedules,
    messages: warnings
  };
  linkReferences(bill);
  return bill;
}
