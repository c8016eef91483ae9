/**
 * Stage 5: the bill as a {@link Bill} tree, read off the numbered clause tree
 * before it is flattened into Markdown: Parts, sections, labelled
 * provisions with the model clause behind each, schedules, and the front
 * matter. The Markdown `finalize` prints from the same tree says the same
 * (a test reads the Markdown back and compares).
 *
 * Also sets the bill's title by its stage: a text printed as a Bill is
 * titled "… Bill 2027" while its short-title section still names the Act it
 * will become ("This Act is the … Act 2027").
 */
import type {ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import type {Bill, Part, Provision, ProvisionKind, Run, Schedule, Section, TextBlock} from '../bill/model.js';
import {directiveLabel, splitList} from '../model/structure.js';
import type {AssembleOptions} from './context.js';

declare module 'vfile' {
  interface DataMap {
    /** The bill as a tree (set by `buildBillTree`). */
    ccmBill: Bill;
    /** The provision built from each numbered list item (penalties in the record are located through it). */
    ccmProvisions: WeakMap<ListItem, {provision: Provision; section: Section | Schedule}>;
    /** The short title the text enacts ("Cluster Munitions Act 2027"), whatever its stage. */
    ccmShortTitle: string;
  }
}

/** Plain text of inline content, white space folded. */
function runsOf(nodes: readonly PhrasingContent[], style: {bold?: boolean; italic?: boolean} = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        runs.push({text: node.value.replace(/\s*\n\s*/g, ' '), ...style});
        break;
      case 'strong':
        runs.push(...runsOf(node.children, {...style, bold: true}));
        break;
      case 'emphasis':
        runs.push(...runsOf(node.children, {...style, italic: true}));
        break;
      case 'textDirective':
        // `:prov` markers carry no text; anything else unwrapped late keeps its words.
        if (node.name !== 'prov') runs.push(...runsOf(node.children, style));
        break;
      case 'link':
      case 'delete':
        runs.push(...runsOf(node.children, style));
        break;
      case 'break':
        runs.push({text: ' ', ...style});
        break;
      default:
        break;
    }
  }
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) last.text += run.text;
    else if (run.text !== '') merged.push({...run});
  }
  // A `:prov` marker leaves the space after it at the start of the first run.
  if (merged[0]) merged[0].text = merged[0].text.replace(/^\s+/, '');
  if (merged[0]?.text === '') merged.shift();
  return merged;
}

function blockOf(paragraph: {children: PhrasingContent[]}): TextBlock {
  const runs = runsOf(paragraph.children);
  return {runs, text: runs.map((r) => r.text).join('')};
}

const definitionVerb = /^[,\s]*(?:in relation to [^,]*,\s*)?(means|includes|does not include|has the meaning)\b/;

/** The term a block defines (`**term** means …`), as the readers find it. */
function definedTerm(block: TextBlock): string | undefined {
  const first = block.runs[0];
  if (first?.bold && definitionVerb.test(block.text.slice(first.text.length))) return first.text.trim();
  const index = block.runs.findIndex((r, i) => r.bold && i > 0 && definitionVerb.test(block.runs[i + 1]?.text ?? ''));
  return index > 0 ? block.runs[index]!.text.trim() : undefined;
}

const eIdPrefix: Record<Exclude<ProvisionKind, 'text'>, string> = {
  subsection: 'subsec',
  paragraph: 'para',
  subparagraph: 'subpara',
  clause: 'clause'
};

/** The id of a provision's model clause (`:prov{#id}` at the start of its first paragraph). */
function provId(item: ListItem): string | undefined {
  const first = item.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  return lead?.type === 'textDirective' && lead.name === 'prov' ? (lead.attributes?.['id'] ?? undefined) : undefined;
}

/** Builds provisions for one section or schedule, naming them by the Akoma Ntoso convention as the readers do. */
class ProvisionBuilder {
  private readonly textCount = new Map<string, number>();
  constructor(
    readonly owner: Section | Schedule,
    readonly items: WeakMap<ListItem, {provision: Provision; section: Section | Schedule}>
  ) {}

