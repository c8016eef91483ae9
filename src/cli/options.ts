/** Flag parsing shared by several commands. */
import {UsageError} from '../util/diagnostics.js';
import type {CommandArgs} from './command.js';
import type {Io} from './io.js';

/** Parse `--today YYYY-MM-DD` (default: io.today()): the date deadlines are judged against. */
export function todayFlag(args: CommandArgs, io: Io): Date {
  const value = args.values['today'];
  if (typeof value !== 'string') return io.today();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new UsageError(`invalid --today "${value}", expected a date like 2027-04-30`);
  return date;
}
