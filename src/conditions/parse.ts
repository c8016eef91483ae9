/**
 * The `when` condition language: a small, safe expression language over named
 * answers. Parsed by hand (recursive descent) so nothing is ever evaluated as
 * code, and every node keeps its offsets for positioned messages.
 *
 *   expr    := or
 *   or      := and ('or' and)*
 *   and     := not ('and' not)*
 *   not     := 'not' not | compare
 *   compare := primary (op primary | 'in' '[' literal (',' literal)* ']')?
 *   op      := '==' | '!=' | '<' | '<=' | '>' | '>='
 *   primary := name | string | number | 'true' | 'false' | '(' expr ')'
 */

/** Offsets into the condition text (0-based, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A literal value. */
export type Literal = string | number | boolean;

/** Condition syntax tree. */
export type Expr =
  | ({kind: 'name'; name: string} & Span)
  | ({kind: 'literal'; value: Literal} & Span)
  | ({kind: 'not'; operand: Expr} & Span)
  | ({kind: 'and' | 'or'; left: Expr; right: Expr} & Span)
  | ({kind: 'compare'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: Expr; right: Expr} & Span)
  | ({kind: 'in'; left: Expr; values: Array<{value: Literal} & Span>} & Span);

/** A syntax error with the offset where it was found. */
export class ConditionSyntaxError extends Error {
  readonly span: Span;
  constructor(message: string, span: Span) {
    super(message);
    this.name = 'ConditionSyntaxError';
    this.span = span;
  }
}

interface Token {
  type: 'name' | 'string' | 'number' | 'op' | 'punct' | 'keyword' | 'end';
  text: string;
  value?: Literal;
  start: number;
  end: number;
}

const keywords = new Set(['and', 'or', 'not', 'in', 'true', 'false']);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (/[A-Za-z_]/.test(c)) {
      while (i < source.length && /[A-Za-z0-9_.]/.test(source[i]!)) i++;
      const text = source.slice(start, i);
      if (text.endsWith('.'))
        throw new ConditionSyntaxError(`Unexpected \`.\` at the end of name \`${text}\`, expected a name part`, {start: i - 1, end: i});
      tokens.push(keywords.has(text) ? {type: 'keyword', text, start, end: i} : {type: 'name', text, start, end: i});
      continue;
    }
    if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      i++;
      while (i < source.length && /[0-9.]/.test(source[i]!)) i++;
      const text = source.slice(start, i);
      const value = Number(text);
      if (!Number.isFinite(value)) throw new ConditionSyntaxError(`Unexpected number \`${text}\``, {start, end: i});
      tokens.push({type: 'number', text, value, start, end: i});
      continue;
    }
    if (c === "'" || c === '"') {
      i++;
      let value = '';
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\' && i + 1 < source.length) i++;
        value += source[i];
        i++;
      }
      if (i >= source.length) throw new ConditionSyntaxError('Unexpected end of condition, expected a closing quote', {start, end: i});
      i++;
      tokens.push({type: 'string', text: source.slice(start, i), value, start, end: i});
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      i += 2;
      tokens.push({type: 'op', text: two, start, end: i});
      continue;
    }
    if (c === '<' || c === '>') {
      i++;
      tokens.push({type: 'op', text: c, start, end: i});
      continue;
    }
    if ('()[],'.includes(c)) {
      i++;
      tokens.push({type: 'punct', text: c, start, end: i});
      continue;
    }
    if (c === '=') throw new ConditionSyntaxError('Unexpected `=`, expected `==` to compare', {start, end: i + 1});
    throw new ConditionSyntaxError(`Unexpected character \`${c}\` in condition`, {start, end: i + 1});
  }
  tokens.push({type: 'end', text: '', start: source.length, end: source.length});
  return tokens;
}

