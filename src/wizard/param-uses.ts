/**
 * Where the model uses each parameter, and under which conditions. The wizard
 * asks a parameter only when at least one of its uses can appear in the bill
 * with the current answers (so "penalty units" questions vanish when fines
 * are amounts of money), and attaches a parameter used only in one checklist
 * item's sections to that item. Derived from the model text, not a hand list,
 * so a new model clause brings its questions with it.
 */
import type {Nodes, Parent} from 'mdast';
import {evaluateCondition, type AnswerValue} from '../conditions/check.js';
import {conditionNames, type Expr} from '../conditions/parse.js';
import type {Model} from '../model/load.js';
import {directiveLabel, type ModelStructure} from '../model/structure.js';

/** One use of a parameter: the conditions that must all hold for it to be in the bill. */
export interface ParamUse {
  conditions: Expr[];
  /** Checklist items of the enclosing section (empty outside sections or for sections serving no item). */
  items: string[];
}

/** Uses of every parameter the model mentions. */
export type ParamUses = Map<string, ParamUse[]>;

/** Walk the model tree once and record each parameter use with its enclosing conditions. */
export function collectParamUses(model: Model, structure: ModelStructure): ParamUses {
  const uses: ParamUses = new Map();
  const add = (name: string, conditions: Expr[], items: string[]) => {
    if (!name) return;
    const list = uses.get(name) ?? [];
    list.push({conditions, items});
    uses.set(name, list);
  };
  const visit = (node: Nodes, conditions: Expr[], items: string[]) => {
    const own = structure.conditionOf.get(node);
    // A condition's names decide the wording wherever the condition itself can appear, and only where the rest of the
    // condition lets them: in `penalty.style == 'fine' and currency.symbol != ''`, the symbol matters only for fines.
    if (own) for (const name of conditionNames(own)) add(name, [...conditions, ...guardsFor(own, name, model)], items);
    const inner = own ? [...conditions, own] : conditions;
    let innerItems = items;
    if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
      if (node.name === 'section')
        innerItems = (node.attributes?.['items'] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      if (node.name === 'note') return;
      if (node.name === 'param') add(directiveLabel(node).trim(), inner, innerItems);
      if (node.name === 'choose') add(node.attributes?.['param'] ?? '', inner, innerItems);
    }
    if ('children' in node) for (const child of (node as Parent).children as Nodes[]) visit(child, inner, innerItems);
  };
  visit(model.tree, [], []);
  // The engine prints every amount of money with the State's currency code or symbol: those are used wherever an
  // amount is (and nowhere else: a bill whose fines are in penalty units prints no money).
  const money = [...model.params.values()].filter((d) => d.type === 'money').flatMap((d) => uses.get(d.name) ?? []);
  for (const name of currencyParams) if (model.params.has(name)) for (const use of money) add(name, use.conditions, use.items);
  return uses;
}

/** The parameters the engine reads to print an amount of money. */
const currencyParams = ['currency.code', 'currency.symbol'];

/**
 * The parts of a condition that must hold for `name` to make a difference: in a chain of `and`, each other operand
 * that compares a choice parameter with a literal (`penalty.style == 'fine'`). A choice is settled by the profile or an
 * earlier question; other operands (a text still empty, a switch not yet asked) may change as the drafter goes on, so
 * they never hide a question.
 */
function guardsFor(expr: Expr, name: string, model: Model): Expr[] {
  if (expr.kind !== 'and') return [];
  const operands: Expr[] = [];
  const flatten = (e: Expr) => {
    if (e.kind === 'and') {
      flatten(e.left);
      flatten(e.right);
    } else operands.push(e);
  };
  flatten(expr);
  const isChoice = (e: Expr) => e.kind === 'name' && e.name !== name && model.params.get(e.name)?.type === 'choice';
  return operands.filter(
    (e) =>
      (e.kind === 'compare' &&
        (e.op === '==' || e.op === '!=') &&
        ((isChoice(e.left) && e.right.kind === 'literal') || (isChoice(e.right) && e.left.kind === 'literal'))) ||
      (e.kind === 'in' && isChoice(e.left))
  );
}

/**
 * Whether a parameter can reach the bill with these answers. A parameter the
 * model never uses is treated as relevant (the checklist asks for it, and a
 * model still being written may use it later).
 */
export function isRelevant(uses: ParamUses, name: string, lookup: (name: string) => AnswerValue): boolean {
  const list = uses.get(name);
  if (!list || list.length === 0) return true;
  return list.some((use) => use.conditions.every((expr) => evaluateCondition(expr, lookup)));
}

/** The single checklist item whose sections hold every use of the parameter, if there is one. */
export function owningItem(uses: ParamUses, name: string): string | undefined {
  const list = uses.get(name);
  if (!list || list.length === 0) return undefined;
  const owners = new Set(list.map((use) => (use.items.length === 1 ? use.items[0] : '')));
  if (owners.size !== 1) return undefined;
  const [owner] = owners;
  return owner || undefined;
}
