/**
 * Reading input files with clear errors, and writing output files as a
 * unit: never half-written, never a mix of two runs, never over a user's
 * file without `force` (docs/limits.md).
 *
 * Reads accept only regular files (never a device, a pipe or a socket, which
 * could hang or grow without end), up to a size limit, in UTF-8; anything
 * else is refused with the place and what to do.
 */
import {constants} from 'node:fs';
import path from 'node:path';
import type {Stats} from 'node:fs';
import type {VFileMessage} from 'vfile-message';
import {diagnostic, InputError} from './diagnostics.js';
import {closeFile, fsPromises, lstatPath, openFile, readChunk, statFile, statPath} from './fs-async.js';
import {errorCode, fileErrorReason} from './fs-errors.js';
import {publish, settleFolder, sweepTemporaries, type PublishFile} from './publish.js';
import {describeCodePoint, findUnsafeCharacter} from './text.js';
import {firstInvalidUtf8, windows1252Guess} from './utf8.js';

const MB = 1024 * 1024;

/**
 * Largest file read by default, by kind (bytes). An answers file or a
 * profile is a few kilobytes; a long national Act in Markdown a few
 * megabytes; the bundled model Act well under one. `--max-size` (`maxBytes`) raises or lowers every limit at once.
 */
export const defaultSizeLimits = {
  /** Answers files and jurisdiction profiles. */
  yaml: 1 * MB,
  /** Everything else: Acts, drafts and bills (gap, compare, matrix, export), model Acts, clause files, checklists. */
  text: 10 * MB
} as const;

/**
 * The size limit a call passes down to every file it reads: the CLI's
 * `--max-size`, or a library caller's own. It travels as an option (never a
 * process-wide setting), so two calls in one process (a library, tests, the
 * workshop's workers) cannot change each other's limit.
 */
export interface SizeLimit {
  /** Largest file accepted, in bytes, for every file the call reads (default: {@link defaultMaxBytes} of each file's kind). */
  maxBytes?: number | undefined;
}

/** The default limit for a reader (`source` of its messages). */
export function defaultMaxBytes(source: string): number {
  return source === 'answers' || source === 'profile' ? defaultSizeLimits.yaml : defaultSizeLimits.text;
}

/** Options for {@link readTextFile} and {@link readBinaryFile}. */
export interface ReadOptions {
  /** `source` stamped on messages (default: `'input'`); also picks the default size limit. */
  source?: string;
  /** Refuse empty files (default: `true`). */
  nonEmpty?: boolean;
  /** Largest file accepted, in bytes (default: {@link defaultMaxBytes} of `source`). */
  maxBytes?: number | undefined;
}

/** `12.5 MB`: a size as people read it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / (MB / 10)) / 10} MB`;
}

/**
 * Parse a size flag: `20MB`, `500KB`, `1GB` or a plain number of megabytes.
 * Returns undefined for anything else.
 */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'mb').toLowerCase()[0]!;
  const factor = unit === 'b' ? 1 : unit === 'k' ? 1024 : unit === 'm' ? MB : 1024 * MB;
  const bytes = Math.round(Number(match[1]) * factor);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

function fail(file: string, reason: string, ruleId: string, source: string, place?: {line: number; column: number}): never {
  throw new InputError(diagnostic(reason, {file, place, ruleId, source}));
}

function whatIs(info: Stats): string {
  if (info.isFIFO()) return 'named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'device file';
  if (info.isBlockDevice()) return 'disk device';
  if (info.isSocket()) return 'socket';
  return 'special file';
}

/**
 * The bytes of a regular file, at most `maxBytes` of them. Shared by text and
 * binary reads: devices, pipes and sockets are refused before a byte is read
 * (opening does not wait for a pipe's writer), and a file is never read past
 * its limit, even when it grows while being read.
 */
