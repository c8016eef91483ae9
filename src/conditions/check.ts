/**
 * Type-checking, evaluation and implication for `when` conditions.
 */
import {type Expr, type Literal, printCondition, type Span} from './parse.js';

/** The type of a named answer as far as conditions care. */
export interface NameType {
  type: 'text' | 'number' | 'money' | 'date' | 'choice' | 'boolean' | 'list';
  /** Allowed values of a choice. */
  options?: readonly string[] | undefined;
}

/** Looks up the declared type of an answer name. */
export type TypeEnv = (name: string) => NameType | undefined;

/** A type error at a span of the condition. */
export interface ConditionProblem extends Span {
  reason: string;
  ruleId: 'unknown-answer' | 'condition-type';
}

type Inferred = 'boolean' | 'number' | 'string' | 'date' | 'list' | 'unknown';

/** Check a parsed condition; returns every problem found (empty when fine). */
export function checkCondition(expr: Expr, env: TypeEnv): ConditionProblem[] {
  const problems: ConditionProblem[] = [];

  function nameType(e: Expr & {kind: 'name'}): NameType | undefined {
    const t = env(e.name);
    if (!t)
      problems.push({
        reason: `Unexpected unknown answer \`${e.name}\`, expected a declared parameter or a \`state.*\` field`,
        ruleId: 'unknown-answer',
        start: e.start,
        end: e.end
      });
    return t;
  }

  function infer(e: Expr): Inferred {
    switch (e.kind) {
      case 'literal':
        return typeof e.value === 'boolean' ? 'boolean' : typeof e.value === 'number' ? 'number' : 'string';
      case 'name': {
        const t = nameType(e);
        if (!t) return 'unknown';
        if (t.type === 'boolean') return 'boolean';
        if (t.type === 'number' || t.type === 'money') return 'number';
        if (t.type === 'date') return 'date';
        if (t.type === 'list') return 'list';
        return 'string';
      }
      case 'not':
        expectBoolean(e.operand);
        return 'boolean';
      case 'and':
      case 'or':
        expectBoolean(e.left);
        expectBoolean(e.right);
        return 'boolean';
      case 'compare':
        checkComparison(e.left, e.right, e.op, e);
        return 'boolean';
      case 'in':
        for (const v of e.values) checkComparison(e.left, {kind: 'literal', value: v.value, start: v.start, end: v.end}, '==', e);
        return 'boolean';
    }
  }

  function expectBoolean(e: Expr): void {
    const t = infer(e);
    if (t !== 'boolean' && t !== 'unknown') {
      const what = e.kind === 'name' ? `answer \`${e.name}\` (${env(e.name)?.type})` : `\`${printCondition(e)}\``;
      problems.push({
        reason: `Unexpected ${what} used as a test, expected a yes/no answer or a comparison`,
        ruleId: 'condition-type',
        start: e.start,
        end: e.end
      });
    }
  }

  function checkComparison(left: Expr, right: Expr, op: string, whole: Span): void {
    const lt = infer(left);
    const rt = infer(right);
    if (lt === 'unknown' || rt === 'unknown') return;
    const ordered = op !== '==' && op !== '!=';
    const comparable =
      lt === rt || (lt === 'date' && rt === 'string') || (lt === 'string' && rt === 'date') || (lt === 'list' && rt === 'string');
    if (!comparable) {
      problems.push({
        reason: `Unexpected comparison of ${lt} with ${rt}, expected values of the same type`,
        ruleId: 'condition-type',
        start: whole.start,
        end: whole.end
      });
      return;
    }
    if (ordered && !(lt === 'number' || lt === 'date')) {
      problems.push({
        reason: `Unexpected \`${op}\` on ${lt} values, expected it only on numbers, amounts and dates`,
        ruleId: 'condition-type',
        start: whole.start,
        end: whole.end
      });
    }
    // A choice compared with a value outside its options can never be true: almost always a typo.
    for (const [a, b] of [
      [left, right],
      [right, left]
    ] as const) {
      if (a.kind === 'name' && b.kind === 'literal') {
        const t = env(a.name);
        if (t?.type === 'choice' && t.options && !t.options.includes(String(b.value))) {
          problems.push({
            reason: `Unexpected value \`${String(b.value)}\` for choice \`${a.name}\`, expected one of: ${t.options.map((o) => `\`${o}\``).join(', ')}`,
            ruleId: 'condition-type',
            start: b.start,
            end: b.end
          });
        }
        if (t?.type === 'date' && typeof b.value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(b.value)) {
          problems.push({
            reason: `Unexpected date \`${b.value}\`, expected YYYY-MM-DD`,
            ruleId: 'condition-type',
            start: b.start,
            end: b.end
          });
        }
      }
    }
  }

  expectBoolean(expr);
  return problems;
}

/** A runtime value of an answer. Money is compared by amount; lists by emptiness or membership. */
export type AnswerValue = string | number | boolean | readonly string[] | {amount: number; currency: string} | null | undefined;

/** Evaluate a (checked) condition against answer values. Unknown names are falsy. */
export function evaluateCondition(expr: Expr, lookup: (name: string) => AnswerValue): boolean {
  return Boolean(value(expr, lookup));
}

/**
 * Evaluate a (checked) condition the way the answers support it: `true` or
 * `false` when the answers decide it, `undefined` when the outcome turns on a
 * name the answers leave unset (three-valued: `false and ?` is `false`,
 * `true or ?` is `true`). An item whose applicability is undecided is open,
 * never "not applicable": saying it does not arise would state a fact the
 * answers never gave.
 */
