/**
 * `ccm-draft workshop exercises`: the tool's own gap analysis finds every
 * gap an answer key names (for several seeds, and every gap of the
 * catalogue at least once), the pack is byte-identical for a seed and
 * differs between seeds, the key and sheets say what was planted, and the
 * CLI writes the pack as one set.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeExercise, writeExercises} from '../src/app/workshop-exercises.js';
import {gapReportForText} from '../src/gap/report.js';
import {GAP_KINDS} from '../src/workshop/exercise-mutations.js';
import {type Exercise, planPack} from '../src/workshop/exercises.js';
import {ccm, root, tempDir} from './helpers/cli.js';

const seeds = [1, 2, 3, 4];
const packs = new Map<number, Exercise[]>();

async function pack(seed: number): Promise<Exercise[]> {
  if (!packs.has(seed)) {
    const exercises: Exercise[] = [];
    for (const plan of planPack(seed, 6)) exercises.push(await makeExercise(plan, root));
    packs.set(seed, exercises);
  }
  return packs.get(seed)!;
}

describe('spot-the-gap exercises', () => {
  it('ccm-draft gap finds every gap in every answer key (seeds 1 to 4)', async () => {
    for (const seed of seeds)
      for (const e of await pack(seed))
        for (const g of e.gaps) {
          expect(g.found, `seed ${seed} exercise ${e.plan.number}: ${g.gap.id} (${g.before.rating} → ${g.after.rating})`).toBe(true);
          // Found by the public entry point too, on the bill exactly as written.
          const report = gapReportForText(e.markdown, `exercise-${e.plan.number}.md`);
          expect(report.strength.find((s) => s.id === g.gap.component)!.rating).toBe(g.after.rating);
        }
  }, 180_000);

  it('plants every gap of the catalogue somewhere in those packs, one per component and section in an exercise', async () => {
    const used = new Set<string>();
    for (const seed of seeds)
      for (const e of await pack(seed)) {
        expect(e.gaps.length).toBeGreaterThanOrEqual(1);
        expect(e.gaps.length).toBeLessThanOrEqual(2);
        expect(new Set(e.gaps.map((g) => g.gap.component)).size).toBe(e.gaps.length);
        for (const g of e.gaps) used.add(g.gap.id);
      }
    expect([...used].sort()).toEqual(GAP_KINDS.map((g) => g.id).sort());
  }, 180_000);

  it('plants near misses where the key says, and removals as sections the bill no longer has', async () => {
    for (const e of await pack(1))
      for (const g of e.gaps) {
        if (g.gap.kind === 'removed') {
          const heading = g.planted.where.replace(/^s \d+ /, '');
          expect(e.markdown).not.toContain(`${heading}\n`);
        } else if (g.planted.now) {
          expect(e.markdown).toContain(g.planted.now);
          expect(e.markdown).not.toContain(g.planted.model);
        } else expect(e.markdown).not.toContain(g.planted.model);
      }
  }, 60_000);

  it('varies with the seed; the same seed gives the same plan', () => {
    const describe = (seed: number) => planPack(seed, 6).map((p) => `${p.state}: ${p.gaps.map((g) => g.id).join('+')}`);
    expect(describe(7)).toEqual(describe(7));
    expect(describe(7)).not.toEqual(describe(8));
    expect(new Set(seeds.map((s) => describe(s).join('|'))).size).toBe(seeds.length);
  });

  it('writes the pack as one set, byte-identical for the same seed; never over a pack without --force', async () => {
    const a = tempDir('ccm-ex-a-');
    const b = tempDir('ccm-ex-b-');
    const one = await writeExercises({folder: path.join(a, 'pack'), cwd: root, seed: 5, count: 3});
    await writeExercises({folder: path.join(b, 'pack'), cwd: root, seed: 5, count: 3});
    expect(one.unfound).toEqual([]);
    const files = readdirSync(path.join(a, 'pack')).sort();
    expect(files).toEqual(
      [
        'README.md',
        'answer-key.html',
        'answer-key.md',
        ...[1, 2, 3].flatMap((n) => [`exercise-0${n}-bill.html`, `exercise-0${n}.html`, `exercise-0${n}.md`])
      ].sort()
    );
    for (const f of files) expect(readFileSync(path.join(b, 'pack', f)), f).toEqual(readFileSync(path.join(a, 'pack', f)));
    await expect(writeExercises({folder: path.join(a, 'pack'), cwd: root, seed: 6, count: 3})).rejects.toThrow(/Refusing to overwrite/);
    // The key names each gap, the Convention article and what the tool finds; the sheets never give the answer away.
    const key = readFileSync(path.join(a, 'pack', 'answer-key.md'), 'utf8');
    for (const e of one.pack)
      for (const g of e.gaps) {
        expect(key).toContain(g.gap.title);
        expect(key).toContain('**ccm-draft gap finds it:**');
      }
    for (const n of [1, 2, 3]) {
      const sheet = readFileSync(path.join(a, 'pack', `exercise-0${n}.html`), 'utf8');
      for (const g of one.pack[n - 1]!.gaps) expect(sheet).not.toContain(g.gap.title);
      expect(sheet).toContain(`exercise-0${n}-bill.html`);
    }
  }, 120_000);

  it('ccm-draft workshop exercises: usage, seed required, files written', () => {
    const dir = tempDir('ccm-ex-cli-');
    const missing = ccm(['workshop', 'exercises', path.join(dir, 'p')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --seed <n>, expected a whole number such as 7');
    const bad = ccm(['workshop', 'exercises', path.join(dir, 'p'), '--seed', 'x1']);
    expect(bad.code).toBe(2);
    const run = ccm(['workshop', 'exercises', path.join(dir, 'p'), '--seed', '11', '--count', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Wrote 2 exercises \(seed 11\) to /);
    expect(existsSync(path.join(dir, 'p', 'answer-key.html'))).toBe(true);
    const tooMany = ccm(['workshop', 'exercises', path.join(dir, 'q'), '--seed', '1', '--count', '99']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('invalid --count 99, expected a whole number from 1 to 24');
  }, 60_000);
});