async function readRegularFile(file: string, options: ReadOptions): Promise<Buffer> {
  const source = options.source ?? 'input';
  const maxBytes = options.maxBytes ?? defaultMaxBytes(source);
  // A leftover record from an interrupted build in this folder: finish it before reading any of its files.
  await settleFolder(path.dirname(file));
  let fd: number;
  try {
    fd = await openFile(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return fail(file, fileErrorReason(error, 'read'), 'unreadable-file', source);
  }
  try {
    const info = await statFile(fd);
    if (info.isDirectory()) fail(file, 'Expected a file, found a folder', 'unreadable-file', source);
    if (!info.isFile()) fail(file, `Unexpected ${whatIs(info)}, expected a regular file`, 'not-a-file', source);
    const tooLarge = (size: string) =>
      fail(
        file,
        `Unexpected file of ${size}, expected at most ${formatSize(maxBytes)} (give --max-size with a larger size to read it anyway)`,
        'file-too-large',
        source
      );
    if (info.size > maxBytes) tooLarge(formatSize(info.size));
    // Read to the end (a file in /proc says its size is 0), never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const bytesRead = await readChunk(fd, chunk, chunk.length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) tooLarge(`more than ${formatSize(maxBytes)}`);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return fail(file, fileErrorReason(error, 'read'), 'unreadable-file', source);
  } finally {
    await closeFile(fd).catch(() => undefined);
  }
}

/** Line and column (1-based, in characters) of a UTF-16 index. */
function pointOf(text: string, index: number): {line: number; column: number} {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return {line, column: index - start + 1};
}

/**
 * Read a UTF-8 text file. Missing files, folders, devices and pipes, files
 * over the size limit, binary files, text that is not UTF-8, control
 * characters and (by default) empty files raise an {@link InputError}
 * naming the file and, where there is one, the line and column.
 */
export async function readTextFile(file: string, options: ReadOptions = {}): Promise<string> {
  const source = options.source ?? 'input';
  const buffer = await readRegularFile(file, options);
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    fail(file, 'Unexpected UTF-16 text, expected UTF-8 (save the file again choosing the encoding UTF-8)', 'not-utf8', source, {
      line: 1,
      column: 1
    });
  }
  const nul = buffer.indexOf(0);
  if (nul !== -1) {
    // Point at the first NUL: in a text file with one stray byte, that is where to look.
    const before = buffer.subarray(0, nul).toString('utf8');
    fail(file, 'Unexpected binary content (NUL bytes), expected a UTF-8 text file', 'binary-file', source, pointOf(before, before.length));
  }
  const invalid = firstInvalidUtf8(buffer);
  if (invalid !== -1) {
    const before = buffer.subarray(0, invalid).toString('utf8');
    const byte = buffer[invalid]!;
    const guess = windows1252Guess(byte);
    fail(
      file,
      `Unexpected byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, which is not UTF-8${guess ? ` (in Windows-1252 or Latin-1 it is "${guess}")` : ''}, expected a file saved as UTF-8: open it in a text editor and save it again choosing the encoding UTF-8, or convert it with \`iconv -f WINDOWS-1252 -t UTF-8 <file> > <new file>\``,
      'not-utf8',
      source,
      pointOf(before, before.length)
    );
  }
  const text = buffer.toString('utf8');
  if ((options.nonEmpty ?? true) && text.trim() === '') fail(file, 'Unexpected empty file', 'empty-file', source);
  // A BOM is an artefact of some Windows editors, not content; a lone CR is an old Mac line end
  // (YAML and Markdown readers would otherwise see one long line). CRLF is left to the readers.
  const bom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const body = bom.includes('\r') ? bom.replace(/\r(?!\n)/g, '\n') : bom;
  // Terminal controls (ESC, BEL, C1) have no place in a text file, and would reach terminals through messages and reports.
  // Page and line breaks of converted documents (form feed, vertical tab, U+2028) are left to the readers.
  const unsafe = findUnsafeCharacter(body, {layout: true});
  if (unsafe) {
    fail(
      file,
      `Unexpected control character ${describeCodePoint(unsafe.codePoint)}, expected printable text (it may have come in with copied text; delete it)`,
      'control-character',
      source,
      pointOf(body, unsafe.index)
    );
  }
  return body;
}

/**
 * Read a file's bytes (a Word document, say) with the same checks as
 * {@link readTextFile}: a regular file, within the size limit.
 */
export async function readBinaryFile(file: string, options: ReadOptions = {}): Promise<Buffer> {
  const buffer = await readRegularFile(file, options);
  if ((options.nonEmpty ?? true) && buffer.length === 0) fail(file, 'Unexpected empty file', 'empty-file', options.source ?? 'input');
  return buffer;
}

/**
 * Read a file that may be absent (the provenance beside a draft): undefined
 * when there is none, else the checked text (empty allowed).
 */
