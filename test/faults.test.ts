/**
 * Faults during a build, on the built CLI: `kill -9` at random moments (and
 * inside the commit, where files are renamed into place), SIGTERM, and a full
 * disk. Whatever happens, the output folder holds the complete previous set
 * or the complete new one (a later run finishing an interrupted commit), a
 * reader never reports a half-published set as hand edits, and no temporary
 * survives the next run.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ccm, root, tempDir} from './helpers/cli.js';

const cli = path.join(root, 'dist', 'cli.js');
const today = '2027-01-01';
const answers = {
  a: path.join(root, 'examples', 'generic-small-state.yaml'),
  b: path.join(root, 'examples', 'stockpiling-state.yaml')
} as const;
type Which = keyof typeof answers;
const files = ['draft-bill.md', 'draft-bill.build.json', 'explanatory-note.md', 'gap-report.md', 'gap-report.json'];

/** The complete set each answers file builds, read once. */
const sets = {} as Record<Which, Record<string, string>>;
beforeAll(() => {
  for (const which of ['a', 'b'] as const) {
    const out = path.join(tempDir(), 'out');
    const run = ccm(['build', '--answers', answers[which], '--out', out, '--today', today]);
    expect(run.code, run.stderr).toBe(0);
    sets[which] = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
  }
  expect(sets.a['draft-bill.md']).not.toBe(sets.b['draft-bill.md']);
});

/** Which complete set the folder holds, or a description of the mix. */
function setIn(out: string): Which | string {
  const found = Object.fromEntries(files.map((f) => [f, existsSync(path.join(out, f)) ? readFileSync(path.join(out, f), 'utf8') : null]));
  for (const which of ['a', 'b'] as const) if (files.every((f) => found[f] === sets[which][f])) return which;
  return files
    .map((f) => `${f}: ${found[f] === sets.a[f] ? 'a' : found[f] === sets.b[f] ? 'b' : found[f] === null ? 'missing' : 'other'}`)
    .join(', ');
}

const leftovers = (out: string) => readdirSync(out).filter((f) => f.endsWith('.tmp') || f === '.ccm-publish.json');

/** A small deterministic random sequence (the seed is printed on failure through the messages). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Start a build of `which` into `out` and kill it: after `delay` ms, or `delay` ms after its commit record appears. */
function buildAndKill(
  out: string,
  which: Which,
  options: {delay: number; afterCommit?: boolean; signal?: NodeJS.Signals; pause?: number | undefined}
): Promise<{code: number | null; signal: NodeJS.Signals | null; sawRecord: boolean}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'build', '--answers', answers[which], '--out', out, '--today', today, '--force'], {
      env: {...process.env, CI: '', NO_COLOR: '1', ...(options.pause ? {CCM_TEST_PUBLISH_PAUSE: String(options.pause)} : {})},
      stdio: 'ignore'
    });
    let sawRecord = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill(options.signal ?? 'SIGKILL');
    if (options.afterCommit) {
      const poll = setInterval(() => {
        if (existsSync(path.join(out, '.ccm-publish.json'))) {
          sawRecord = true;
          clearInterval(poll);
          timer = setTimeout(kill, options.delay);
        }
      }, 2);
      child.on('exit', () => clearInterval(poll));
    } else timer = setTimeout(kill, options.delay);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({code, signal, sawRecord});
    });
  });
}

