/**
 * Publishing a set of files as a unit, in a folder that may also hold the
 * user's own files.
 *
 * Every file is first written in full to a temporary beside its target
 * (`.draft-bill.md.ccm-<pid>-<random>.tmp`). Then a small record,
 * `.ccm-publish.json`, lists which temporary becomes which file and the
 * SHA-256 of each; once the record exists the set is committed, and the
 * temporaries are renamed into place one by one before the record is
 * removed. A run killed at any moment therefore leaves either the previous
 * set (no record: the temporaries are stale and the next write sweeps them)
 * or a record from which any later run finishes the set ("rolls forward")
 * before it reads or writes in that folder. The record is also a lock: a
 * second publish into the same folder waits until the first is done.
 *
 * The record names files only by their bare names inside its own folder,
 * so it can never move a file in or out of another folder.
 */
import {createHash, randomBytes} from './crypto.js';
import {constants, renameSync, unlinkSync} from 'node:fs';
import path from 'node:path';
import {diagnostic, InputError} from './diagnostics.js';
import {closeFile, fsPromises, openFile, readChunk, statFile} from './fs-async.js';
import {errorCode, fileErrorReason} from './fs-errors.js';

/** Name of the commit record in an output folder. */
export const publishRecordName = '.ccm-publish.json';

/** Temporaries this tool writes: `.<name>.ccm-<pid>-<8 hex>.tmp`. */
const temporaryPattern = /^\..*\.ccm-(\d+)-[0-9a-f]{8}\.tmp$/;

/** Whether a file name is one of this tool's temporaries. */
export function isTemporaryName(name: string): boolean {
  return temporaryPattern.test(name);
}

