/**
 * Reading input files with clear errors, and writing output files atomically:
 * never half-written, never over a user's file without `force`.
 */
import {randomBytes} from 'node:crypto';
import {lstat, mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {diagnostic, InputError} from './diagnostics.js';

/** Options for {@link readTextFile}. */
export interface ReadOptions {
  /** `source` stamped on messages (default: `'input'`). */
  source?: string;
  /** Refuse empty files (default: `true`). */
  nonEmpty?: boolean;
}

/**
 * Read a UTF-8 text file. Missing files, folders, binary files and (by
 * default) empty files raise an {@link InputError} naming the file.
 */
export async function readTextFile(file: string, options: ReadOptions = {}): Promise<string> {
  const source = options.source ?? 'input';
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'Cannot find file, expected an existing file'
        : code === 'EISDIR'
          ? 'Expected a file, found a folder'
          : code === 'EACCES'
            ? 'Cannot read file: permission denied'
            : `Cannot read file (${code ?? 'unknown error'})`;
    throw new InputError(diagnostic(reason, {file, ruleId: 'unreadable-file', source}));
  }
  if (buffer.includes(0)) {
    throw new InputError(
      diagnostic('Unexpected binary content (NUL bytes), expected a UTF-8 text file', {
        file,
        ruleId: 'binary-file',
        source
      })
    );
  }
  const text = buffer.toString('utf8');
  if ((options.nonEmpty ?? true) && text.trim() === '') {
    throw new InputError(diagnostic('Unexpected empty file', {file, ruleId: 'empty-file', source}));
  }
  // A BOM is an artefact of some Windows editors, not content.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One file to write: text (written as UTF-8) or bytes (a Word document). */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * Write several files as one unit: every target is checked first (no
 * overwriting without `force`), each is written to a temporary file in its
 * own folder and renamed into place only when all temporaries are written.
 */
export async function writeFilesAtomic(files: readonly OutputFile[], options: {force?: boolean} = {}): Promise<void> {
  if (!options.force) {
    const existing: string[] = [];
    for (const file of files) {
      if (await exists(file.path)) existing.push(file.path);
    }
    if (existing.length > 0) {
      throw new InputError(
        existing.map((file) =>
          diagnostic('Refusing to overwrite an existing file, expected `--force` to replace it', {
            file,
            ruleId: 'file-exists',
            source: 'output'
          })
        )
      );
    }
  }
  const temporaries: Array<{from: string; to: string}> = [];
  try {
    for (const file of files) {
      const folder = path.dirname(file.path);
      await mkdir(folder, {recursive: true});
      const temporary = path.join(folder, `.${path.basename(file.path)}.${randomBytes(4).toString('hex')}.tmp`);
      await writeFile(temporary, file.contents);
      temporaries.push({from: temporary, to: file.path});
    }
    for (const {from, to} of temporaries) await rename(from, to);
  } catch (error) {
    await Promise.all(temporaries.map(({from}) => rm(from, {force: true})));
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      diagnostic(`Cannot write output (${code ?? String(error)})`, {
        file: files[0]?.path,
        ruleId: 'unwritable-output',
        source: 'output'
      })
    );
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
