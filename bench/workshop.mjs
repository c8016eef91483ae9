// ccm-draft workshop on a room of 30 participants (answers like the three
// examples, State names of their own), as a whole process, against one
// `ccm-draft build` (target: under 10 builds). Measured from an empty out/
// (everything built) and again with nothing changed (everything reused).
// The workshop prepares participants in worker threads when cores are spare;
// the figures in one thread and with two threads are printed too, with the
// machine's load, since on a busy machine the two differ the other way.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import path from 'node:path';
import {median, report, timeCommand} from './lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'ccm-bench-workshop-'));
const room = path.join(dir, 'room');
const states = Array.from({length: 30}, (_, i) => `State ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`);

const init = spawnSync(process.execPath, [cli, 'workshop', 'init', room, '--states', states.join(',')], {encoding: 'utf8'});
if (init.status !== 0) throw new Error(`workshop init failed: ${init.stderr}`);
const examples = ['generic-small-state', 'stockpiling-state', 'affected-coalition-state'];
states.forEach((state, i) => {
  const file = path.join(room, `${state.toLowerCase().replace(/ /g, '-')}.yaml`);
  const mine = readFileSync(file, 'utf8');
  const names = mine.slice(mine.indexOf('params:\n') + 'params:\n'.length);
  const example = readFileSync(path.join(root, 'examples', `${examples[i % 3]}.yaml`), 'utf8')
    .split('\n')
    .filter((l) => !/^ {2}(country\.name|police\.name|armed_forces\.name|enacting\.formula):/.test(l))
    .join('\n');
  // The profile `workshop init` chose (its names renamed to the State), not the example's.
  writeFileSync(file, example.replace('params:\n', `params:\n${names}`).replace(/^jurisdiction: .*$/m, 'jurisdiction: generic'));
});

/** Median wall time (ms) of `workshop` on the room; `fresh` empties out/ before each run (not timed). */
function timeWorkshop(fresh, runs, env = {}) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    if (fresh) rmSync(path.join(room, 'out'), {recursive: true, force: true});
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, 'workshop', room, '--today', '2027-06-01'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {...process.env, ...env}
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`workshop failed (${result.status}): ${result.stderr}`);
    if (i > 0) samples.push(ms);
  }
  return median(samples);
}

const out = path.join(dir, 'build');
const build = timeCommand(process.execPath, [cli, 'build', '--answers', 'examples/generic-small-state.yaml', '--out', out, '--force'], {
  cwd: root
});
const fresh = timeWorkshop(true, 5);
report('workshop, 30 participants, all built', fresh, 'one build', build, 10);
// Worker threads are used only on spare cores (a busy machine gets none): both ways, for the record.
const single = timeWorkshop(true, 3, {CCM_WORKSHOP_THREADS: '0'});
report('  the same in one thread', single, 'one build', build);
const threaded = timeWorkshop(true, 3, {CCM_WORKSHOP_THREADS: '2'});
report('  the same with 2 worker threads', threaded, 'one build', build);
console.log(`  (${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)})`);
const reused = timeWorkshop(false, 5);
report('workshop, 30 participants, all reused', reused, 'one build', build);
rmSync(dir, {recursive: true, force: true});
