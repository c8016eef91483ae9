/**
 * A faster `text` handler for mdast-util-to-markdown with exactly the
 * library's escaping.
 *
 * The library's `safe()` escapes a text node by running every unsafe pattern
 * in scope (fifty or so, with GFM and directives) over the text, checking
 * each pattern's scope against the construct stack every time. Most text in
 * a bill or a report needs no escape at all, and a short-lived CLI pays that
 * cost cold on every node. This handler first asks whether any pattern in
 * scope matches anywhere in the text, with the library's own compiled
 * patterns on the same subject strings `safe()` searches; only when none does
 * (and no backslash needs doubling) is the text returned as it is, which is
 * what `safe()` returns in that case. Whenever anything might need escaping,
 * the library's `state.safe()` does the escaping. So the output is the
 * library's, byte for byte (test/markdown-text.test.ts checks it against the
 * library on hostile and random text).
 */
import type {Parents, Text} from 'mdast';
import type {Info, Options, State, Unsafe} from 'mdast-util-to-markdown';

type Node = {type: string} | undefined;

/** A pattern in scope for a construct stack, ready for the no-escape test. */
export interface ScopeEntry {
  pattern: Unsafe;
  expression: RegExp;
  /** The match starts before the character (a `before` context or a line start). */
  hasBefore: boolean;
  /** The pattern needs a line ending just before its character (`atBreak`, or a `before` of line endings only). */
  newlineBefore: boolean;
  /** The pattern needs a line ending just after its character. */
  newlineAfter: boolean;
}

/** `before`/`after` contexts that are line endings and nothing else. */
const LINE_ENDING = new Set(['[\\r\\n]', '\\r', '\\n', '\\r\\n']);

function listInScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  if (list === null || list === undefined) return none;
  if (typeof list === 'string') return stack.includes(list);
  if (list.length === 0) return none;
  return list.some((name) => stack.includes(name));
}

function nodeInScope(types: Unsafe['beforeNode'], node: Node): boolean {
  if (!types) return true;
  if (!node) return false;
  return typeof types === 'string' ? types === node.type : (types as readonly string[]).includes(node.type);
}

/**
 * The patterns in scope for one construct stack, and expressions that rule
 * out a match without trying the patterns one by one.
 *
 * `safe()` escapes a character only where a pattern matches with that
 * character inside the text (not in the context before or after it). Such
 * a match starts either inside the text, where an alternation of all the
 * patterns searching the text and the context after it finds it, or in the
 * context before, which only a pattern with a `before` part can do, and an
 * alternation of those searching everything finds it. Each finds the
 * leftmost match, so when the first match of the one starts past the text
 * and of the other inside or past it, nothing is escaped: a few scans in the
 * regular expression engine instead of one search per pattern, for most text
 * in a bill or a report. Otherwise (there may be a match in the context only)
 * the patterns are tried one by one as `safe()` does.
 */
export interface Scope {
  entries: ScopeEntry[];
  /**
   * The alternations, one pair per set of flags (a pattern may need the `u`
   * flag, which another's syntax may not allow); undefined when a pattern
   * cannot be put in one (see {@link alternation}): then every text is
   * searched pattern by pattern.
   */
  filters: Array<{all: RegExp; withBefore: RegExp}> | undefined;
  /**
   * Patterns with a node condition (`:` before a text directive): `safe()`
   * searches a slice of the text for them, so they are not in the
   * alternations; a text holding the character beside such a node is
   * searched pattern by pattern.
   */
  conditional: ScopeEntry[];
}

/** Scopes by configured pattern list and construct stack. */
const scopes = new WeakMap<Unsafe[], Map<string, Scope>>();

/** Never matches. */
const NOTHING = /(?!)/;

/**
 * The alternation of expressions with the same flags: it matches at a
 * position of a string exactly where one of them does. Undefined when that
 * cannot be relied on: a back-reference (it would point at another
 * alternative's group), a word boundary or a look-behind (a match at the
 * start of the text could depend on the context before it).
 */
