/**
 * The model's structure (src/model/structure.ts) in a form the parse cache
 * can keep. Walking the bundled model to check its markup and index its
 * clauses costs a build about as much as assembling the bill, yet gives the
 * same result until the model or the code changes; so `npm run build` stores
 * it beside the parsed tree. Nodes are kept as their place in a walk of the
 * tree and conditions as indexes into one table, so the restored structure
 * points into the tree it is restored onto and shares conditions exactly as
 * a fresh walk does.
 */
import type {Nodes, Root} from 'mdast';
import type {Position} from 'unist';
import type {Expr} from '../conditions/parse.js';
import type {ClauseInfo, ModelStructure} from './structure.js';

/** A clause with its node, conditions and position as indexes. */
type CachedClause = Omit<ClauseInfo, 'node' | 'conditions' | 'position'> & {
  node: number;
  conditions: number[];
  /** The node whose position the clause carries (its own, or its `:prov` directive's); -1 for none. */
  position: number;
};

/** What the parse cache keeps of a model's structure. */
export interface CachedStructure {
  /** Checklist item ids the model's sections name: the structure holds for any checklist that has them all. */
  items: string[];
  exprs: Expr[];
  clauses: CachedClause[];
  /** Node index → index of its own condition. */
  conditionOf: Array<[number, number]>;
  usedParams: string[];
}

/** Every node of the tree in one fixed order (depth first, children in order). */
function nodesInOrder(tree: Root): Nodes[] {
  const out: Nodes[] = [];
  const walk = (node: Nodes): void => {
    out.push(node);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return out;
}

/** The structure as the cache keeps it, or undefined when it has messages (those come from a real walk). */
export function cacheableStructure(tree: Root, structure: ModelStructure): CachedStructure | undefined {
  if (structure.messages.length > 0) return undefined;
  const nodes = nodesInOrder(tree);
  const nodeIndex = new Map<unknown, number>(nodes.map((node, i) => [node, i]));
  const positionIndex = new Map<Position, number>();
  nodes.forEach((node, i) => {
    if (node.position && !positionIndex.has(node.position)) positionIndex.set(node.position, i);
  });
  const exprs: Expr[] = [];
  const exprIndex = new Map<Expr, number>();
  const indexOf = (expr: Expr): number => {
    let i = exprIndex.get(expr);
    if (i === undefined) {
      i = exprs.push(expr) - 1;
      exprIndex.set(expr, i);
    }
    return i;
  };
  const clauses: CachedClause[] = [];
  for (const info of structure.clauses.values()) {
    const node = nodeIndex.get(info.node);
    const position = info.position ? positionIndex.get(info.position) : -1;
    if (node === undefined || position === undefined) return undefined;
    clauses.push({...info, node, conditions: info.conditions.map(indexOf), position});
  }
  const conditionOf: Array<[number, number]> = [];
  nodes.forEach((node, i) => {
    const expr = structure.conditionOf.get(node);
    if (expr) conditionOf.push([i, indexOf(expr)]);
  });
  const items = [...new Set(clauses.flatMap((c) => c.items))].sort();
  return {items, exprs, clauses, conditionOf, usedParams: [...structure.usedParams]};
}

/** The structure of `tree` (the tree the cache entry was made from, as read back from the cache). */
export function restoreStructure(tree: Root, cached: CachedStructure): ModelStructure {
  const nodes = nodesInOrder(tree);
  const clauses = new Map<string, ClauseInfo>();
  for (const c of cached.clauses) {
    clauses.set(c.id, {
      ...c,
      node: nodes[c.node]!,
      conditions: c.conditions.map((i) => cached.exprs[i]!),
      position: c.position === -1 ? undefined : nodes[c.position]!.position
    });
  }
  const conditionOf = new WeakMap<object, Expr>();
  for (const [node, expr] of cached.conditionOf) conditionOf.set(nodes[node]!, cached.exprs[expr]!);
  return {clauses, conditionOf, usedParams: new Set(cached.usedParams), messages: []};
}