describe('faults during a build', () => {
  it('kill -9 at random moments, and inside the commit, leaves the previous set or the new one; the next run leaves no temporaries', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    expect(ccm(['build', '--answers', answers.a, '--out', out, '--today', today]).code).toBe(0);
    let current: Which = 'a';
    const seed = 20270101;
    const next = random(seed);
    let finishedByReader = 0;
    for (let round = 0; round < 16; round++) {
      const target: Which = current === 'a' ? 'b' : 'a';
      // Even rounds: any moment of the run (start-up, assembly, writing, commit). Odd rounds: inside the commit.
      const inCommit = round % 2 === 1;
      const result = await buildAndKill(out, target, {
        delay: Math.floor(next() * (inCommit ? 200 : 1500)),
        afterCommit: inCommit,
        pause: inCommit ? 40 : undefined
      });
      const note = `round ${round} (seed ${seed}, ${inCommit ? 'in the commit' : 'random moment'}, exit ${result.code ?? result.signal})`;
      const record = existsSync(path.join(out, '.ccm-publish.json'));
      if (record) {
        // Killed mid-commit: a reader finishes the publish before it reads, and sees the build as built (no hand edits).
        finishedByReader++;
        const compare = ccm(['compare', path.join(out, 'draft-bill.md'), '--format', 'json']);
        expect(compare.code, `${note}: ${compare.stderr}`).toBe(0);
        const json = JSON.parse(compare.stdout) as {changes: Array<{why: Array<{cause: string}>}>};
        expect(
          json.changes.flatMap((c) => c.why).filter((w) => w.cause === 'hand-edit'),
          note
        ).toEqual([]);
        expect(setIn(out), note).toBe(target);
      }
      const found = setIn(out);
      expect(['a', 'b'], `${note}: ${found}`).toContain(found);
      current = found as Which;
    }
    expect(finishedByReader, 'some kills landed inside a commit').toBeGreaterThan(0);
    // The next run (a build) sweeps what killed runs left, and leaves nothing of its own.
    const last = ccm(['build', '--answers', answers.a, '--out', out, '--today', today, '--force']);
    expect(last.code, last.stderr).toBe(0);
    expect(setIn(out)).toBe('a');
    expect(leftovers(out)).toEqual([]);
  }, 180_000);

  it('SIGTERM while the files are written removes the temporaries (or finishes a commit that has begun)', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    expect(ccm(['build', '--answers', answers.a, '--out', out, '--today', today]).code).toBe(0);
    for (const delay of [0, 30, 90, 150]) {
      const before = setIn(out);
      const result = await buildAndKill(out, before === 'a' ? 'b' : 'a', {delay, afterCommit: true, signal: 'SIGTERM', pause: 40});
      expect(result.sawRecord).toBe(true);
      expect(result.code, `delay ${delay}`).toBe(143);
      expect(leftovers(out), `delay ${delay}`).toEqual([]);
      expect(setIn(out), `delay ${delay}`).toBe(before === 'a' ? 'b' : 'a');
    }
    // At other moments (start-up, assembly, temporaries half written): stopped, or done; never a temporary left.
    for (const delay of [150, 300, 450, 600]) {
      const result = await buildAndKill(out, setIn(out) === 'a' ? 'b' : 'a', {delay, signal: 'SIGTERM'});
      // Killed before the CLI set its handlers (start-up), stopped by them, or finished.
      expect(['0', '143', 'SIGTERM'], `delay ${delay}`).toContain(String(result.code ?? result.signal));
      expect(leftovers(out), `delay ${delay}`).toEqual([]);
      expect(['a', 'b'], `delay ${delay}`).toContain(setIn(out));
    }
  }, 60_000);

  it('a leftover commit record that names files outside its folder, or that is not ours, is refused, and nothing moves', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    expect(ccm(['build', '--answers', answers.a, '--out', out, '--today', today]).code).toBe(0);
    writeFileSync(path.join(dir, 'mine.txt'), 'mine');
    writeFileSync(
      path.join(out, '.ccm-publish.json'),
      JSON.stringify({tool: 'ccm-drafter', version: 1, pid: 1, files: [{temp: '../mine.txt', target: 'draft-bill.md', sha256: 'x'}]})
    );
    for (const args of [
      ['build', '--answers', answers.b, '--out', out, '--today', today, '--force'],
      ['compare', path.join(out, 'draft-bill.md')],
      ['export', path.join(out, 'draft-bill.md'), '--to', 'html', '--out', path.join(dir, 'bill.html')]
    ]) {
      const run = ccm(args, {cwd: dir});
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('out/.ccm-publish.json: Unexpected publish record');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(path.join(dir, 'mine.txt'), 'utf8')).toBe('mine');
    expect(setIn(out)).toBe('a');
    expect(existsSync(path.join(dir, 'bill.html'))).toBe(false);
  });
});

