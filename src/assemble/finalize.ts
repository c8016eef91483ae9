/**
 * Stage 5: turn the numbered clause tree into the plain Markdown of a bill:
 * the front matter in the jurisdiction's house style (src/bill/front-matter.ts),
 * headings for Parts, sections and schedules, "(1)"/"(a)" labelled
 * paragraphs, no directives left.
 */
import type {Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import {type FrontMatterBlock, frontMatterOrder, frontMatterStyles} from '../bill/front-matter.js';
import {directiveLabel, splitList} from '../model/structure.js';
import type {AssembleOptions} from './context.js';

/** A section of the finished bill, for the provenance record. */
export interface BuiltSection {
  id: string;
  kind: 'section' | 'schedule';
  number: string;
  heading: string;
  /** The Part label ("Part 2 Offences") the section sits in, or "". */
  part: string;
  articles: string[];
  items: string[];
  components: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** Sections of the finished bill in order (set by `finalize`). */
    ccmSections: BuiltSection[];
  }
}

const text = (value: string): PhrasingContent => ({type: 'text', value});
const heading = (depth: 1 | 2 | 3, value: string, from?: Nodes): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
  position: from?.position
});

/** The plain text of inline content. */
function plain(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');
}

/**
 * The title of a Bill for introduction: the short title's "Act" becomes
 * "Bill" ("Cluster Munitions Act 2027" → "Cluster Munitions Bill 2027"),
 * as parliaments print a bill. A title that does not end in "Act" is kept.
 */
export function billTitle(title: string): string {
  return title.replace(/\bAct(?=(?:[\s,]+\d{4})?\s*$)/, 'Bill');
}

/** The unified attacher for finalisation. */
export function finalizeBill(options: AssembleOptions) {
  return function transformer(tree: Root, file: VFile): void {
    const sections: BuiltSection[] = [];
    const body: RootContent[] = [];
    const front: Partial<Record<FrontMatterBlock, RootContent[]>> = {};
    const frontParagraphs: RootContent[] = [];
    let hasArrangement = false;
    const toc: Array<{kind: 'part' | 'schedule' | 'section'; title: string}> = [];

    const emitSection = (node: ContainerDirective, part: string) => {
      const label = node.data?.ccmNumber?.label ?? '';
      const title = `${label} ${directiveLabel(node)}`.trim();
      const kind = node.name === 'schedule' ? 'schedule' : 'section';
      body.push(heading(kind === 'schedule' ? 2 : 3, title, node));
      toc.push({kind, title});
      sections.push({
        id: node.attributes?.['id'] ?? '',
        kind,
        number: node.data?.ccmNumber?.number ?? '',
        heading: directiveLabel(node),
        part,
        articles: splitList(node.attributes?.['articles']),
        items: splitList(node.attributes?.['items']),
        components: splitList(node.attributes?.['components'])
      });
      body.push(...flatten(node.children as Nodes[]));
    };

    for (const node of tree.children as Nodes[]) {
      if (node.type === 'yaml') continue; // The model's front matter declares parameters; it is not bill text.
      if (node.type === 'containerDirective' && node.name === 'front') {
        for (const child of node.children as Nodes[]) {
          if (child.type === 'leafDirective' && child.name === 'toc') hasArrangement = true;
          else if (child.type === 'heading' && child.depth === 1 && !front.title) front.title = [child];
          else if (!(child.type === 'paragraph' && child.data?.directiveLabel)) frontParagraphs.push(...flatten([child]));
        }
      } else if (node.type === 'leafDirective' && node.name === 'toc') {
        hasArrangement = true;
      } else if (node.type === 'containerDirective' && node.name === 'part') {
        const title = `${node.data?.ccmNumber?.label ?? ''} ${directiveLabel(node)}`.trim();
        body.push(heading(2, title, node));
        toc.push({kind: 'part', title});
        for (const child of node.children as Nodes[]) {
          if (child.type === 'containerDirective' && child.name === 'section') emitSection(child, title);
          else if (!(child.type === 'paragraph' && child.data?.directiveLabel)) body.push(...flatten([child]));
        }
      } else if (node.type === 'containerDirective' && (node.name === 'section' || node.name === 'schedule')) {
        emitSection(node, '');
      } else {
        body.push(...flatten([node]));
      }
    }

    // Inside `:::front`, after the title: the long title first, the enacting formula last, recitals between.
    if (frontParagraphs.length > 0) front.longTitle = [frontParagraphs[0]!];
    if (frontParagraphs.length > 1) front.enactingFormula = [frontParagraphs.at(-1)!];
    if (frontParagraphs.length > 2) front.preamble = frontParagraphs.slice(1, -1);
    const title = front.title?.[0];
    if (title?.type === 'heading' && options.resolution.lookup('act.kind') === 'bill') {
      title.children = [text(billTitle(plain(title.children)))];
    }
    const style = options.resolution.profile.frontMatter;
    if (hasArrangement) front.arrangement = arrangement(toc, frontMatterStyles[style].arrangementHeading);
    tree.children = [...frontMatterOrder(style).flatMap((block) => front[block] ?? []), ...body];
    file.data.ccmSections = sections;
  };
}

