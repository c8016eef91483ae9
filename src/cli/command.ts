/**
 * The contract every command module implements, and the option spec that
 * both parses a command's flags and writes its `--help`, so the two cannot
 * drift apart (a flag that parses is a flag that is documented).
 */
import type {ParseArgsConfig} from 'node:util';
import type {Io} from './io.js';

/** Parsed flags and positionals. */
export interface CommandArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** `--max-size` in bytes, parsed once: the command passes it to every call that reads files (default: each kind's limit). */
  maxBytes?: number | undefined;
}

/** A command module (`src/cli/commands/<name>.ts`). */
export interface CommandModule {
  run(args: CommandArgs, io: Io): Promise<number>;
}

/** One flag: how it parses and how `--help` describes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One-letter alias (`-a`). */
  short?: string | undefined;
  /** The value's placeholder in help (`<file>`, `<YYYY-MM-DD>`); string options only. */
  value?: string | undefined;
  /** What the flag does, with its default ("(default: out)"), in one line. */
  description: string;
}

/** A command's entry in the registry: static metadata plus a lazy loader, so `--help` and start-up load nothing. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** The usage line(s) after `Usage: `. */
  usage: string;
  /** What the command does, before the option list. */
  description: string;
  /** Every flag the command accepts (`--help` is added to each). */
  options: Record<string, OptionSpec>;
  /** Example command lines, shown after the options. */
  examples?: string[] | undefined;
  allowPositionals: boolean;
  load: () => Promise<CommandModule>;
}

/** The flag every command has. */
export const helpOption: OptionSpec = {type: 'boolean', short: 'h', description: 'show this help'};

/** A command's options with `--help`, in help order. */
function optionsOf(spec: Pick<CommandSpec, 'options'>): Array<[string, OptionSpec]> {
  return [...Object.entries(spec.options), ['help', helpOption]];
}

/** The `node:util` `parseArgs` options for a command: derived from the same spec as its help. */
export function parseConfig(spec: Pick<CommandSpec, 'options'>): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(optionsOf(spec).map(([name, o]) => [name, o.short ? {type: o.type, short: o.short} : {type: o.type}]));
}

/** The option list of a command's help, aligned in columns. */
export function optionLines(spec: Pick<CommandSpec, 'options'>): string[] {
  const left = optionsOf(spec).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ` ${o.value ?? '<value>'}` : ''}`;
    return o.short ? `-${o.short}, ${flag}` : `    ${flag}`;
  });
  const width = Math.max(...left.map((l) => l.length));
  return optionsOf(spec).map(([, o], i) => `  ${left[i]!.padEnd(width)}  ${o.description}`);
}

/** The whole `--help` text of a command. */
export function commandHelp(spec: CommandSpec): string {
  const parts = [`Usage: ${spec.usage}`, spec.description, `Options:\n${optionLines(spec).join('\n')}`];
  if (spec.examples && spec.examples.length > 0)
    parts.push(`Example${spec.examples.length > 1 ? 's' : ''}:\n${spec.examples.map((e) => `  ${e}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
