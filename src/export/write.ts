/**
 * Writing exports, which may be bytes (DOCX) as well as text, with the same
 * guarantees as `writeFilesAtomic` in util/files.ts: every target checked
 * before anything is written, no overwriting without `force`, each file
 * written to a temporary and renamed into place only when all are written.
 * (util/files.ts takes text only; when it accepts bytes this can go.)
 */
import {randomBytes} from 'node:crypto';
import {lstat, mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {diagnostic, InputError} from '../util/diagnostics.js';

/** A file to write: text (UTF-8) or bytes. */
export interface ExportFile {
  path: string;
  contents: string | Uint8Array;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Write files as one unit (see the module comment). */
export async function writeExports(files: readonly ExportFile[], options: {force?: boolean} = {}): Promise<void> {
  if (!options.force) {
    const existing: string[] = [];
    for (const file of files) if (await exists(file.path)) existing.push(file.path);
    if (existing.length > 0) {
      throw new InputError(existing.map((file) => diagnostic('Refusing to overwrite an existing file, expected `--force` to replace it', {file, ruleId: 'file-exists', source: 'output'})));
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
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(diagnostic(`Cannot write output (${code ?? String(error)})`, {file: files[0]?.path, ruleId: 'unwritable-output', source: 'output'}));
  }
}
