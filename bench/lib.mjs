// Shared timing helpers for the benchmarks. Figures are printed as ratios to
// a baseline measured in the same run, because this machine is noisy.
import {spawnSync} from 'node:child_process';

/** Median wall time (ms) of running a command `runs` times (after one warm-up). */
export function timeCommand(command, args, {runs = 15, cwd, env} = {}) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'pipe']});
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    if (i > 0) samples.push(ms);
  }
  return median(samples);
}

/** Median wall time (ms) of an in-process function. */
export async function timeFunction(fn, {runs = 15} = {}) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0) samples.push(ms);
  }
  return median(samples);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Print one figure: name, median, baseline, ratio, target. */
export function report(name, ms, baselineName, baselineMs, target) {
  const ratio = ms / baselineMs;
  const verdict = target === undefined ? '' : ratio <= target ? `  (target ≤ ${target}: met)` : `  (target ≤ ${target}: NOT met)`;
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms   ${baselineName} ${baselineMs.toFixed(1).padStart(7)} ms   ratio ${ratio.toFixed(2)}${verdict}`
  );
  return ratio;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same generated files. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
