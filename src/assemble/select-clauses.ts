/**
 * Stage 1: keep the clauses whose conditions hold for these answers, unwrap
 * `if`/`choose` blocks, drop drafting notes, and repair list punctuation where
 * optional items were removed. Records every omitted clause and why.
 */
import type {List, ListItem, Nodes, Parent, Root} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import {evaluateCondition} from '../conditions/check.js';
import {directiveLabel, plainText} from '../model/structure.js';
import {assemblyData, explainCondition, type AssembleOptions} from './context.js';

/** The unified attacher for clause selection. */
export function selectClauses(options: AssembleOptions) {
  return function transformer(model: Root, file: VFile): Root {
    const data = assemblyData(file);
    const {structure, resolution} = options;
    // A parameter a condition reads chose the bill's wording (the fault element, the consenting officer, the
    // commencement mode) even when the bill never prints it: it counts as used, so a default the answers did not
    // give is among the values to confirm. Item-linked values are left to their item's own open question.
    const lookup = (name: string) => {
      const value = resolution.values.get(name);
      if (options.model.params.has(name) && value && !value.item) data.filled.add(name);
      return resolution.lookup(name);
    };
    const holds = (node: object): boolean => {
      const expr = structure.conditionOf.get(node);
      return !expr || evaluateCondition(expr, lookup);
    };
    const recordOmission = (node: Nodes, kind: 'part' | 'section' | 'schedule' | 'provision', id: string | undefined, heading: string) => {
      const expr = structure.conditionOf.get(node);
      if (!id || !expr) return;
      const sectionOf = (clause: string) => structure.clauses.get(clause)?.sectionId;
      data.omitted.push({id, kind, heading, ...(kind === 'provision' ? {section: sectionOf(id)} : {}), ...explainCondition(expr, options)});
      // Clauses inside a removed clause are gone too; record them so references can say why.
      walkIds(node, (innerId, innerKind, innerHeading) =>
        data.omitted.push({
          id: innerId,
          kind: innerKind,
          heading: innerHeading,
          ...(innerKind === 'provision' ? {section: sectionOf(innerId)} : {}),
          ...explainCondition(expr, options)
        })
      );
    };
    const walkIds = (node: Nodes, found: (id: string, kind: 'section' | 'provision', heading: string) => void) => {
      if (!('children' in node)) return;
      for (const child of node.children as Nodes[]) {
        if (child.type === 'containerDirective' && child.name === 'section' && child.attributes?.['id'])
          found(child.attributes['id'], 'section', directiveLabel(child));
        if (child.type === 'listItem') {
          const id = provOf(child)?.attributes?.['id'];
          if (id) found(id, 'provision', '');
        }
        walkIds(child, found);
      }
    };

    /**
     * Keep what holds in `parent`, a copy whose `children` are still the model's: each child kept is copied in
     * turn, so everything the later stages change is this bill's own and the model's tree is read, never changed.
     * Conditions are looked up on the model's nodes (the structure indexes those).
     */
    function filter(parent: Parent): void {
      const kept: Nodes[] = [];
      let removedItems = false;
      for (const child of parent.children as Nodes[]) {
        if (child.type === 'containerDirective') {
          switch (child.name) {
            case 'note': {
              // Drafting notes are not bill text; they are kept aside, with their own `:if` conditions
              // applied, for the explanatory note (a note may say what it says only when a clause is in).
              const owner = parent.type === 'containerDirective' ? (parent as ContainerDirective).attributes?.['id'] : undefined;
              if (owner) {
                const note = copyOf(child);
                filter(note);
                data.notes.set(owner, [...(data.notes.get(owner) ?? []), (note.children as Nodes[]).map(plainText).join('\n\n')]);
              }
              continue;
            }
            case 'part':
            case 'section':
            case 'schedule': {
              if (!holds(child)) {
                recordOmission(child, child.name, child.attributes?.['id'] ?? undefined, directiveLabel(child));
                continue;
              }
              const clause = copyOf(child);
              filter(clause);
              // A Part whose sections the answers all left out is not printed: a heading over nothing says the Bill has
              // what it has not. It goes heading and all (wherever an `if` or `choose` put it), so the Parts after it
              // renumber, and references to it say why it is gone.
              if (clause.name === 'part' && !clause.children.some((c) => c.type === 'containerDirective' && c.name === 'section')) {
                const id = child.attributes?.['id'];
                if (id)
                  data.omitted.push({
                    id,
                    kind: 'part',
                    heading: directiveLabel(child),
                    condition: '',
                    answers: [],
                    reason: 'every section in it was left out'
                  });
                continue;
              }
              kept.push(clause);
              continue;
            }
            case 'if':
              if (holds(child)) kept.push(...unwrapped(child));
              continue;
            case 'choose': {
              const options = child.children.filter((c) => c.type === 'containerDirective' && c.name === 'option');
              const chosen =
                options.find((o) => o.type === 'containerDirective' && o.attributes?.['value'] !== '*' && holds(o)) ??
                options.find((o) => o.type === 'containerDirective' && o.attributes?.['value'] === '*');
              if (chosen && 'children' in chosen) kept.push(...unwrapped(chosen));
              continue;
            }
          }
        }
        if (child.type === 'textDirective' && child.name === 'if') {
          if (holds(child)) kept.push(...unwrapped(child));
          continue;
        }
        if (child.type === 'listItem' && !holds(child)) {
          recordOmission(child, 'provision', provOf(child)?.attributes?.['id'] ?? undefined, '');
          removedItems = true;
          continue;
        }
        const own = copyOf(child);
        if ('children' in own) filter(own as Parent);
        kept.push(own);
      }
      if (removedItems && parent.type === 'list') repairPunctuation(parent as List, kept as ListItem[]);
      parent.children = kept as typeof parent.children;
    }

    /** The children of an `if` or a chosen `option` that hold, copied (the block itself is not printed). */
    function unwrapped(block: Parent): Nodes[] {
      const own = copyOf(block);
      filter(own);
      return own.children as Nodes[];
    }

    const tree = copyOf(model);
    filter(tree);
    removeEmptyLists(tree);
    joinAdjacentLists(tree);
    data.scheduleCount = tree.children.filter((c) => c.type === 'containerDirective' && c.name === 'schedule').length;
    return tree;
  };
}

