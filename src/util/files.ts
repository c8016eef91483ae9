/**
 * Reading input files with clear errors, and writing output files atomically:
 * never half-written, never over a user's file without `force`.
 */
import {randomBytes} from 'node:crypto';
import {lstat, mkdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {diagnostic, InputError} from './diagnostics.js';

/** Options for {@link readTextFile}. */
export interface ReadOptions {
  /** `source` stamped on messages (default: `'input'`). */
  source?: string;
  /** Refuse empty files (default: `true`). */
  nonEmpty?: boolean;
}

/** The message for a file that cannot be read at all. */
function unreadable(error: unknown, file: string, source: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'Cannot find file, expected an existing file'
      : code === 'EISDIR'
        ? 'Expected a file, found a folder'
        : code === 'EACCES'
          ? 'Cannot read file: permission denied'
          : `Cannot read file (${code ?? 'unknown error'})`;
  return new InputError(diagnostic(reason, {file, ruleId: 'unreadable-file', source}));
}

/** Read a file's bytes (a Word document), with the same clear errors as {@link readTextFile}. */
export async function readBinaryFile(file: string, options: Pick<ReadOptions, 'source'> = {}): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw unreadable(error, file, options.source ?? 'input');
  }
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
    throw unreadable(error, file, source);
  }
  const nul = buffer.indexOf(0);
  if (nul !== -1) {
    // Point at the first NUL: in a text file with one stray byte, that is where to look.
    const before = buffer.subarray(0, nul).toString('utf8').split('\n');
    throw new InputError(
      diagnostic('Unexpected binary content (NUL bytes), expected a UTF-8 text file', {
        file,
        place: {line: before.length, column: before.at(-1)!.length + 1},
        ruleId: 'binary-file',
        source
      })
    );
  }
  const text = buffer.toString('utf8');
  if ((options.nonEmpty ?? true) && text.trim() === '') {
    throw new InputError(diagnostic('Unexpected empty file', {file, ruleId: 'empty-file', source}));
  }
  // A BOM is an artefact of some Windows editors, not content; a lone CR is an old Mac line end
  // (YAML and Markdown readers would otherwise see one long line). CRLF is left to the readers.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? body.replace(/\r(?!\n)/g, '\n') : body;
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
  // A folder where a file should go is a mistake in the path, not something `--force` replaces.
  const folders: string[] = [];
  for (const file of files) {
    if ((await kind(file.path)) === 'folder') folders.push(file.path);
  }
  if (folders.length > 0) {
    throw new InputError(
      folders.map((file) =>
        diagnostic('Expected a file to write, found a folder (give a file name)', {file, ruleId: 'unwritable-output', source: 'output'})
      )
    );
  }
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
  let current = files[0]?.path;
  try {
    for (const file of files) {
      current = file.path;
      const folder = path.dirname(file.path);
      await makeFolder(folder);
      const temporary = path.join(folder, `.${path.basename(file.path)}.${randomBytes(4).toString('hex')}.tmp`);
      await writeFile(temporary, file.contents);
      temporaries.push({from: temporary, to: file.path});
    }
    for (const {from, to} of temporaries) await rename(from, to);
  } catch (error) {
    await Promise.all(temporaries.map(({from}) => rm(from, {force: true})));
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // Name the file in the way when there is one (`--out notes.txt/x`), else the file being written.
    const blocker = current === undefined ? undefined : await fileInTheWay(path.dirname(current));
    const reason =
      blocker !== undefined
        ? 'Expected a folder for the output, found a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'Cannot write output: permission denied, expected a folder you can write to'
          : code === 'EROFS'
            ? 'Cannot write output: read-only file system, expected a folder you can write to'
            : code === 'ENOENT'
              ? 'Cannot create the output folder, expected a path where folders can be made'
              : `Cannot write output (${code ?? String(error)})`;
    throw new InputError(diagnostic(reason, {file: blocker ?? current, ruleId: 'unwritable-output', source: 'output'}));
  }
}

/**
 * `mkdir -p`, one level at a time. Node's own `mkdir(…, {recursive: true})`
 * never returns on paths such as `/proc/x`, where the parent exists but
 * refuses new entries with ENOENT.
 */
async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || path.dirname(folder) === folder) throw error;
  }
  await makeFolder(path.dirname(folder));
  try {
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** The nearest existing ancestor of `folder` (itself included) when it is a file, not a folder. */
async function fileInTheWay(folder: string): Promise<string | undefined> {
  for (let at = folder; ; at = path.dirname(at)) {
    const found = await kind(at);
    if (found === 'file') return at;
    if (found === 'folder' || path.dirname(at) === at) return undefined;
  }
}

async function kind(file: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await stat(file)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
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
