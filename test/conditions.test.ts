/** The `when` condition language: parsing, type checks, evaluation, implication. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkCondition, conditionOutcome, evaluateCondition, implies, type TypeEnv} from '../src/conditions/check.js';
import {ConditionSyntaxError, parseCondition, printCondition} from '../src/conditions/parse.js';

const env: TypeEnv = (name) =>
  ({
    flag: {type: 'boolean'},
    other: {type: 'boolean'},
    kind: {type: 'choice', options: ['a', 'b', 'c']},
    count: {type: 'number'},
    when: {type: 'date'},
    law: {type: 'text'},
    laws: {type: 'list'}
  })[name] as ReturnType<TypeEnv>;

const values: Record<string, unknown> = {flag: true, other: false, kind: 'b', count: 3, when: '2020-05-01', law: '', laws: ['x']};
const lookup = (name: string) => values[name] as never;

describe('evaluation', () => {
  const table: Array<[string, boolean]> = [
    ['flag', true],
    ['not flag', false],
    ['flag and other', false],
    ['flag or other', true],
    ['not (flag and other)', true],
    ["kind == 'b'", true],
    ["kind != 'b'", false],
    ["kind in ['a', 'c']", false],
    ["kind in ['b']", true],
    ['count >= 3 and count < 4', true],
    ["when < '2021-01-01'", true],
    ["law != ''", false],
    ["law == ''", true],
    ["laws == 'x'", true],
    ['flag and not other or false', true],
    ['true', true]
  ];
  for (const [source, expected] of table) {
    it(source, () => {
      const expr = parseCondition(source);
      expect(checkCondition(expr, env)).toEqual([]);
      expect(evaluateCondition(expr, lookup)).toBe(expected);
    });
  }
});

describe('syntax errors carry offsets', () => {
  const table: Array<[string, number, RegExp]> = [
    ['flag and', 8, /expected an answer name/],
    ['(flag', 5, /expected `\)`/],
    ["kind = 'a'", 5, /expected `==`/],
    ["kind == 'a", 8, /closing quote/],
    ['flag $ other', 5, /Unexpected character/],
    ['', 0, /empty condition/],
    ['flag other', 5, /expected `and`, `or`/]
  ];
  for (const [source, offset, reason] of table) {
    it(JSON.stringify(source), () => {
      try {
        parseCondition(source);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ConditionSyntaxError);
        expect((error as ConditionSyntaxError).span.start).toBe(offset);
        expect((error as Error).message).toMatch(reason);
      }
    });
  }
});

describe('type checks', () => {
  it('reports each problem at its span', () => {
    const source = "count and kind == 'z' or nope";
    const problems = checkCondition(parseCondition(source), env);
    expect(problems.map((p) => [p.ruleId, source.slice(p.start, p.end)])).toEqual([
      ['condition-type', 'count'],
      ['condition-type', "'z'"],
      ['unknown-answer', 'nope']
    ]);
  });
});

describe('implication', () => {
  it('decides over booleans and choices', () => {
    const p = (s: string) => parseCondition(s);
    expect(implies(p('flag and other'), p('flag'), env)).toBe(true);
    expect(implies(p('flag'), p('flag and other'), env)).toBe(false);
    expect(implies(undefined, p('flag'), env)).toBe(false);
    expect(implies(p("kind == 'a'"), p("kind in ['a', 'b']"), env)).toBe(true);
    expect(implies(p("kind != 'c'"), p("kind in ['a', 'b']"), env)).toBe(true);
    expect(implies(p('count > 2'), p('count > 2 or flag'), env)).toBe(true);
    expect(implies(p('flag'), undefined, env)).toBe(true);
  });
});

describe('properties', () => {
  const name = fc.constantFrom('flag', 'other', 'kind', 'count');
  const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
    atom: fc.oneof(
      name.filter((n) => n === 'flag' || n === 'other'),
      fc.constantFrom("kind == 'a'", "kind in ['b', 'c']", 'count > 1', 'true')
    ),
    node: fc.oneof(
      {depthSize: 'small'},
      tie('atom'),
      fc.tuple(tie('node'), fc.constantFrom('and', 'or'), tie('node')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      tie('node').map((a) => `not ${a}`)
    )
  })).node as fc.Arbitrary<string>;

  it('printing and re-parsing gives the same meaning', () => {
    fc.assert(
      fc.property(
        expr,
        fc.record({flag: fc.boolean(), other: fc.boolean(), kind: fc.constantFrom('a', 'b', 'c'), count: fc.integer({min: 0, max: 3})}),
        (source, vals) => {
          const a = parseCondition(source);
          const b = parseCondition(printCondition(a));
          const look = (n: string) => (vals as unknown as Record<string, never>)[n];
          expect(evaluateCondition(b, look)).toBe(evaluateCondition(a, look));
          expect(checkCondition(a, env)).toEqual([]);
        }
      )
    );
  });

  it('an undecided outcome only where the unset answers could change it; a decided one holds for every way of answering them', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, {nil: undefined});
    fc.assert(
      fc.property(
        expr,
        fc.record({
          flag: maybe(fc.boolean()),
          other: maybe(fc.boolean()),
          kind: maybe(fc.constantFrom('a', 'b', 'c')),
          count: maybe(fc.integer({min: 0, max: 3}))
        }),
        (source, partial) => {
          const e = parseCondition(source);
          const outcome = conditionOutcome(e, (n) => (partial as unknown as Record<string, never>)[n]);
          const completions = [
            {flag: true, other: true, kind: 'a', count: 0},
            {flag: false, other: false, kind: 'b', count: 3},
            {flag: true, other: false, kind: 'c', count: 1},
            {flag: false, other: true, kind: 'a', count: 2}
          ].map((fill) =>
            evaluateCondition(e, (n) => (partial as unknown as Record<string, never>)[n] ?? (fill as unknown as Record<string, never>)[n])
          );
          if (outcome !== undefined) for (const c of completions) expect(c).toBe(outcome);
          else expect(Object.values(partial).some((v) => v === undefined)).toBe(true);
          if (Object.values(partial).every((v) => v !== undefined)) expect(outcome).toBe(completions[0]);
        }
      )
    );
  });

  it('"victims or contaminated" is undecided while victims is unanswered and the State is not contaminated', () => {
    const e = parseCondition('state.victims or state.contaminated');
    expect(conditionOutcome(e, (n) => ({'state.contaminated': false})[n as 'state.contaminated'])).toBeUndefined();
    expect(conditionOutcome(e, (n) => ({'state.contaminated': true})[n as 'state.contaminated'])).toBe(true);
    const joint = parseCondition('state.armed_forces and state.joint_operations');
    expect(conditionOutcome(joint, (n) => ({'state.armed_forces': false})[n as 'state.armed_forces'])).toBe(false);
    expect(conditionOutcome(joint, (n) => ({'state.armed_forces': true})[n as 'state.armed_forces'])).toBeUndefined();
  });

  it('every expression implies itself, and a conjunction implies its parts', () => {
    fc.assert(
      fc.property(expr, expr, (x, y) => {
        const a = parseCondition(x);
        const b = parseCondition(y);
        expect(implies(a, a, env)).toBe(true);
        expect(implies({kind: 'and', left: a, right: b, start: 0, end: 0}, b, env)).toBe(true);
      })
    );
  });

  it('arbitrary text never crashes the parser with anything but a syntax error', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 40}), (source) => {
        try {
          const parsed = parseCondition(source);
          checkCondition(parsed, env);
        } catch (error) {
          expect(error).toBeInstanceOf(ConditionSyntaxError);
        }
      })
    );
  });
});
