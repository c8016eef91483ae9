/**
 * YAML with positions: every file people edit by hand (answers, profiles,
 * checklists, the model's front matter) is read here, so any problem can be
 * reported at its line and column.
 */
import {isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode} from 'yaml';
import type {Point} from 'unist';
import type {VFileMessage} from 'vfile-message';
import {diagnostic} from './diagnostics.js';
import {findUnsafeCharacter, unsafeCharacterReason} from './text.js';

/** A parsed YAML file that can point at any of its values. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  /** The plain JavaScript value. */
  value: unknown;
  /** The text had Windows line ends (CRLF): a rewrite keeps them. */
  crlf?: boolean | undefined;
  /** Point of the value at `path` (or its nearest existing ancestor). */
  pointAt(path: ReadonlyArray<string | number>, which?: 'key' | 'value'): Point | undefined;
}

/** Options for {@link parseYaml}. */
export interface ParseYamlOptions {
  file: string;
  source: string;
  /** Line offset when the YAML is embedded (front matter): added to every line. */
  lineOffset?: number;
  /** Offset of the YAML text in the embedding file. */
  offsetBase?: number;
}

/**
 * Parse YAML text. Syntax errors (and duplicate keys) come back as fatal
 * messages with positions; the value is `undefined` when there are any.
 */
export function parseYaml(text: string, options: ParseYamlOptions): {source?: YamlSource; messages: VFileMessage[]} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true, strict: true});
  const lineOffset = options.lineOffset ?? 0;
  const offsetBase = options.offsetBase ?? 0;
  const toPoint = (offset: number): Point => {
    const {line, col} = lineCounter.linePos(offset);
    return {line: line + lineOffset, column: col, offset: offset + offsetBase};
  };
  const messages = doc.errors.map((error) =>
    diagnostic(`Malformed YAML: ${firstLine(error.message)}`, {
      file: options.file,
      place: toPoint(error.pos[0]),
      ruleId: 'yaml-syntax',
      source: options.source
    })
  );
  if (messages.length > 0) return {messages};
  // Keys and values reach the bill, the reports and the terminal: no control characters, no line
  // separators inside a value, whether typed raw or written as an escape ("\e", "\u2028").
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const found = findUnsafeCharacter(node.value);
      if (!found) return;
      const raw = text.slice(node.range[0], node.range[1]);
      const rawAt = raw.indexOf(String.fromCharCode(found.codePoint));
      messages.push(
        diagnostic(unsafeCharacterReason(found, key === 'key' ? 'a key' : 'a value'), {
          file: options.file,
          place: toPoint(node.range[0] + Math.max(0, rawAt)),
          ruleId: 'control-character',
          source: options.source
        })
      );
    }
  });
  if (messages.length > 0) return {messages};
  let value: unknown;
  try {
    value = doc.toJS({maxAliasCount: 100});
  } catch (error) {
    // Aliases are only resolved here: `*name` without its `&name`, or aliases that multiply (a "billion laughs").
    let at: number | undefined;
    let unresolved: number | undefined;
    visit(doc, {
      Alias(_, node) {
        at ??= node.range?.[0];
        if (node.resolve(doc) === undefined) unresolved ??= node.range?.[0];
      }
    });
    at = unresolved ?? at;
    return {
      messages: [
        diagnostic(
          `Malformed YAML: ${firstLine((error as Error).message)}, expected each \`*alias\` to follow its \`&anchor\` and few aliases`,
          {
            file: options.file,
            place: at === undefined ? undefined : toPoint(at),
            ruleId: 'yaml-syntax',
            source: options.source
          }
        )
      ]
    };
  }
  const source: YamlSource = {
    file: options.file,
    doc,
    value,
    crlf: text.includes('\r\n'),
    pointAt(path, which = 'value') {
      let node: unknown = doc.contents;
      let point: Point | undefined = node && (node as YamlNode).range ? toPoint((node as YamlNode).range![0]) : undefined;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
          if (!pair) break;
          const keyNode = pair.key as YamlNode | null;
          const valueNode = pair.value as YamlNode | null;
          const isLast = segment === path.at(-1) && path.indexOf(segment) === path.length - 1;
          if (isLast && which === 'key' && keyNode?.range) point = toPoint(keyNode.range[0]);
          else if (valueNode?.range) point = toPoint(valueNode.range[0]);
          else if (keyNode?.range) point = toPoint(keyNode.range[0]);
          node = valueNode;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as YamlNode | undefined;
          if (!item) break;
          if (item.range) point = toPoint(item.range[0]);
          node = item;
        } else break;
      }
      return point;
    }
  };
  return {source, messages};
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Whether a value is a plain mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
