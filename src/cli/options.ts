/** Flag parsing and output shared by several commands. */
import {parseIsoDate} from '../util/dates.js';
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {UsageError} from '../util/diagnostics.js';
import {writeFilesAtomic} from '../util/files.js';
import {visible} from '../util/text.js';
import type {CommandArgs} from './command.js';
import type {Io} from './io.js';

/** A date flag (`--today`, `--date`) as ISO text, or undefined when not given; an impossible date is a usage error. */
export function dateFlag(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !parseIsoDate(value))
    throw new UsageError(`invalid --${name} "${String(value)}", expected a date like 2027-04-30`);
  return value;
}

/** Parse `--today YYYY-MM-DD` (default: io.today()): the date deadlines are judged against. */
export function todayFlag(args: CommandArgs, io: Io): Date {
  const value = dateFlag(args, 'today');
  return value ? parseIsoDate(value)! : io.today();
}

/** Warnings shown before the rest are only counted (a long list hides the result). */
const MAX_WARNINGS = 10;

/** A warning as readers report it (a VFileMessage, or the plain form in gap reports). */
export interface WarningLike {
  file?: string | null | undefined;
  line?: number | null | undefined;
  column?: number | null | undefined;
  reason: string;
  ruleId?: string | null | undefined;
}

/** Print reader warnings on stderr as `file:line:col: warning: reason [rule]`, at most {@link MAX_WARNINGS}. */
export function printWarnings(io: Io, messages: readonly WarningLike[], file?: string): void {
  for (const m of messages.slice(0, MAX_WARNINGS)) {
    const where = `${m.file || file || '<input>'}${m.line ? `:${m.line}:${m.column ?? 1}` : ''}`;
    io.stderr.write(`${visible(`${where}: warning: ${m.reason}${m.ruleId ? ` [${m.ruleId}]` : ''}`)}\n`);
  }
  if (messages.length > MAX_WARNINGS) io.stderr.write(`… and ${messages.length - MAX_WARNINGS} more warnings\n`);
}

/** Write a command's result to `--out` (atomically, never over a file without `--force`) or to stdout. */
export async function emit(io: Io, args: CommandArgs, text: string): Promise<void> {
  const out = args.values['out'];
  if (typeof out === 'string')
    await writeFilesAtomic([{path: path.resolve(io.cwd, out), contents: text}], {force: args.values['force'] === true});
  else io.stdout.write(text);
}

/** Name files as the person would type them: relative to where they ran the command (files outside it stay absolute). */
export function nameFilesRelative(messages: readonly VFileMessage[], cwd: string): void {
  for (const message of messages) {
    for (const m of [message, message.cause]) {
      if (m instanceof Error && 'file' in m && typeof m.file === 'string' && path.isAbsolute(m.file)) {
        const relative = path.relative(cwd, m.file);
        if (!relative.startsWith('..')) m.file = relative;
      }
    }
  }
}