/** Parse a condition. Throws {@link ConditionSyntaxError} with the offending span. */
export function parseCondition(source: string): Expr {
  const tokens = tokenize(source);
  let index = 0;
  const peek = (): Token => tokens[index]!;
  const next = (): Token => tokens[index++]!;
  const describe = (t: Token) => (t.type === 'end' ? 'end of condition' : `\`${t.text}\``);

  function expect(text: string): Token {
    const t = next();
    if (t.text !== text || t.type === 'string') throw new ConditionSyntaxError(`Unexpected ${describe(t)}, expected \`${text}\``, t);
    return t;
  }

  function parseOr(): Expr {
    let left = parseAnd();
    while (peek().type === 'keyword' && peek().text === 'or') {
      next();
      const right = parseAnd();
      left = {kind: 'or', left, right, start: left.start, end: right.end};
    }
    return left;
  }
  function parseAnd(): Expr {
    let left = parseNot();
    while (peek().type === 'keyword' && peek().text === 'and') {
      next();
      const right = parseNot();
      left = {kind: 'and', left, right, start: left.start, end: right.end};
    }
    return left;
  }
  function parseNot(): Expr {
    const t = peek();
    if (t.type === 'keyword' && t.text === 'not') {
      next();
      const operand = parseNot();
      return {kind: 'not', operand, start: t.start, end: operand.end};
    }
    return parseCompare();
  }
  function parseLiteral(): {value: Literal} & Span {
    const t = next();
    if (t.type === 'string' || t.type === 'number') return {value: t.value!, start: t.start, end: t.end};
    if (t.type === 'keyword' && (t.text === 'true' || t.text === 'false')) return {value: t.text === 'true', start: t.start, end: t.end};
    throw new ConditionSyntaxError(`Unexpected ${describe(t)}, expected a quoted value, a number, \`true\` or \`false\``, t);
  }
  function parseCompare(): Expr {
    const left = parsePrimary();
    const t = peek();
    if (t.type === 'op') {
      next();
      const right = parsePrimary();
      return {kind: 'compare', op: t.text as '==', left, right, start: left.start, end: right.end};
    }
    if (t.type === 'keyword' && t.text === 'in') {
      next();
      expect('[');
      const values = [parseLiteral()];
      while (peek().text === ',' && peek().type === 'punct') {
        next();
        values.push(parseLiteral());
      }
      const close = expect(']');
      return {kind: 'in', left, values, start: left.start, end: close.end};
    }
    return left;
  }
  function parsePrimary(): Expr {
    const t = next();
    if (t.type === 'name') return {kind: 'name', name: t.text, start: t.start, end: t.end};
    if (t.type === 'string' || t.type === 'number') return {kind: 'literal', value: t.value!, start: t.start, end: t.end};
    if (t.type === 'keyword' && (t.text === 'true' || t.text === 'false'))
      return {kind: 'literal', value: t.text === 'true', start: t.start, end: t.end};
    if (t.type === 'punct' && t.text === '(') {
      const inner = parseOr();
      const close = expect(')');
      return {...inner, start: t.start, end: close.end};
    }
    throw new ConditionSyntaxError(`Unexpected ${describe(t)}, expected an answer name, a value or \`(\``, t);
  }

  if (peek().type === 'end') throw new ConditionSyntaxError('Unexpected empty condition, expected an expression', {start: 0, end: 0});
  const expr = parseOr();
  const rest = peek();
  if (rest.type !== 'end')
    throw new ConditionSyntaxError(`Unexpected ${describe(rest)}, expected \`and\`, \`or\` or the end of the condition`, rest);
  return expr;
}

/** Every answer name the condition mentions, in order of appearance, once each. */
export function conditionNames(expr: Expr): string[] {
  const names: string[] = [];
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'name':
        if (!names.includes(e.name)) names.push(e.name);
        break;
      case 'not':
        walk(e.operand);
        break;
      case 'and':
      case 'or':
      case 'compare':
        walk(e.left);
        walk(e.right);
        break;
      case 'in':
        walk(e.left);
        break;
      case 'literal':
        break;
    }
  };
  walk(expr);
  return names;
}

/** Print a condition back as canonical text (for messages and provenance). */
export function printCondition(expr: Expr): string {
  const lit = (v: Literal) => (typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : String(v));
  switch (expr.kind) {
    case 'name':
      return expr.name;
    case 'literal':
      return lit(expr.value);
    case 'not':
      return `not ${wrap(expr.operand, 3)}`;
    case 'and':
      return `${wrap(expr.left, 2)} and ${wrap(expr.right, 2)}`;
    case 'or':
      return `${wrap(expr.left, 1)} or ${wrap(expr.right, 1)}`;
    case 'compare':
      return `${printCondition(expr.left)} ${expr.op} ${printCondition(expr.right)}`;
    case 'in':
      return `${printCondition(expr.left)} in [${expr.values.map((v) => lit(v.value)).join(', ')}]`;
  }
}

function precedence(expr: Expr): number {
  return expr.kind === 'or' ? 1 : expr.kind === 'and' ? 2 : expr.kind === 'not' ? 3 : 4;
}

function wrap(expr: Expr, min: number): string {
  const text = printCondition(expr);
  return precedence(expr) < min ? `(${text})` : text;
}
