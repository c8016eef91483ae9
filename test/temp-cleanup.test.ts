/**
 * Tests clean up what they make: a test file run with its own TMPDIR leaves it
 * empty, and the tool leaves no temporaries of its own beside its outputs,
 * after a success or a failure (test/fixtures/temp-cleanup/run.test.ts).
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {root} from './helpers/cli.js';

it('a test file’s temporary folders are gone when it has run', () => {
  // Not tempDir: this folder is the child's TMPDIR, and its emptiness is what is tested.
  const own = mkdtempSync(path.join(tmpdir(), 'ccm-tmpdir-'));
  try {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'test/fixtures/temp-cleanup/vitest.config.ts'],
      {cwd: root, env: {...process.env, TMPDIR: own, TMP: own, TEMP: own, CI: '1'}, encoding: 'utf8', timeout: 120_000}
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/1 passed/);
    expect(readdirSync(own)).toEqual([]);
  } finally {
    rmSync(own, {recursive: true, force: true});
  }
}, 120_000);
