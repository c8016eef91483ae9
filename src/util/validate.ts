/**
 * Small helpers to check hand-edited YAML against an expected shape while
 * keeping positions: each helper reports "Unexpected X, expected Y" at the
 * exact value and returns a typed value or undefined.
 */
import type {VFileMessage} from 'vfile-message';
import {diagnostic} from './diagnostics.js';
import {isRecord, type YamlSource} from './yaml.js';

/** A checker bound to one YAML file. */
export class ShapeChecker {
  readonly messages: VFileMessage[] = [];
  constructor(
    readonly yaml: YamlSource,
    readonly source: string
  ) {}

  /** Report a problem at `path` (fatal by default). */
  report(
    reason: string,
    path: ReadonlyArray<string | number>,
    ruleId: string,
    options: {fatal?: boolean; which?: 'key' | 'value'; expected?: string[]; actual?: string} = {}
  ): void {
    this.messages.push(
      diagnostic(reason, {
        file: this.yaml.file,
        place: this.yaml.pointAt(path, options.which),
        ruleId,
        source: this.source,
        fatal: options.fatal ?? true,
        expected: options.expected,
        actual: options.actual
      })
    );
  }

  /** Expect `schema: N`, the version of the file's format (`optional`: the key may be left out). */
  schemaVersion(value: unknown, expected: number, options: {optional?: boolean} = {}): void {
    if (value === undefined && options.optional) return;
    if (value !== expected)
      this.report(
        `Unexpected schema ${value === undefined ? '(missing)' : describe(value)}, expected \`schema: ${expected}\``,
        ['schema'],
        'schema-version'
      );
  }

  /** Expect a mapping; report unknown keys (with the allowed list). */
  mapping(
    value: unknown,
    path: ReadonlyArray<string | number>,
    what: string,
    allowed?: readonly string[]
  ): Record<string, unknown> | undefined {
    if (!isRecord(value)) {
      // The whole file is something else (`--jurisdiction /etc/passwd`): say so without quoting it.
      const reason =
        path.length === 0
          ? `Unexpected ${kindOf(value)} where ${what} should be, expected a mapping (key: value lines); this file is not ${what.replace(/^the (?=[aeiou])/, 'an ').replace(/^the /, 'a ')}`
          : `Unexpected ${describe(value)} for ${what}, expected a mapping (key: value lines)`;
      this.report(reason, path, 'wrong-type');
      return undefined;
    }
    if (allowed) {
      for (const key of Object.keys(value)) {
        if (!allowed.includes(key))
          this.report(`Unexpected key \`${key}\` in ${what}, expected one of: ${allowed.join(', ')}`, [...path, key], 'unknown-key', {
            which: 'key'
          });
      }
    }
    return value;
  }

  /** Expect text (optionally required non-empty). */
  text(
    value: unknown,
    path: ReadonlyArray<string | number>,
    what: string,
    options: {required?: boolean; pattern?: RegExp; patternHint?: string} = {}
  ): string | undefined {
    if (value === undefined || value === null) {
      if (options.required) this.report(`Missing ${what}`, path.slice(0, -1), 'missing-key');
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.report(`Unexpected ${describe(value)} for ${what}, expected text`, path, 'wrong-type');
      return undefined;
    }
    const text = String(value);
    if (options.required && text.trim() === '') {
      this.report(`Unexpected empty ${what}, expected text`, path, 'wrong-type');
      return undefined;
    }
    if (options.pattern && !options.pattern.test(text)) {
      this.report(
        `Unexpected ${what} \`${text}\`, expected ${options.patternHint ?? `text matching ${options.pattern}`}`,
        path,
        'wrong-format'
      );
      return undefined;
    }
    return text;
  }

  /** Expect a list of text. */
  textList(value: unknown, path: ReadonlyArray<string | number>, what: string): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.report(`Unexpected ${describe(value)} for ${what}, expected a list`, path, 'wrong-type');
      return [];
    }
    const out: string[] = [];
    value.forEach((item, index) => {
      const text = this.text(item, [...path, index], `item of ${what}`);
      if (text !== undefined) out.push(text);
    });
    return out;
  }

  /** Expect true or false (yes/no accepted). */
  boolean(value: unknown, path: ReadonlyArray<string | number>, what: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(yes|no|true|false)$/i.test(value)) return /^(yes|true)$/i.test(value);
    this.report(`Unexpected ${describe(value)} for ${what}, expected true or false`, path, 'wrong-type');
    return undefined;
  }

  /** Expect one of a fixed set of values. */
  oneOf<T extends string>(
    value: unknown,
    path: ReadonlyArray<string | number>,
    what: string,
    values: readonly T[],
    options: {required?: boolean} = {}
  ): T | undefined {
    if (value === undefined || value === null) {
      if (options.required) this.report(`Missing ${what}, expected one of: ${values.join(', ')}`, path.slice(0, -1), 'missing-key');
      return undefined;
    }
    if (typeof value !== 'string' || !values.includes(value as T)) {
      this.report(`Unexpected ${what} ${JSON.stringify(value)}, expected one of: ${values.join(', ')}`, path, 'wrong-value', {
        expected: [...values],
        actual: String(value)
      });
      return undefined;
    }
    return value as T;
  }
}

/** A YAML value's kind, without its content. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty value';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value === 'string' ? 'text' : typeof value;
}

/** Describe a YAML value's kind for messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty value';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}
