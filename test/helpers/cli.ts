/** Run the built CLI (dist/cli.js) as a real process. `npm test` builds it first. */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

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

/** A fresh temporary folder. */
export function tempDir(prefix = 'ccm-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
