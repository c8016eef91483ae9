/**
 * Stage 3: number what survived selection. Parts, sections and schedules are
 * numbered in document order (a sole schedule is "the Schedule"); list items become subsections (1), paragraphs
 * (a), subparagraphs (i) and clauses (A) by their depth. Numbering after
 * selection is what keeps a bill gap-free whatever was left out.
 */
import type {List, ListItem, Nodes, Root} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import {directiveLabel} from '../model/structure.js';
import {assemblyData, type AssembleOptions, type ClauseNumber} from './context.js';

/** Numbering data attached to nodes. */
export interface NodeNumber {
  /** `Part 1`, `6`, `Schedule 1`, or a label `(2)`. */
  label: string;
  number?: string | undefined;
  path?: string[] | undefined;
  /** For a labelled list item: subsection (1), paragraph (a), subparagraph (i) or clause (A). */
  level?: ClauseNumber['level'];
}

declare module 'mdast' {
  interface Data {
    /** Set by the numbering stage. */
    ccmNumber?: NodeNumber | undefined;
  }
}

const levels = ['subsection', 'paragraph', 'subparagraph', 'clause'] as const;

/** The label of the n-th (0-based) item at a level: (1), (a), (i), (A). */
export function labelFor(level: number, index: number): string {
  switch (level) {
    case 1:
      return String(index + 1);
    case 2:
      return alphabetic(index, 'a');
    case 3:
      return roman(index + 1);
    default:
      return alphabetic(index, 'A');
  }
}

/** a…z, then aa, ab… (as long paragraph lists in statutes run on). */
function alphabetic(index: number, base: 'a' | 'A'): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(base.charCodeAt(0) + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i']
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** The unified attacher for numbering. */
export function numberClauses(_options: AssembleOptions) {
  return function transformer(tree: Root, file: VFile): void {
    const data = assemblyData(file);
    let part = 0;
    let section = 0;
    let schedule = 0;

    const record = (id: string | undefined, info: ClauseNumber) => {
      if (id) data.numbers.set(id, info);
    };

    const numberSection = (node: ContainerDirective, number: string, kind: 'section' | 'schedule') => {
      const id = node.attributes?.['id'] ?? undefined;
      const body = node.children.filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel));
      // A section that opens with a plain paragraph is a lead-in: its top-level lists are paragraphs.
      const leadIn = body[0]?.type === 'paragraph';
      // A section left with one subsection is not numbered "(1)": drafting convention drops the label.
      const topLists = body.filter((n): n is List => n.type === 'list' && n.ordered === true);
      const single = !leadIn && topLists.length === 1 && topLists[0]!.children.length === 1;
      const walk = (nodes: Nodes[], orderedDepth: number, underUnordered: boolean, path: string[]) => {
        for (const child of nodes) {
          if (child.type === 'list') numberList(child, orderedDepth, underUnordered, path);
          else if ('children' in child && child.type !== 'listItem') walk(child.children as Nodes[], orderedDepth, underUnordered, path);
        }
      };
      const numberList = (list: List, orderedDepth: number, underUnordered: boolean, path: string[]) => {
        if (!list.ordered) {
          for (const item of list.children) {
            registerItem(item, path, undefined);
            walk(item.children as Nodes[], orderedDepth, true, path);
          }
          return;
        }
        let level = orderedDepth + 1;
        if (leadIn || (orderedDepth === 0 && underUnordered)) level += 1;
        if (single && orderedDepth === 0 && !underUnordered) {
          const item = list.children[0]!;
          registerItem(item, path, undefined);
          walk(item.children as Nodes[], orderedDepth + 1, underUnordered, path);
          return;
        }
        list.children.forEach((item, index) => {
          const label = labelFor(level, index);
          const itemPath = [...path, label];
          item.data = {...item.data, ccmNumber: {label: `(${label})`, path: itemPath, level: levels[Math.min(level, 4) - 1]}};
          registerItem(item, itemPath, levels[Math.min(level, 4) - 1]);
          walk(item.children as Nodes[], orderedDepth + 1, underUnordered, itemPath);
        });
      };
      const registerItem = (item: ListItem, path: string[], level: ClauseNumber['level']) => {
        const first = item.children[0];
        const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
        const provId = lead?.type === 'textDirective' && lead.name === 'prov' ? lead.attributes?.['id'] : undefined;
        if (provId)
          record(provId, {
            kind: 'provision',
            number,
            path,
            level,
            sectionId: id,
            citation:
              kind === 'schedule'
                ? `clause ${path.join('')} of ${number ? `Schedule ${number}` : 'the Schedule'}`
                : `section ${number}${path.map((p) => `(${p})`).join('')}`
          });
      };
      walk(body as Nodes[], 0, false, []);
    };

    for (const node of tree.children) {
      if (node.type !== 'containerDirective') continue;
      if (node.name === 'part') {
        part += 1;
        node.data = {...node.data, ccmNumber: {label: `Part ${part}`, number: String(part)}};
        record(node.attributes?.['id'] ?? undefined, {kind: 'part', number: String(part), path: [], citation: `Part ${part}`});
        for (const child of node.children) {
          if (child.type === 'containerDirective' && child.name === 'section') numberTopSection(child);
        }
      } else if (node.name === 'section') {
        numberTopSection(node);
      } else if (node.name === 'schedule') {
        schedule += 1;
        // A sole schedule is "the Schedule", as New Zealand, UK and Commonwealth bills print it; several are numbered.
        const sole = data.scheduleCount === 1;
        const number = sole ? '' : String(schedule);
        node.data = {...node.data, ccmNumber: {label: sole ? 'Schedule' : `Schedule ${number}`, number}};
        record(node.attributes?.['id'] ?? undefined, {
          kind: 'schedule',
          number,
          path: [],
          citation: sole ? 'the Schedule' : `Schedule ${number}`
        });
        numberSection(node, number, 'schedule');
      }
    }

    function numberTopSection(node: ContainerDirective) {
      section += 1;
      const number = String(section);
      node.data = {...node.data, ccmNumber: {label: number, number}};
      record(node.attributes?.['id'] ?? undefined, {
        kind: 'section',
        number,
        path: [],
        sectionId: node.attributes?.['id'] ?? undefined,
        citation: `section ${number}`
      });
      numberSection(node, number, 'section');
    }
    void directiveLabel;
  };
}
