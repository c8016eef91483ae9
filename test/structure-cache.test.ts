/**
 * The model structure kept in the parse cache (src/model/structure-cache.ts)
 * must be what a fresh walk of the same tree gives: the same clauses in the
 * same order, pointing at the same nodes and positions, the same conditions
 * (shared as the walk shares them), the same conditions per node and the
 * same parameters. A checklist without an item the model names gets a real
 * walk, so its message is not lost.
 */
import {readFileSync} from 'node:fs';
import type {Nodes, Root} from 'mdast';
import {describe, expect, it} from 'vitest';
import {parseChecklist} from '../src/checklist/load.js';
import {modelFrom, modelFromCache} from '../src/model/model.js';
import {parseModel} from '../src/model/parse.js';
import {analyseModel} from '../src/model/structure.js';
import {cacheableStructure, restoreStructure} from '../src/model/structure-cache.js';
import {defaultChecklistPath, defaultModelPath} from '../src/paths.js';

const modelText = readFileSync(defaultModelPath, 'utf8');
const checklist = parseChecklist(readFileSync(defaultChecklistPath, 'utf8'), defaultChecklistPath);
const items = new Set(checklist.items.map((i) => i.id));

/** The model and its cached structure as `npm run build` stores them, read back as a build reads them. */
function throughCache() {
  const parsed = parseModel(modelText, defaultModelPath);
  const cached = cacheableStructure(parsed.tree, analyseModel(parsed, {checklistItems: items}));
  expect(cached).toBeDefined();
  const stored = JSON.parse(JSON.stringify({tree: parsed.tree, structure: cached}));
  const model = modelFrom(modelText, defaultModelPath, stored.tree as Root, {}, parsed.params, []);
  return {model, cached: stored.structure};
}

function allNodes(tree: Root): Nodes[] {
  const out: Nodes[] = [];
  const walk = (node: Nodes) => {
    out.push(node);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return out;
}

describe('model structure in the parse cache', () => {
  it('restores what a fresh walk of the same tree finds', () => {
    const {model, cached} = throughCache();
    const fresh = analyseModel(model, {checklistItems: items});
    const restored = restoreStructure(model.tree, cached);
    expect(fresh.messages).toEqual([]);
    expect([...restored.clauses.keys()]).toEqual([...fresh.clauses.keys()]);
    expect(restored.clauses.size).toBeGreaterThan(50);
    for (const [id, info] of fresh.clauses) {
      const back = restored.clauses.get(id)!;
      expect(back.node, id).toBe(info.node);
      expect(back.position, id).toBe(info.position);
      expect(back.conditions, id).toEqual(info.conditions);
      expect({...back, node: undefined, conditions: undefined, position: undefined}, id).toEqual({
        ...info,
        node: undefined,
        conditions: undefined,
        position: undefined
      });
    }
    let withCondition = 0;
    for (const node of allNodes(model.tree)) {
      expect(restored.conditionOf.get(node)).toEqual(fresh.conditionOf.get(node));
      if (fresh.conditionOf.has(node)) withCondition++;
    }
    expect(withCondition).toBeGreaterThan(20);
    expect(restored.usedParams).toEqual(fresh.usedParams);
    expect(restored.messages).toEqual([]);
  });

  it('shares conditions between a clause and what it encloses, as the walk does', () => {
    const {model, cached} = throughCache();
    const restored = restoreStructure(model.tree, cached);
    for (const info of restored.clauses.values()) {
      const own = restored.conditionOf.get(info.node);
      if (own && info.conditions.length > 0) expect(info.conditions).toContain(own);
    }
  });

  it('walks the model again for a checklist that lacks an item the model names', () => {
    const {model, cached} = throughCache();
    const [dropped] = cached.items as string[];
    const fewer = new Set([...items].filter((i) => i !== dropped));
    // As a build reads it: the tree came from the parse cache with its structure.
    const structure = analyseModelWithCache(model, cached, fewer);
    expect(structure.messages.map((m) => m.ruleId)).toContain('unknown-item');
    expect(analyseModelWithCache(model, cached, items).messages).toEqual([]);
  });
});

/** analyseModel on a model read from a parse-cache entry that keeps the structure (as a build reads the bundled model). */
function analyseModelWithCache(model: ReturnType<typeof throughCache>['model'], cached: unknown, checklistItems: Set<string>) {
  const stored = JSON.parse(JSON.stringify({tree: model.tree, meta: {}, params: [...model.params], structure: cached}));
  return analyseModel(modelFromCache(modelText, defaultModelPath, stored), {checklistItems});
}
