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
import type {Info, Options, SafeConfig, State, Unsafe} from 'mdast-util-to-markdown';

type Node = {type: string} | undefined;

/** Patterns in scope, by construct stack and the types of the neighbouring nodes, for each configured pattern list. */
const scopes = new WeakMap<Unsafe[], Map<string, Unsafe[]>>();

function listInScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : list;
  if (!names || names.length === 0) return none;
  return names.some((name) => stack.includes(name));
}

function nodeInScope(types: Unsafe['beforeNode'], node: Node): boolean {
  if (!types) return true;
  if (!node) return false;
  return typeof types === 'string' ? types === node.type : (types as readonly string[]).includes(node.type);
}

/** The unsafe patterns `safe()` would try for this stack and these neighbours (its scope test, cached). */
function patternsInScope(state: State, beforeNode: Node, afterNode: Node): Unsafe[] {
  let byKey = scopes.get(state.unsafe);
  if (!byKey) {
    byKey = new Map();
    scopes.set(state.unsafe, byKey);
  }
  const key = `${state.stack.join(',')}|${beforeNode?.type ?? ''}|${afterNode?.type ?? ''}`;
  let patterns = byKey.get(key);
  if (!patterns) {
    patterns = state.unsafe.filter(
      (pattern) =>
        listInScope(state.stack, pattern.inConstruct, true) &&
        !listInScope(state.stack, pattern.notInConstruct, false) &&
        nodeInScope(pattern.beforeNode, beforeNode) &&
        nodeInScope(pattern.afterNode, afterNode)
    );
    byKey.set(key, patterns);
  }
  return patterns;
}

/**
 * Whether `safe()` would return `input` unchanged: no pattern in scope
 * matches at a character of the input itself (matches that fall in the
 * context before or after it are skipped by `safe()` too), searching the
 * same slices of before + input + after the same way `safe()` does, and no
 * backslash in the input or after it could be doubled. False means "let the
 * library decide", never "unsafe".
 */
export function needsNoEscape(state: State, input: string, config: SafeConfig): boolean {
  // Autolinks percent-encode; `safe()` handles them.
  if (state.stack.includes('autolink')) return false;
  if (input.includes('\\') || (config.after ?? '').includes('\\')) return false;
  const before = config.before ?? '';
  const after = config.after ?? '';
  const value = before + input + after;
  const start = before.length;
  const end = value.length - after.length;
  for (const pattern of patternsInScope(state, config.beforeNode, config.afterNode)) {
    // Every compiled pattern contains its character literally: the input must hold it for a match to be inside it.
    if (pattern.character.length === 1 && !input.includes(pattern.character)) continue;
    const expression = state.compilePattern(pattern);
    const from = pattern.beforeNode ? start : 0;
    const subject = value.slice(from, pattern.afterNode ? end : undefined);
    const hasBefore = Boolean(pattern.before || pattern.atBreak);
    expression.lastIndex = 0;
    let match: RegExpExecArray | null;
    // The search loop of `safe()`, stopping at the first match whose character is inside the input.
    while ((match = expression.exec(subject))) {
      const character = match.index + (hasBefore ? (match[1]?.length ?? 0) : 0);
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
  const config: SafeConfig = {...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1]};
  return needsNoEscape(state, node.value, config) ? node.value : state.safe(node.value, config);
}

/** A to-markdown extension that installs the handler. */
export const fastTextToMarkdown: Options = {handlers: {text}};
