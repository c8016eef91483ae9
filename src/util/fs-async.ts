/**
 * The file system calls every read makes, as promises over Node's callback
 * API.
 *
 * `node:fs/promises` is a module of its own that loads ten more at its first
 * import (its FileHandle, directory and watcher classes, the readline
 * interface): about 1.3 ms of every command's start, most of which only read
 * a file or two. `node:fs`, which Node has loaded before any of our code
 * runs, has the same calls with callbacks; these wrap the few reading needs.
 * The errors are Node's own (same `code`, `syscall` and `path`). Writing
 * (src/util/publish.ts, folder creation) loads `node:fs/promises` when it
 * starts, through {@link fsPromises}.
 */
import {close, fstat, lstat, open, read, stat, type Stats} from 'node:fs';

/** Settle a promise from a Node callback. */
function settle<T>(resolve: (value: T) => void, reject: (error: Error) => void): (error: Error | null, value: T) => void {
  return (error, value) => (error ? reject(error) : resolve(value));
}

/** Open a file (`fs.open`), giving its descriptor. */
export function openFile(file: string, flags: number): Promise<number> {
  return new Promise((resolve, reject) => open(file, flags, settle(resolve, reject)));
}

/** The status of an open file (`fs.fstat`). */
export function statFile(fd: number): Promise<Stats> {
  return new Promise((resolve, reject) => fstat(fd, settle(resolve, reject)));
}

/** Read up to `length` bytes at the file's current position into `buffer` (`fs.read`); 0 at the end. */
export function readChunk(fd: number, buffer: Buffer, length: number): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, 0, length, null, settle(resolve, reject)));
}

/** Close a descriptor (`fs.close`). */
export function closeFile(fd: number): Promise<void> {
  return new Promise((resolve, reject) => close(fd, (error) => (error ? reject(error) : resolve())));
}

/** The status of a path, not following a final symbolic link (`fs.lstat`). */
export function lstatPath(file: string): Promise<Stats> {
  return new Promise((resolve, reject) => lstat(file, settle(resolve, reject)));
}

/** The status of a path (`fs.stat`). */
export function statPath(file: string): Promise<Stats> {
  return new Promise((resolve, reject) => stat(file, settle(resolve, reject)));
}

/** `node:fs/promises`, loaded when first asked for (by the code that writes). */
export function fsPromises(): Promise<typeof import('node:fs/promises')> {
  return import('node:fs/promises');
}