export async function readOptionalTextFile(file: string, options: ReadOptions = {}): Promise<string | undefined> {
  try {
    await lstatPath(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
  }
  return readTextFile(file, {nonEmpty: false, ...options});
}

/**
 * Read a companion file the tool can do without (the provenance beside a
 * draft): no text when it is absent; when it cannot be used (a pipe, too
 * large, not UTF-8) its problems come back as warnings, never a hang. An
 * interrupted publish that cannot be finished still stops the command.
 */
export async function readSidecarFile(
  file: string,
  source: string,
  limit: SizeLimit = {}
): Promise<{text?: string; messages: VFileMessage[]}> {
  try {
    const text = await readOptionalTextFile(file, {source, maxBytes: limit.maxBytes});
    return text === undefined ? {messages: []} : {text, messages: []};
  } catch (error) {
    if (!(error instanceof InputError) || error.messages.some((m) => m.ruleId === 'unfinished-publish')) throw error;
    for (const message of error.messages) message.fatal = false;
    return {messages: error.messages};
  }
}

/** One file to write: text (written as UTF-8) or bytes (a Word document). */
export type OutputFile = PublishFile;

/**
 * Write several files, all in one folder, as one unit: every target is
 * checked first (no overwriting without `force`, no folder where a file
 * should go), each file is written in full to a temporary beside it, and the
 * set is committed and renamed into place (see `publish.ts`): a run killed at
 * any moment leaves the previous set or the new one, never a mix, and any
 * later run finishes an interrupted commit and removes stale temporaries.
 * Failures raise an {@link InputError} that says, in plain words, what
 * happened to which file and that nothing was changed.
 */
export async function writeFilesAtomic(files: readonly OutputFile[], options: {force?: boolean} = {}): Promise<void> {
  if (files.length === 0) return;
  const folder = path.dirname(files[0]!.path);
  if (files.some((f) => path.dirname(f.path) !== folder)) throw new Error('writeFilesAtomic: the files of one set must share a folder');
  await settleFolder(folder);
  // A folder where a file should go is a mistake in the path, not something `--force` replaces.
  // Each check is a round trip to the file system: asked together, not one after the other.
  const kinds = await Promise.all(files.map((file) => kind(file.path)));
  const folders = files.filter((_, index) => kinds[index] === 'folder').map((file) => file.path);
  if (folders.length > 0) {
    throw new InputError(
      folders.map((file) =>
        diagnostic('Expected a file to write, found a folder (give a file name)', {file, ruleId: 'unwritable-output', source: 'output'})
      )
    );
  }
  if (!options.force) {
    const found = await Promise.all(files.map((file) => exists(file.path)));
    const existing = files.filter((_, index) => found[index]).map((file) => file.path);
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
  const created: string[] = [];
  try {
    await makeFolder(folder, created);
    await sweepTemporaries(
      folder,
      files.map((f) => f.path)
    );
    await publish(folder, files);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const failed = (error as {target?: string}).target ?? files[0]!.path;
    const committed = (error as {committed?: boolean}).committed === true;
    // Folders this run made for its files go too: nothing was written means nothing.
    if (!committed) for (const made of created.reverse()) await (await fsPromises()).rmdir(made).catch(() => undefined);
    // Name the file in the way when there is one (`--out notes.txt/x`), else the file being written.
    const blocker = await fileInTheWay(folder);
    const reason = blocker
      ? 'Expected a folder for the output, found a file'
      : committed
        ? `${fileErrorReason(error, 'write', {unchanged: false})}; the new files were only partly put in place, and the next ccm-draft command that uses this folder finishes the job`
        : fileErrorReason(error, 'write');
    throw new InputError(diagnostic(reason, {file: blocker ?? failed, ruleId: 'unwritable-output', source: 'output'}));
  }
}

/**
 * `mkdir -p`, one level at a time, noting each folder it makes in `created`.
 * Node's own `mkdir(…, {recursive: true})` never returns on paths such as
 * `/proc/x`, where the parent exists but refuses new entries with ENOENT.
 */
async function makeFolder(folder: string, created: string[]): Promise<void> {
  const {mkdir} = await fsPromises();
  try {
    await mkdir(folder);
    created.push(folder);
    return;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || path.dirname(folder) === folder) throw error;
  }
  await makeFolder(path.dirname(folder), created);
  try {
    await mkdir(folder);
    created.push(folder);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
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
    return (await statPath(file)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstatPath(file);
    return true;
  } catch {
    return false;
  }
}
