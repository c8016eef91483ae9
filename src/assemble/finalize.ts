/**
 * Stage 5: turn the numbered clause tree into the plain Markdown of a bill:
 * headings for Parts, sections and schedules, "(1)"/"(a)" labelled paragraphs,
 * the arrangement of sections where `::toc` stands, no directives left.
 */
import {slug} from '../util/slug.js';
import type {Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
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

export {slug};

const text = (value: string): PhrasingContent => ({type: 'text', value});
const heading = (depth: 1 | 2 | 3, value: string, from?: Nodes): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
  position: from?.position
});

/** The unified attacher for finalisation. */
export function finalizeBill(_options: AssembleOptions) {
  return function transformer(tree: Root, file: VFile): void {
    const sections: BuiltSection[] = [];
    const out: RootContent[] = [];
    let tocIndex = -1;
    const slugs = new Map<string, number>();
    const anchor = (title: string) => {
      const base = slug(title);
      const n = slugs.get(base) ?? 0;
      slugs.set(base, n + 1);
      return n ? `${base}-${n}` : base;
    };
    const toc: Array<{kind: 'part' | 'schedule' | 'section'; title: string; anchor: string}> = [];

    const emitSection = (node: ContainerDirective, part: string) => {
      const label = node.data?.ccmNumber?.label ?? '';
      const title = `${label} ${directiveLabel(node)}`.trim();
      const kind = node.name === 'schedule' ? 'schedule' : 'section';
      out.push(heading(kind === 'schedule' ? 2 : 3, title, node));
      toc.push({kind, title, anchor: anchor(title)});
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
      out.push(...flatten(node.children as Nodes[]));
    };

    for (const node of tree.children as Nodes[]) {
      if (node.type === 'yaml') continue; // The model's front matter declares parameters; it is not bill text.
      if (node.type === 'containerDirective' && node.name === 'front') {
        for (const child of node.children as Nodes[]) {
          if (child.type === 'leafDirective' && child.name === 'toc') tocIndex = out.length;
          else if (!(child.type === 'paragraph' && child.data?.directiveLabel)) out.push(...flatten([child]));
        }
      } else if (node.type === 'leafDirective' && node.name === 'toc') {
        tocIndex = out.length;
      } else if (node.type === 'containerDirective' && node.name === 'part') {
        const title = `${node.data?.ccmNumber?.label ?? ''} ${directiveLabel(node)}`.trim();
        out.push(heading(2, title, node));
        toc.push({kind: 'part', title, anchor: anchor(title)});
        for (const child of node.children as Nodes[]) {
          if (child.type === 'containerDirective' && child.name === 'section') emitSection(child, title);
          else if (!(child.type === 'paragraph' && child.data?.directiveLabel)) out.push(...flatten([child]));
        }
      } else if (node.type === 'containerDirective' && (node.name === 'section' || node.name === 'schedule')) {
        emitSection(node, '');
      } else {
        out.push(...flatten([node]));
      }
    }

    if (tocIndex >= 0) out.splice(tocIndex, 0, ...arrangement(toc));
    tree.children = out;
    file.data.ccmSections = sections;
  };
}

/** The arrangement of sections: Part lines in bold, one linked line per section. */
function arrangement(toc: Array<{kind: 'part' | 'schedule' | 'section'; title: string; anchor: string}>): RootContent[] {
  const nodes: RootContent[] = [heading(2, 'Arrangement of sections')];
  let list: List | undefined;
  for (const entry of toc) {
    const link: PhrasingContent = {type: 'link', url: `#${entry.anchor}`, children: [text(entry.title)]};
    if (entry.kind === 'section') {
      if (!list) {
        list = {type: 'list', ordered: false, spread: false, children: []};
        nodes.push(list);
      }
      list.children.push({type: 'listItem', spread: false, children: [{type: 'paragraph', children: [link]}]});
    } else {
      list = undefined;
      nodes.push({type: 'paragraph', children: [{type: 'strong', children: [link]}]});
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