/** A fresh temporary name for `target` (in the same folder). Long names are shortened: the record keeps the mapping. */
export function temporaryFor(target: string): string {
  const base = path.basename(target);
  const short = Buffer.byteLength(base) > 120 ? `${[...base].slice(0, 60).join('')}~` : base;
  return path.join(path.dirname(target), `.${short}.ccm-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** One file of a committed set: bare names inside the record's folder. */
interface RecordEntry {
  temp: string;
  target: string;
  sha256: string;
}

/** The commit record. */
interface PublishRecord {
  tool: 'ccm-drafter';
  version: 1;
  pid: number;
  files: RecordEntry[];
}

/**
 * Temporaries this process has on disk, and the records it is committing (sets in different folders may be
 * published at once, as a workshop does): removed or finished on a signal.
 */
const live = new Set<string>();
const committing = new Set<{folder: string; record: PublishRecord}>();

/** Remember a temporary before it is created, so a signal can remove it. */
export function trackTemporary(file: string): void {
  live.add(file);
}

/** Forget a temporary (renamed into place or removed). */
export function untrackTemporary(file: string): void {
  live.delete(file);
}

/**
 * For signal handlers (SIGINT, SIGTERM): finish a commit that has begun
 * (its record exists, so the new set is complete on disk) and remove every
 * other temporary of this process. Synchronous: the process exits next.
 */
export function cleanupSync(): void {
  for (const commit of committing) {
    const {folder, record} = commit;
    for (const entry of record.files) {
      try {
        renameSync(path.join(folder, entry.temp), path.join(folder, entry.target));
      } catch {
        // Already in place, or cannot be moved: the record stays for the next run.
      }
    }
    try {
      unlinkSync(path.join(folder, publishRecordName));
    } catch {
      // Nothing to remove.
    }
    committing.delete(commit);
  }
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // Never created, or already gone.
    }
  }
  live.clear();
}

const sha256 = (contents: string | Uint8Array): string => createHash('sha256').update(contents).digest('hex');

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

/** A bare file name: no folder part, not `.` or `..`. */
function bare(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[\\/\0]/.test(name);
}

/** Parse a record; undefined when it is not one of ours, or not whole. */
function parseRecord(text: string): PublishRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = json as Partial<PublishRecord> | null;
  if (r?.tool !== 'ccm-drafter' || r.version !== 1 || typeof r.pid !== 'number' || !Array.isArray(r.files)) return undefined;
  for (const entry of r.files as unknown[]) {
    const e = entry as Partial<RecordEntry> | null;
    if (!e || !bare(e.temp) || !bare(e.target) || !isTemporaryName(e.temp) || typeof e.sha256 !== 'string') return undefined;
    if (e.target.startsWith('.') || e.target === publishRecordName) return undefined;
  }
  return r as PublishRecord;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long to wait for another process's publish to finish before finishing it ourselves. */
const waitForOwnerMs = 10_000;

function refuse(folder: string, file: string, reason: string): never {
  throw new InputError(diagnostic(reason, {file: path.join(folder, file), ruleId: 'unfinished-publish', source: 'output'}));
}

/** The text of an open record file, to its end (at most a little over 1 MB: a larger one is not a record). */
async function readRecord(fd: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= 1_000_000) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const bytesRead = await readChunk(fd, chunk, chunk.length);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/**
 * Finish an interrupted publish in `folder`, if a record is there. Waits
 * (up to 10 s) while the process that wrote the record is still alive.
 * Raises an {@link InputError} when the set cannot be completed (then
 * nothing in the folder should be trusted as one build).
 */
export async function settleFolder(folder: string): Promise<void> {
  const recordPath = path.join(folder, publishRecordName);
  // Read the clock only when a record is there: the global `performance` loads perf_hooks (~2 ms) in every read otherwise.
  let started: number | undefined;
  for (;;) {
    let text: string | undefined;
    try {
      // Without waiting on a pipe named like the record. (Callbacks, not node:fs/promises: every read comes here first.)
      const fd = await openFile(recordPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      try {
        const info = await statFile(fd);
        if (info.isFile() && info.size <= 1_000_000) text = await readRecord(fd);
      } finally {
        await closeFile(fd);
      }
    } catch (error) {
      // No record: the usual case. One that cannot be opened is in the way of any publish here.
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return;
    }
    const record = text === undefined ? undefined : parseRecord(text);
    if (!record) {
      refuse(
        folder,
        publishRecordName,
        'Unexpected publish record, expected the one `ccm-draft` writes while it replaces a set of files; delete it (and build again with --force if a build in this folder was interrupted)'
      );
    }
    started ??= performance.now();
    if (record.pid !== process.pid && isAlive(record.pid) && performance.now() - started < waitForOwnerMs) {
      // Another run is renaming its files into place right now (it takes milliseconds).
      await sleep(25);
      continue;
    }
    await rollForward(folder, record);
    return;
  }
}

/** Rename every temporary of a committed record into place (those already moved are checked), then remove the record. */
async function rollForward(folder: string, record: PublishRecord): Promise<void> {
  const {readFile, rename, unlink} = await fsPromises();
  for (const entry of record.files) {
    const temp = path.join(folder, entry.temp);
    const target = path.join(folder, entry.target);
    try {
      await rename(temp, target);
      continue;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT')
        refuse(
          folder,
          entry.target,
          `A run that replaced the files in this folder was interrupted, and its new files could not be put in place: ${fileErrorReason(error, 'write', {unchanged: false})}. Build again with --force`
        );
    }
    // Already renamed (by the run itself, or by another run finishing it): make sure it is the file the record names.
    let contents: Buffer | undefined;
    try {
      contents = await readFile(target);
    } catch {
      contents = undefined;
    }
    if (!contents || sha256(contents) !== entry.sha256) {
      refuse(
        folder,
        entry.target,
        'Unexpected mix of files from two builds: a run that replaced the files in this folder was interrupted, and this file is not the one it wrote; build again with --force'
      );
    }
  }
  try {
    await unlink(path.join(folder, publishRecordName));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT')
      refuse(folder, publishRecordName, `${fileErrorReason(error, 'write', {unchanged: false})}; delete this file by hand`);
  }
}

/**
 * Remove temporaries left in `folder` by runs that are no longer alive
 * (killed, or stopped by a full disk). Files of other programs are never
 * touched: only names of the form `.<name>.ccm-<pid>-<8 hex>.tmp` whose
 * process is gone, and the form earlier versions used for `targets`.
 */
export async function sweepTemporaries(folder: string, targets: readonly string[] = []): Promise<void> {
  const {readdir, rm} = await fsPromises();
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const earlier = new Set(targets.map((t) => path.basename(t)));
  await Promise.all(
    names.map(async (name) => {
      const ours = temporaryPattern.exec(name);
      const old = /^\.(.+)\.[0-9a-f]{8}\.tmp$/.exec(name);
      const stale = ours ? !isAlive(Number(ours[1])) : Boolean(old && earlier.has(old[1]!));
      if (stale) await rm(path.join(folder, name), {force: true}).catch(() => undefined);
    })
  );
}

/** One file to write: text (written as UTF-8) or bytes (a Word document). */
export interface PublishFile {
  path: string;
  contents: string | Uint8Array;
}

/** Testing hook: pause (ms) between renames, so a fault test can kill a run in the middle of a commit. */
let pauseBetweenRenames = 0;

/** Slow down commits (tests only: the fault test sets it through `CCM_TEST_PUBLISH_PAUSE`). */
export function setPublishPause(ms: number): void {
  pauseBetweenRenames = Math.max(0, ms);
}

/** Write one temporary in full and flush it to the disk. */
async function writeTemporary(file: string, contents: string | Uint8Array): Promise<void> {
  const {open} = await fsPromises();
  trackTemporary(file);
  const handle = await open(file, 'wx', 0o666);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flush a folder's entries (the renames) to the disk; not every system can, and that is fine. */
async function syncFolder(folder: string): Promise<void> {
  const {open} = await fsPromises();
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open folders; some file systems refuse fsync on them.
  }
}

/**
 * Publish `files` (all in `folder`) as a unit. The caller has made the
 * folder and checked the targets. Raises the system error of the step that
 * failed (with `target`, the file it was writing), after removing this
 * run's temporaries; nothing has changed then unless `error.committed` is true.
 */
export async function publish(folder: string, files: readonly PublishFile[]): Promise<void> {
  const {link, rename, rm, unlink} = await fsPromises();
  const temporaries: Array<{temp: string; file: PublishFile}> = [];
  let recordTemp: string | undefined;
  let committed = false;
  let commit: {folder: string; record: PublishRecord} | undefined;
  let current = folder;
  try {
    for (const file of files) temporaries.push({temp: temporaryFor(file.path), file});
    // Written side by side: the disk flushes them together, not one after the other. The first failure in file
    // order is the one reported, as when they were written in turn.
    const written = await Promise.allSettled(temporaries.map(({temp, file}) => writeTemporary(temp, file.contents)));
    const failed = written.findIndex((result) => result.status === 'rejected');
    if (failed >= 0) {
      current = temporaries[failed]!.file.path;
      throw (written[failed] as PromiseRejectedResult).reason;
    }
    if (temporaries.length === 1) {
      const [{temp, file}] = temporaries as [{temp: string; file: PublishFile}];
      current = file.path;
      await rename(temp, file.path);
      untrackTemporary(temp);
      return;
    }
    const record: PublishRecord = {
      tool: 'ccm-drafter',
      version: 1,
      pid: process.pid,
      files: temporaries.map(({temp, file}) => ({
        temp: path.basename(temp),
        target: path.basename(file.path),
        sha256: sha256(file.contents)
      }))
    };
    current = path.join(folder, publishRecordName);
    recordTemp = temporaryFor(current);
    await writeTemporary(recordTemp, `${JSON.stringify(record)}\n`);
    const recordPath = path.join(folder, publishRecordName);
    // The record appears whole or not at all (a hard link is atomic and fails if one exists: the lock).
    for (let attempt = 0; ; attempt++) {
      if (attempt === 100) throw Object.assign(new Error('EBUSY: another run keeps publishing in this folder'), {code: 'EBUSY'});
      try {
        await link(recordTemp, recordPath);
        break;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST') {
          await settleFolder(folder);
          continue;
        }
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') {
          // A file system without hard links (FAT): the rename is atomic but not exclusive.
          await settleFolder(folder);
          await rename(recordTemp, recordPath);
          break;
        }
        throw error;
      }
    }
    commit = {folder, record};
    committing.add(commit);
    committed = true;
    await syncFolder(folder);
    await rm(recordTemp, {force: true});
    untrackTemporary(recordTemp);
    for (const {temp, file} of temporaries) {
      if (pauseBetweenRenames > 0) await sleep(pauseBetweenRenames);
      current = file.path;
      await rename(temp, file.path);
      untrackTemporary(temp);
    }
    await syncFolder(folder);
    await unlink(recordPath);
    committing.delete(commit);
  } catch (error) {
    // Name the file being written, not its temporary.
    if (error && typeof error === 'object') (error as {target?: string}).target = current;
    if (committed) {
      // The set is committed: leave the record and the remaining temporaries for the next run to finish
      // (a signal now must not remove them).
      if (commit) committing.delete(commit);
      for (const {temp} of temporaries) untrackTemporary(temp);
      (error as {committed?: boolean}).committed = true;
      throw error;
    }
    await Promise.all([...temporaries.map(({temp}) => temp), ...(recordTemp ? [recordTemp] : [])].map((t) => rm(t, {force: true})));
    for (const {temp} of temporaries) untrackTemporary(temp);
    if (recordTemp) untrackTemporary(recordTemp);
    throw error;
  }
}