/** A small tmpfs, where the machine allows it (root on Linux); undefined (and why) elsewhere. */
function smallDisk(kilobytes: number, options: {readOnly?: boolean} = {}): {folder: string; unmount(): void} | string {
  if (process.platform !== 'linux') return 'not Linux';
  const folder = tempDir('ccm-disk-');
  const flags = `${options.readOnly ? 'ro,' : ''}size=${kilobytes}k`;
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', flags, 'tmpfs', folder], {encoding: 'utf8'});
  if (mounted.status !== 0) {
    rmSync(folder, {recursive: true, force: true});
    return `cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim() || 'not permitted'})`;
  }
  return {
    folder,
    unmount() {
      spawnSync('umount', [folder]);
      rmSync(folder, {recursive: true, force: true});
    }
  };
}

describe('a full disk', () => {
  let disk: ReturnType<typeof smallDisk> = 'not mounted yet';
  // Room for one set and half another: the second build runs out of space while writing its temporaries.
  beforeAll(() => {
    disk = smallDisk(240);
    if (typeof disk === 'string') console.warn(`Skipping the full-disk tests: ${disk}`);
  });
  afterAll(() => {
    if (typeof disk !== 'string') disk.unmount();
  });

  it('leaves the previous set, says the disk is full and that nothing was changed, and leaves no temporaries', (ctx) => {
    if (typeof disk === 'string') return ctx.skip(`full-disk test skipped: ${disk}`);
    const out = path.join(disk.folder, 'out');
    const first = ccm(['build', '--answers', answers.a, '--out', out, '--today', today]);
    expect(first.code, first.stderr).toBe(0);
    const second = ccm(['build', '--answers', answers.b, '--out', out, '--today', today, '--force']);
    expect(second.code, second.stderr).toBe(2);
    expect(second.stderr).toMatch(/out\/[\w.-]+: The disk is full, so this file could not be written; nothing was changed/);
    expect(second.stderr).not.toMatch(/ENOSPC|\n\s+at /);
    expect(setIn(out)).toBe('a');
    expect(leftovers(out)).toEqual([]);
    // With the disk completely full, a new output folder is not even left behind.
    writeFileSync(path.join(disk.folder, 'filler'), Buffer.alloc(0));
    let size = 64 * 1024;
    for (;;) {
      try {
        writeFileSync(path.join(disk.folder, 'filler'), Buffer.alloc(size), {flag: 'a'});
      } catch {
        if (size === 1) break;
        size = Math.max(1, Math.floor(size / 4));
      }
    }
    const full = ccm(['export', path.join(out, 'draft-bill.md'), '--to', 'html', '--out', path.join(disk.folder, 'new', 'bill.html')]);
    expect(full.code, full.stderr).toBe(2);
    expect(full.stderr).toMatch(/bill\.html: The disk is full/);
    expect(existsSync(path.join(disk.folder, 'new'))).toBe(false);
    rmSync(path.join(disk.folder, 'filler'));
    // Once there is room again, the build succeeds and nothing of the failed runs remains.
    rmSync(out, {recursive: true});
    mkdirSync(out);
    const again = ccm(['build', '--answers', answers.b, '--out', out, '--today', today, '--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(setIn(out)).toBe('b');
    expect(leftovers(out)).toEqual([]);
  });
});

describe('a read-only disk', () => {
  it('says so in plain words, with the file, and writes nothing', (ctx) => {
    const disk = smallDisk(64, {readOnly: true});
    if (typeof disk === 'string') return ctx.skip(`read-only disk test skipped: ${disk}`);
    try {
      const run = ccm(['build', '--answers', answers.a, '--out', disk.folder, '--today', today]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(
        /draft-bill\.md: Cannot write output: read-only file system, expected a folder you can write to; nothing was changed/
      );
      expect(run.stderr).not.toMatch(/EROFS|\n\s+at /);
      expect(readdirSync(disk.folder)).toEqual([]);
    } finally {
      disk.unmount();
    }
  });
});
