/**
 * The contract every command module implements. Commands are thin: read
 * flags, call the library, print, return an exit code.
 */
import type {ParseArgsConfig} from 'node:util';
import type {Io} from './io.js';

/** Parsed flags and positionals. */
export interface CommandArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** A command module (`src/cli/commands/<name>.ts`). */
export interface CommandModule {
  run(args: CommandArgs, io: Io): Promise<number>;
}

/** A command's entry in the registry: static metadata plus a lazy loader, so `--help` and start-up load nothing. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** Help text after the usage line: what it does, each flag, examples. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals: boolean;
  load: () => Promise<CommandModule>;
}