export function conditionOutcome(expr: Expr, lookup: (name: string) => AnswerValue): boolean | undefined {
  switch (expr.kind) {
    case 'literal':
      return Boolean(expr.value);
    case 'name': {
      const v = lookup(expr.name);
      return v === undefined ? undefined : Boolean(scalar(v));
    }
    case 'not': {
      const t = conditionOutcome(expr.operand, lookup);
      return t === undefined ? undefined : !t;
    }
    case 'and': {
      const l = conditionOutcome(expr.left, lookup);
      const r = conditionOutcome(expr.right, lookup);
      if (l === false || r === false) return false;
      return l === undefined || r === undefined ? undefined : true;
    }
    case 'or': {
      const l = conditionOutcome(expr.left, lookup);
      const r = conditionOutcome(expr.right, lookup);
      if (l === true || r === true) return true;
      return l === undefined || r === undefined ? undefined : false;
    }
    default:
      // A comparison or membership test on an unset name cannot be decided.
      return namesIn(expr).some((name) => lookup(name) === undefined) ? undefined : Boolean(value(expr, lookup));
  }
}

function namesIn(expr: Expr): string[] {
  switch (expr.kind) {
    case 'name':
      return [expr.name];
    case 'literal':
      return [];
    case 'not':
      return namesIn(expr.operand);
    case 'in':
      return namesIn(expr.left);
    default:
      return [...namesIn(expr.left), ...namesIn(expr.right)];
  }
}

function scalar(v: AnswerValue): Literal | readonly string[] | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !Array.isArray(v) && 'amount' in v) return v.amount;
  return v as Literal | readonly string[];
}

function equal(a: Literal | readonly string[] | null, b: Literal | readonly string[] | null): boolean {
  if (Array.isArray(a)) return b === '' ? a.length === 0 : a.includes(String(b));
  if (Array.isArray(b)) return equal(b, a);
  if (a === null) return b === '' || b === false || b === null;
  if (b === null) return a === '' || a === false;
  return a === b;
}

function value(expr: Expr, lookup: (name: string) => AnswerValue): Literal | readonly string[] | null {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'name':
      return scalar(lookup(expr.name));
    case 'not':
      return !value(expr.operand, lookup);
    case 'and':
      return Boolean(value(expr.left, lookup)) && Boolean(value(expr.right, lookup));
    case 'or':
      return Boolean(value(expr.left, lookup)) || Boolean(value(expr.right, lookup));
    case 'in': {
      const left = value(expr.left, lookup);
      return expr.values.some((v) => equal(left, v.value));
    }
    case 'compare': {
      const l = value(expr.left, lookup);
      const r = value(expr.right, lookup);
      switch (expr.op) {
        case '==':
          return equal(l, r);
        case '!=':
          return !equal(l, r);
        default: {
          if (l === null || r === null || Array.isArray(l) || Array.isArray(r)) return false;
          // ISO dates compare correctly as strings; numbers as numbers.
          const a = l as string | number;
          const b = r as string | number;
          return expr.op === '<' ? a < b : expr.op === '<=' ? a <= b : expr.op === '>' ? a > b : a >= b;
        }
      }
    }
  }
}

/**
 * Whether `premise` implies `conclusion` for every combination of answers.
 * Yes/no answers and choices are enumerated exactly; any other comparison is
 * treated as an independent unknown. Returns `undefined` when there are too
 * many combinations to check (the caller then says it could not verify).
 */
export function implies(premise: Expr | undefined, conclusion: Expr | undefined, env: TypeEnv): boolean | undefined {
  if (!conclusion) return true;
  const atoms = new Map<string, Array<Literal | null>>();
  const collect = (e: Expr): void => {
    switch (e.kind) {
      case 'name': {
        const t = env(e.name);
        if (t?.type === 'boolean') atoms.set(e.name, [true, false]);
        else if (t?.type === 'choice' && t.options) atoms.set(e.name, [...t.options]);
        else atoms.set(`?${e.name}`, [true, false]);
        break;
      }
      case 'not':
        collect(e.operand);
        break;
      case 'and':
      case 'or':
        collect(e.left);
        collect(e.right);
        break;
      case 'compare':
      case 'in': {
        const left = e.left;
        const t = left.kind === 'name' ? env(left.name) : undefined;
        if (left.kind === 'name' && (t?.type === 'boolean' || t?.type === 'choice')) collect(left);
        else atoms.set(`?${printCondition(e)}`, [true, false]);
        break;
      }
      case 'literal':
        break;
    }
  };
  if (premise) collect(premise);
  collect(conclusion);
  const keys = [...atoms.keys()];
  let combinations = 1;
  for (const k of keys) combinations *= atoms.get(k)!.length;
  if (combinations > 65_536) return undefined;

  const assignment = new Map<string, Literal | null>();
  const abstractValue = (e: Expr): boolean => {
    const lookup = (name: string): AnswerValue => {
      if (assignment.has(name)) return assignment.get(name) as AnswerValue;
      return assignment.get(`?${name}`) as AnswerValue;
    };
    const rewrite = (x: Expr): boolean => {
      switch (x.kind) {
        case 'not':
          return !rewrite(x.operand);
        case 'and':
          return rewrite(x.left) && rewrite(x.right);
        case 'or':
          return rewrite(x.left) || rewrite(x.right);
        case 'compare':
        case 'in': {
          const key = `?${printCondition(x)}`;
          if (assignment.has(key)) return Boolean(assignment.get(key));
          return evaluateCondition(x, lookup);
        }
        default:
          return evaluateCondition(x, lookup);
      }
    };
    return rewrite(e);
  };

  const walk = (i: number): boolean => {
    if (i === keys.length) return !(premise ? abstractValue(premise) : true) || abstractValue(conclusion);
    const key = keys[i]!;
    for (const v of atoms.get(key)!) {
      assignment.set(key, v);
      if (!walk(i + 1)) return false;
    }
    assignment.delete(key);
    return true;
  };
  return walk(0);
}
