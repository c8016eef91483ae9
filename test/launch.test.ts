/**
 * The launcher (src/cli/launch.ts, dist/cli.js): which bundle runs a command
 * line, and running a CommonJS bundle with V8's code cache — the same result
 * with no cache, a fitting cache and a cache V8 refuses.
 */
import {readdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {bundleFor, runWithCodeCache} from '../src/cli/launch.js';
import {commands} from '../src/cli/registry.js';
import {root, tempDir} from './helpers/cli.js';

describe('launcher', () => {
  const bundles = readdirSync(path.join(root, 'src/cli/commands'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));

  it('has a bundle for every command the CLI knows, named as the command', () => {
    // scripts/build.mjs makes one bundle per file in src/cli/commands; the launcher finds it by the command's name.
    expect(commands.map((c) => c.name).sort()).toEqual([...bundles].sort());
  });

  it("starts the command's own bundle, and the wizard's for everything else main() handles", () => {
    for (const name of bundles) expect(bundleFor([name, '--help'], bundles)).toBe(name);
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['--version'], ['-v'], ['unknown'], ['--answers', 'a.yaml']])
      expect(bundleFor(argv, bundles)).toBe('wizard');
  });

  it('runs a CommonJS file the same with no code cache, its own cache and a cache V8 refuses', () => {
    const dir = tempDir();
    const cache = path.join(dir, 'bundle.v8');
    const source = `const join = require('node:path').join;
module.exports.value = 41;
globalThis.__launchTest = {file: __filename, dir: __dirname, joined: join('a', 'b'), self: this === exports, exported: module.exports.value + 1, text: 'é –'};`;
    // The same source under three names: V8 keeps what one process compiled by source and name, and would
    // answer a second run of the same file from memory without reading the cache at all.
    const run = (name: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, source);
      const result = runWithCodeCache(file, cache, createRequire(file));
      expect((globalThis as {__launchTest?: unknown}).__launchTest).toEqual({
        file,
        dir,
        joined: path.join('a', 'b'),
        self: true,
        exported: 42,
        text: 'é –'
      });
      return result;
    };

    const first = run('first.cjs');
    expect(first.rejected).toBeUndefined();
    first.saveCache();
    expect(run('cached.cjs').rejected).toBe(false);
    writeFileSync(cache, 'not a code cache');
    expect(run('refused.cjs').rejected).toBe(true);
  });
});