function alternation(expressions: readonly RegExp[], flags: string): RegExp | undefined {
  if (expressions.length === 0) return NOTHING;
  if (expressions.some((e) => /\\(?:[1-9kbB])|\(\?<[=!]/.test(e.source))) return undefined;
  return new RegExp(expressions.map((e) => `(?:${e.source})`).join('|'), flags);
}

/** The alternations of a scope's unconditional patterns, by flags (see {@link Scope.filters}). */
function filtersOf(entries: readonly ScopeEntry[]): Scope['filters'] {
  const byFlags = new Map<string, ScopeEntry[]>();
  for (const entry of entries) {
    if (entry.pattern.beforeNode || entry.pattern.afterNode) continue;
    const flags = entry.expression.flags.replace('g', '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), entry]);
  }
  const filters: NonNullable<Scope['filters']> = [];
  for (const [flags, group] of byFlags) {
    const all = alternation(
      group.map((entry) => entry.expression),
      flags
    );
    const withBefore = alternation(
      group.filter((entry) => entry.hasBefore).map((entry) => entry.expression),
      flags
    );
    if (!all || !withBefore) return undefined;
    filters.push({all, withBefore});
  }
  return filters;
}

/** The patterns `safe()` tries for this construct stack (their node conditions are checked per text). */
export function scopeOf(state: State, stack: readonly string[]): Scope {
  let byStack = scopes.get(state.unsafe);
  if (!byStack) {
    byStack = new Map();
    scopes.set(state.unsafe, byStack);
  }
  const key = stack.join(',');
  let scope = byStack.get(key);
  if (!scope) {
    const entries = state.unsafe
      .filter((pattern) => listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false))
      .map((pattern) => ({
        pattern,
        expression: state.compilePattern(pattern),
        hasBefore: Boolean(pattern.before || pattern.atBreak),
        newlineBefore: Boolean(pattern.atBreak) || (typeof pattern.before === 'string' && LINE_ENDING.has(pattern.before)),
        newlineAfter: typeof pattern.after === 'string' && LINE_ENDING.has(pattern.after)
      }));
    scope = {
      entries,
      filters: filtersOf(entries),
      conditional: entries.filter((entry) => entry.pattern.beforeNode || entry.pattern.afterNode)
    };
    byStack.set(key, scope);
  }
  return scope;
}

/**
 * Whether no pattern in scope can match with its character inside the
 * input, found with the scope's alternations (see {@link Scope}); false
 * when that is not certain.
 */
function filteredOut(scope: Scope, input: string, before: string, after: string, beforeNode: Node, afterNode: Node): boolean {
  const filters = scope.filters;
  if (filters === undefined) return false;
  for (const {pattern} of scope.conditional) {
    const holds = pattern.character.length !== 1 || input.includes(pattern.character);
    if (holds && nodeInScope(pattern.beforeNode, beforeNode) && nodeInScope(pattern.afterNode, afterNode)) return false;
  }
  const tail = after === '' ? input : input + after;
  let value: string | undefined;
  for (const {all, withBefore} of filters) {
    const inText = all.exec(tail);
    if (inText !== null && inText.index < input.length) return false;
    if (before === '') continue;
    const inBefore = withBefore.exec((value ??= before + tail));
    if (inBefore !== null && inBefore.index < before.length) return false;
  }
  return true;
}

const hasLineEnding = (value: string): boolean => value.includes('\n') || value.includes('\r');

/**
 * Whether `safe()` would return `input` unchanged, given the patterns in
 * scope: no pattern matches at a character of the input itself (matches
 * that fall in the context before or after it are skipped by `safe()` too),
 * searching the same slices of before + input + after the same way `safe()`
 * does, and no backslash in the input or after it could be doubled. A
 * pattern that needs a line ending next to its character is skipped when
 * there is none in the input or on that side of it. False means "let the
 * library decide", never "unsafe".
 */
export function noEscapeIn(scope: Scope, input: string, before: string, after: string, beforeNode: Node, afterNode: Node): boolean {
  if (input.includes('\\') || after.includes('\\')) return false;
  if (filteredOut(scope, input, before, after, beforeNode, afterNode)) return true;
  const value = before + input + after;
  const lineEnding = hasLineEnding(input);
  const lineBefore = lineEnding || hasLineEnding(before);
  const lineAfter = lineEnding || hasLineEnding(after);
  const start = before.length;
  const end = start + input.length;
  for (const entry of scope.entries) {
    const pattern = entry.pattern;
    // Every compiled pattern contains its character literally: the input must hold it for a match to be inside it.
    if (pattern.character.length === 1 && !input.includes(pattern.character)) continue;
    if ((entry.newlineBefore && !lineBefore) || (entry.newlineAfter && !lineAfter)) continue;
    if (!nodeInScope(pattern.beforeNode, beforeNode) || !nodeInScope(pattern.afterNode, afterNode)) continue;
    // The search loop of `safe()`, stopping at the first match whose character is inside the input.
    const expression = entry.expression;
    const from = pattern.beforeNode ? start : 0;
    const subject = pattern.beforeNode || pattern.afterNode ? value.slice(from, pattern.afterNode ? end : undefined) : value;
    expression.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = expression.exec(subject))) {
      const character = match.index + (entry.hasBefore ? (match[1]?.length ?? 0) : 0);
      const position = from + character;
      if (position >= start && position < end) {
        expression.lastIndex = 0;
        return false;
      }
      expression.lastIndex = Math.max(character, match.index + 1);
    }
  }
  return true;
}

/** mdast-util-to-markdown's `text` handler, with the no-escape case answered without running `safe()`. */
export function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? -1;
  const afterNode = siblings[index + 1];
  const beforeNode = siblings[index - 1];
  // Autolinks percent-encode: `safe()` handles them. The config object `safe()` takes is made only when it is called.
  if (
    !state.stack.includes('autolink') &&
    noEscapeIn(scopeOf(state, state.stack), node.value, info.before, info.after, beforeNode, afterNode)
  )
    return node.value;
  return state.safe(node.value, {...info, afterNode, beforeNode});
}

/**
 * What the serialiser needs of the node after the one it is writing: the
 * first character that node serialises to. Without a `peek`, a text node is
 * serialised twice, once as its neighbour's lookahead and once for real. A
 * letter or digit first is never escaped or encoded (no unsafe pattern has
 * one as its character), so it is the answer; anything else is worked out in
 * full (test/markdown-text.test.ts compares the bytes with the library's).
 */
function peekText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const first = node.value.charCodeAt(0);
  const alphanumeric = (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return alphanumeric && !state.stack.includes('autolink') ? node.value.charAt(0) : text(node, parent, state, info);
}
text.peek = peekText;

/** A to-markdown extension that installs the handler. */
export const fastTextToMarkdown: Options = {handlers: {text}};