/**
 * The arrangement of sections: Part and schedule lines in bold, one line per
 * section, as plain text. Markdown has no heading anchor that every renderer
 * agrees on (GitHub and VS Code would link "1 Short title" as
 * `#1-short-title`, pandoc as `#short-title`), so the draft prints the
 * arrangement as a printed bill does; the Word and HTML exports link each
 * entry to its section.
 */
function arrangement(toc: ReadonlyArray<{kind: 'part' | 'schedule' | 'section'; title: string}>, title: string): RootContent[] {
  const nodes: RootContent[] = [heading(2, title)];
  let list: List | undefined;
  for (const entry of toc) {
    if (entry.kind === 'section') {
      if (!list) {
        list = {type: 'list', ordered: false, spread: false, children: []};
        nodes.push(list);
      }
      list.children.push({type: 'listItem', spread: false, children: [{type: 'paragraph', children: [text(entry.title)]}]});
    } else {
      list = undefined;
      nodes.push({type: 'paragraph', children: [{type: 'strong', children: [text(entry.title)]}]});
    }
  }
  return nodes;
}

/** Flatten clause content: list items become labelled paragraphs, directives go. */
function flatten(nodes: Nodes[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph' && node.data?.directiveLabel) continue;
    if (node.type === 'list') {
      for (const item of node.children) out.push(...flattenItem(item));
      continue;
    }
    if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      // Anything unwrapped late (should not happen after selection): keep its content, not its syntax.
      out.push(...flatten(node.children as Nodes[]));
      continue;
    }
    if (node.type === 'paragraph') {
      out.push(stripProv(node));
      continue;
    }
    out.push(node as RootContent);
  }
  return out;
}

function flattenItem(item: ListItem): RootContent[] {
  const out: RootContent[] = [];
  const label = item.data?.ccmNumber?.label;
  item.children.forEach((child, index) => {
    if (index === 0 && child.type === 'paragraph') {
      const paragraph = stripProv(child);
      if (label) {
        const first = paragraph.children[0];
        if (first?.type === 'text') first.value = `${label} ${first.value}`;
        else paragraph.children.unshift(text(`${label} `));
      }
      out.push(paragraph);
    } else {
      out.push(...flatten([child]));
    }
  });
  return out;
}

function stripProv(paragraph: Paragraph): Paragraph {
  const lead = paragraph.children[0];
  if (lead?.type === 'textDirective' && lead.name === 'prov') {
    paragraph.children.shift();
    const next = paragraph.children[0];
    if (next?.type === 'text') next.value = next.value.replace(/^\s+/, '');
  }
  return paragraph;
}
