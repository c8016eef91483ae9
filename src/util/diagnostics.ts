/**
 * Diagnostics shared by every stage: positioned messages in the vfile style,
 * and the one error type that carries them out of the library to the CLI.
 */
import {VFileMessage} from 'vfile-message';
import type {Point, Position} from 'unist';
import {visible} from './text.js';

/** Where a message points: a file path plus an optional point or range. */
export interface Place {
  /** Path of the file as the user gave it (relative paths stay relative). */
  file?: string | undefined;
  /** A point or a range; omitted for whole-file problems. */
  place?: Point | Position | undefined;
}

/** Options for {@link diagnostic}. */
export interface DiagnosticOptions extends Place {
  /** Kebab-case rule id, stable across versions (`unknown-param`). */
  ruleId: string;
  /** Which part of the tool speaks: `answers`, `model`, `checklist`, `profile`, `act`… */
  source: string;
  /** Whether the message stops the command (default: `true`). */
  fatal?: boolean | undefined;
  /** What was expected, for wrong values. */
  expected?: string[] | undefined;
  /** The value found. */
  actual?: string | undefined;
  /** Longer advice in plain language. */
  note?: string | undefined;
  /** A second place involved (duplicate ids, references to omitted clauses). */
  cause?: VFileMessage | undefined;
}

/** Build a positioned message. `fatal: true` means an error, `false` a warning, `undefined` info. */
export function diagnostic(reason: string, options: DiagnosticOptions): VFileMessage {
  const message = new VFileMessage(reason, {
    place: options.place,
    ruleId: options.ruleId,
    source: options.source,
    ...(options.cause ? {cause: options.cause} : {})
  });
  if (options.file !== undefined) message.file = options.file;
  message.fatal = options.fatal ?? true;
  if (options.expected) message.expected = options.expected;
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.note !== undefined) message.note = options.note;
  return message;
}

/**
 * Format one message as `file:line:col: reason [rule-id]`, the form editors and
 * CI annotate. Whole-file messages print `file: reason`. Control characters
 * (from a file name or a quoted value) are shown escaped, never sent to the terminal.
 */
export function formatDiagnostic(message: VFileMessage): string {
  const file = message.file || '<input>';
  const at = message.line ? `:${message.line}:${message.column ?? 1}` : '';
  const level = message.fatal === true ? '' : message.fatal === false ? 'warning: ' : 'note: ';
  const rule = message.ruleId ? ` [${message.ruleId}]` : '';
  // A multi-line reason (a list) keeps its rule id on the first line, where the eye looks for it.
  const [first, ...rest] = message.reason.split('\n');
  let text = `${file}${at}: ${level}${first}${rule}${rest.length ? `\n${rest.join('\n')}` : ''}`;
  if (message.cause instanceof VFileMessage) {
    const c = message.cause;
    text += `\n  ${c.file || file}${c.line ? `:${c.line}:${c.column ?? 1}` : ''}: ${c.reason}`;
  }
  return visible(text);
}

/** A message as plain JSON (for `--format json`). */
export function diagnosticToJson(message: VFileMessage): Record<string, unknown> {
  return {
    file: message.file || null,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    ...(message.expected ? {expected: message.expected} : {}),
    ...(message.actual !== undefined ? {actual: message.actual} : {})
  };
}

/**
 * Bad input: the command cannot go on. Carries positioned messages; the CLI
 * prints them and exits with code 2. Nothing has been written when it is thrown.
 */
export class InputError extends Error {
  /** The messages that explain the failure, in source order. */
  readonly messages: VFileMessage[];
  constructor(messages: VFileMessage | VFileMessage[]) {
    const list = Array.isArray(messages) ? messages : [messages];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
    this.messages = list;
  }
}

/** Wrong command-line usage (unknown flag, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Throw an {@link InputError} when any message in the list is fatal. */
export function failOnErrors(messages: readonly VFileMessage[]): void {
  const errors = messages.filter((m) => m.fatal === true);
  if (errors.length > 0) throw new InputError(errors);
}

/** Sort messages by file position (messages without a line first), in place. */
export function sortMessages<T extends VFileMessage>(list: T[]): T[] {
  return list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