  private text(block: TextBlock, parent: Provision | undefined): Provision {
    const key = parent?.eId ?? this.owner.eId;
    const n = (this.textCount.get(key) ?? 0) + 1;
    this.textCount.set(key, n);
    return this.make('text', '', block, parent, `${key}__hcontainer_${n}`);
  }

  private make(kind: ProvisionKind, label: string, block: TextBlock, parent: Provision | undefined, eId: string): Provision {
    const provision: Provision = {
      kind,
      label,
      num: label ? `(${label})` : '',
      path: [...(parent?.path ?? []), ...(label ? [label] : [])],
      block,
      children: [],
      eId
    };
    const term = definedTerm(block);
    if (term) provision.defines = term;
    return provision;
  }

  /** Provisions of a run of body nodes under `parent` (undefined: the section itself). */
  build(nodes: readonly Nodes[], parent: Provision | undefined): Provision[] {
    const out: Provision[] = [];
    // An unlabelled block followed by paragraphs (a), (b) is their lead-in: they sit under it.
    let leadIn: Provision | undefined;
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        if (node.data?.directiveLabel) continue;
        leadIn = this.text(blockOf(node), parent);
        out.push(leadIn);
        continue;
      }
      if (node.type === 'heading') {
        // A heading inside a schedule (a reproduced treaty's article heading) is its text, in bold, as the readers take it.
        const block = blockOf(node);
        leadIn = this.text({runs: block.runs.map((r) => ({...r, bold: true})), text: block.text}, parent);
        out.push(leadIn);
        continue;
      }
      if (node.type === 'list') {
        for (const item of node.children) {
          const level = item.data?.ccmNumber?.level;
          const under = level && level !== 'subsection' && leadIn ? leadIn : undefined;
          const provision = this.item(item, under ?? parent);
          (under ? under.children : out).push(provision);
        }
        continue;
      }
      if ('children' in node) {
        // Anything else that holds content (a container left by selection) gives its content.
        out.push(...this.build(node.children as Nodes[], parent));
        leadIn = out.at(-1)?.kind === 'text' ? out.at(-1) : leadIn;
      }
    }
    return out;
  }

  private item(item: ListItem, parent: Provision | undefined): Provision {
    const number = item.data?.ccmNumber;
    const label = number?.path && number.label.startsWith('(') ? number.path.at(-1)! : '';
    const [first, ...rest] = item.children;
    const block = first?.type === 'paragraph' ? blockOf(first) : {runs: [], text: ''};
    let provision: Provision;
    if (label && number?.level) {
      const eId = `${parent?.eId ?? this.owner.eId}__${eIdPrefix[number.level]}_${label}`;
      provision = this.make(number.level, label, block, parent, eId);
    } else {
      provision = this.text(block, parent);
    }
    const clause = provId(item);
    if (clause) provision.clauseId = clause;
    provision.children = this.build(first?.type === 'paragraph' ? (rest as Nodes[]) : (item.children as Nodes[]), provision);
    this.items.set(item, {provision, section: this.owner});
    return provision;
  }
}