/**
 * A node of the model as this bill's own: its fields copied, sharing what
 * the stages never change in place (`attributes`, `position`, `data` are
 * replaced, not edited); `children` is the model's array until
 * {@link selectClauses}' filter replaces it with copies.
 */
function copyOf<T extends Nodes | Parent>(node: T): T {
  return {...node};
}

function provOf(item: ListItem) {
  const first = item.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  return lead?.type === 'textDirective' && lead.name === 'prov' ? lead : undefined;
}

function removeEmptyLists(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = (node.children as Nodes[]).filter((c) => !(c.type === 'list' && c.children.length === 0)) as typeof node.children;
  for (const child of node.children as Nodes[]) removeEmptyLists(child);
}

/**
 * An `if` block or a `choose` between list items splits the source list in
 * two; once the block is unwrapped the two halves stand side by side and are
 * one list again (same numbering sequence).
 */
function joinAdjacentLists(node: Nodes): void {
  if (!('children' in node)) return;
  const joined: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    const previous = joined.at(-1);
    if (child.type === 'list' && previous?.type === 'list' && previous.ordered === child.ordered) {
      previous.children.push(...child.children);
      continue;
    }
    joined.push(child);
  }
  node.children = joined as typeof node.children;
  for (const child of node.children as Nodes[]) joinAdjacentLists(child);
}

const ending = /(\s*(?:[;,]\s*(?:or|and)|[;,.:]))?\s*$/;

/** The text node that ends an item's own words, or undefined when the item ends in a nested list. */
function tail(item: ListItem) {
  const last = item.children.at(-1);
  if (last?.type !== 'paragraph') return undefined;
  const text = last.children.at(-1);
  return text?.type === 'text' ? text : undefined;
}

/**
 * Statutory lists carry their conjunction on the penultimate item ("; or")
 * and the closing punctuation on the last. When items are removed, move both
 * to where they now belong, so the remaining list reads as drafted.
 */
export function repairPunctuation(list: List, remaining: ListItem[]): void {
  const original = list.children;
  if (original.length < 2 || remaining.length === 0) return;
  const penultimate = tail(original[original.length - 2]!);
  const lastTail = tail(original.at(-1)!);
  const conjunction = penultimate ? (ending.exec(penultimate.value)?.[1] ?? '').trim() : '';
  const final = lastTail ? (ending.exec(lastTail.value)?.[1] ?? '').trim() : '';
  if (!/^[;,]\s*(or|and)$/.test(conjunction)) return;
  const separator = conjunction.startsWith(',') ? ',' : ';';
  remaining.forEach((item, index) => {
    const node = tail(item);
    if (!node) return;
    const wanted = index === remaining.length - 1 ? final : index === remaining.length - 2 ? conjunction : separator;
    node.value = node.value.replace(ending, '') + wanted;
  });
}
