/** Run the built CLI (dist/cli.js) as a real process. `npm test` builds it first. */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

/** Package root. */
export const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

/** Result of a CLI run. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `ccm-draft …` with stdin closed (not a TTY) and CI unset unless given. */
export function ccm(args: string[], options: {cwd?: string; env?: Record<string, string>; input?: string} = {}): Run {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it)');
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    env: {...process.env, CI: '', NO_COLOR: '1', ...options.env},
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The folders {@link tempDir} made for the test file that imported this module (each file has its own module). */
const made: string[] = [];

// Imported at the top of a test file, this registers on the file's own suite: when its last test has run, every folder
// it made goes, whether the tests passed or failed.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true, maxRetries: 3});
});

/** A fresh temporary folder, removed after the test file has run. */
export function tempDir(prefix = 'ccm-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