/** All text of a section or schedule, folded, as the readers give `text`. */
function textOf(provisions: readonly Provision[]): string {
  const parts: string[] = [];
  const walk = (list: readonly Provision[]) => {
    for (const p of list) {
      parts.push(`${p.num ? `${p.num} ` : ''}${p.block.text}`);
      walk(p.children);
    }
  };
  walk(provisions);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Set the title by the bill's stage and return the short title the text enacts. */
function titleByStage(heading: Nodes, stage: 'bill' | 'act'): string {
  const last = 'children' in heading ? (heading.children as Nodes[]).at(-1) : undefined;
  const text = last?.type === 'text' ? last : undefined;
  const shortTitle = text?.value.trim() ?? '';
  if (text && stage === 'bill') text.value = text.value.replace(/\bAct(?=\s+\d{4}\s*$|\s*$)/, 'Bill');
  return shortTitle;
}

/** The unified attacher for the bill tree. */
export function buildBillTree(options: AssembleOptions) {
  return function transformer(tree: Root, file: VFile): void {
    const stage = options.resolution.lookup('act.kind') === 'act' ? 'act' : 'bill';
    const items = new WeakMap<ListItem, {provision: Provision; section: Section | Schedule}>();
    const bill: Bill = {
      path: '',
      format: 'built',
      stage,
      title: {runs: [], text: ''},
      preamble: [],
      body: [],
      schedules: [],
      messages: []
    };
    let shortTitle = '';

    const section = (node: ContainerDirective, part: Part | undefined): Section => {
      const number = node.data?.ccmNumber?.number ?? '';
      const id = node.attributes?.['id'] ?? '';
      const built: Section = {
        kind: 'section',
        number,
        heading: directiveLabel(node),
        eId: part ? `${part.eId}__sec_${number}` : `sec_${number}`,
        containers: part ? [`Part ${part.number} ${part.heading}`] : [],
        children: [],
        text: '',
        origin: {
          clauseId: id,
          articles: splitList(node.attributes?.['articles']),
          items: splitList(node.attributes?.['items']),
          components: splitList(node.attributes?.['components'])
        }
      };
      built.children = new ProvisionBuilder(built, items).build(node.children as Nodes[], undefined);
      built.text = textOf(built.children);
      return built;
    };

    const front = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'heading' && node.depth === 1) {
          shortTitle = titleByStage(node, stage);
          bill.title = blockOf(node);
        } else if (node.type === 'paragraph' && !node.data?.directiveLabel) {
          const block = blockOf(node as Paragraph);
          if (!bill.longTitle && !bill.enactingFormula && bill.preamble.length === 0 && /^(A|An)\s+(Bill|Act)\b/.test(block.text))
            bill.longTitle = block;
          else if (!bill.enactingFormula && /\benact/i.test(block.text)) bill.enactingFormula = block;
          else bill.preamble.push(block);
        }
      }
    };

    for (const node of tree.children) {
      if (node.type === 'containerDirective' && node.name === 'front') front(node.children as RootContent[]);
      else if (node.type === 'heading' && node.depth === 1) front([node]);
      else if (node.type === 'containerDirective' && node.name === 'part') {
        const number = node.data?.ccmNumber?.number ?? '';
        const part: Part = {kind: 'part', number, heading: directiveLabel(node), eId: `part_${number}`, sections: []};
        const id = node.attributes?.['id'];
        if (id) part.clauseId = id;
        for (const child of node.children)
          if (child.type === 'containerDirective' && child.name === 'section') part.sections.push(section(child, part));
        bill.body.push(part);
      } else if (node.type === 'containerDirective' && node.name === 'section') {
        bill.body.push(section(node, undefined));
      } else if (node.type === 'containerDirective' && node.name === 'schedule') {
        const number = node.data?.ccmNumber?.number ?? '';
        const schedule: Schedule = {
          kind: 'schedule',
          number,
          heading: directiveLabel(node),
          eId: `sched_${number || bill.schedules.length + 1}`,
          children: [],
          text: '',
          origin: {
            clauseId: node.attributes?.['id'] ?? '',
            articles: splitList(node.attributes?.['articles']),
            items: splitList(node.attributes?.['items']),
            components: splitList(node.attributes?.['components'])
          }
        };
        schedule.children = new ProvisionBuilder(schedule, items).build(node.children as Nodes[], undefined);
        schedule.text = textOf(schedule.children);
        bill.schedules.push(schedule);
      }
    }
    file.data.ccmBill = bill;
    file.data.ccmProvisions = items;
    file.data.ccmShortTitle = shortTitle;
  };
}
