#!/usr/bin/env node
// Benchmark of `ccm-draft compare` as a whole process (issue 6 §5).
//
// Generates two 1,000-section Acts (~600 KB each) that differ in 5% of
// sections (reworded, removed, inserted, moved), and the same at 250
// sections, then times, in the same run: `node -e ''` (the start-up floor),
// `node dist/cli.js compare a b`, and `git diff --no-index --word-diff a b`.
// Prints medians and the ratios the issue sets targets for:
//   compare ÷ node -e ''                        ≤ 3
//   growth of (compare − node) from 250 to 1000 ≤ 5 (for 4× the size)
// and the ratio to git word-diff for reference.
//
// Usage: node bench/compare.mjs [--runs N] [--json]   (run `npm run build` first)
// CCM_CLI=<path> overrides the CLI under test (default: dist/cli.js).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {random} from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.CCM_CLI ?? path.join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 9;
const asJson = args.includes('--json');

if (!existsSync(cli)) {
  console.error(`bench/compare: ${path.relative(process.cwd(), cli)} not found; run \`npm run build\` first`);
  process.exit(2);
}

const VOCABULARY = (
  'person must not use develop produce acquire stockpile retain transfer cluster munition explosive submunition ' +
  'Minister may by notice in the Gazette prescribe authority officer court conviction liable imprisonment term ' +
  'exceeding years fine penalty units body corporate director manager secretary similar officer consent ' +
  'prosecution Attorney-General investigation seize destroy retain for training detection clearance victim ' +
  'assistance cooperation report Secretary-General Convention Article paragraph subsection section Part ' +
  'Schedule regulation purpose territory jurisdiction control State party armed forces military operation ' +
  'knowingly intentionally recklessly directly indirectly assist encourage induce engage activity prohibited ' +
  'any anything otherwise under this Act reasonable excuse lawful authority information produce document'
).split(' ');

function sentence(rand, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[Math.floor(rand() * VOCABULARY.length)]);
  // A serial number keeps every section's text distinct, as in a real Act.
  return out.join(' ');
}

function makeSection(rand, number, serial) {
  const heading = `${sentence(rand, 2 + Math.floor(rand() * 3))} ${serial}`.replace(/^./, (c) => c.toUpperCase());
  const paragraphs = [];
  const count = 2 + Math.floor(rand() * 3);
  for (let p = 1; p <= count; p++) paragraphs.push(`(${p}) ${sentence(rand, 16 + Math.floor(rand() * 10))} ref${serial}x${p}.`);
  return {number: String(number), heading, body: paragraphs.join('\n\n')};
}

function render(title, sections) {
  const parts = [
    `# ${title}\n\nA Bill for an Act to give effect to the Convention on Cluster Munitions.\n\nThe Parliament enacts as follows:\n`
  ];
  let part = 0;
  sections.forEach((s, i) => {
    if (i % 25 === 0) parts.push(`## Part ${++part} Provisions ${part}\n`);
    parts.push(`### ${s.number} ${s.heading}\n\n${s.body}\n`);
  });
  return parts.join('\n');
}

/** Two Acts of `n` sections, the second differing in 5% of sections. */
function pair(n, seed) {
  const rand = random(seed);
  const base = Array.from({length: n}, (_, i) => makeSection(rand, i + 1, i + 1));
  const other = base.map((s) => ({...s}));
  const changed = Math.round(n * 0.05);
  const touched = new Set();
  const pick = () => {
    for (;;) {
      const i = 1 + Math.floor(rand() * (n - 2));
      if (!touched.has(i)) {
        touched.add(i);
        return i;
      }
    }
  };
  // 60% reworded, 15% removed, 15% inserted, 10% moved.
  const reworded = Math.round(changed * 0.6);
  const removed = Math.round(changed * 0.15);
  const inserted = Math.round(changed * 0.15);
  const moved = changed - reworded - removed - inserted;
  for (let k = 0; k < reworded; k++) {
    const s = other[pick()];
    const words = s.body.split(' ');
    for (let w = 0; w < 3; w++) words[Math.floor(rand() * words.length)] = 'amended';
    s.body = words.join(' ');
  }
  const removeAt = Array.from({length: removed}, pick);
  const moveFrom = Array.from({length: moved}, pick);
  const moving = moveFrom.map((i) => other[i]);
  const result = other.filter((_, i) => !removeAt.includes(i) && !moveFrom.includes(i));
  for (const s of moving) result.splice(Math.floor(rand() * result.length), 0, s);
  for (let k = 0; k < inserted; k++) {
    // An inserted section takes its predecessor's number plus a letter (`41A`), as amendments do.
    const at = 1 + Math.floor(rand() * (result.length - 1));
    result.splice(at, 0, makeSection(rand, `${result[at - 1].number}A`, 100000 + k));
  }
  return [render('Cluster Munitions Act 2027', base), render('Cluster Munitions Act 2027', result)];
}

function time(command, argv) {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, argv, {stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26});
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  return {ms, status: child.status, stderr: child.stderr.toString()};
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Interleave the commands run by run, so drift in machine load hits all alike. */
function measure(commands) {
  const samples = commands.map(() => []);
  for (let r = 0; r < runs + 1; r++) {
    commands.forEach(([command, argv, ok], i) => {
      const result = time(command, argv);
      if (!ok(result.status)) throw new Error(`${command} ${argv.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
      if (r > 0) samples[i].push(result.ms); // the first round warms the file cache
    });
  }
  return samples.map(median);
}

const folder = mkdtempSync(path.join(tmpdir(), 'ccm-bench-compare-'));
try {
  const files = {};
  for (const n of [250, 1000]) {
    const [a, b] = pair(n, n);
    files[n] = [path.join(folder, `a${n}.md`), path.join(folder, `b${n}.md`)];
    writeFileSync(files[n][0], a);
    writeFileSync(files[n][1], b);
  }
  const node = process.execPath;
  const gitAvailable = spawnSync('git', ['--version']).status === 0;
  const commands = [
    [node, ['-e', ''], (s) => s === 0],
    [node, [cli, 'compare', ...files[250]], (s) => s === 0],
    [node, [cli, 'compare', ...files[1000]], (s) => s === 0],
    ...(gitAvailable ? [['git', ['diff', '--no-index', '--word-diff', ...files[1000]], (s) => s === 0 || s === 1]] : [])
  ];
  const [nodeMs, c250, c1000, gitMs] = measure(commands);
  const sizeKb = (n) => Math.round(Buffer.byteLength(String(spawnSync('cat', [files[n][0]]).stdout)) / 1024);
  const figures = {
    runs,
    sizeKb: {250: sizeKb(250), 1000: sizeKb(1000)},
    ms: {node: nodeMs, compare250: c250, compare1000: c1000, gitWordDiff1000: gitMs ?? null},
    ratios: {
      compareOverNode: c1000 / nodeMs,
      growthAboveNode250to1000: (c1000 - nodeMs) / Math.max(c250 - nodeMs, 1e-3),
      compareOverGit: gitMs ? c1000 / gitMs : null
    },
    targets: {compareOverNode: 3, growthAboveNode250to1000: 5}
  };
  if (asJson) console.log(JSON.stringify(figures, null, 2));
  else {
    const f = (x) => x.toFixed(1).padStart(7);
    console.log(
      `compare benchmark (median of ${runs} runs; Acts of ${figures.sizeKb[250]} KB and ${figures.sizeKb[1000]} KB, 5% of sections differ)`
    );
    console.log(`  node -e ''                          ${f(nodeMs)} ms`);
    console.log(`  compare, 250 sections               ${f(c250)} ms`);
    console.log(`  compare, 1000 sections              ${f(c1000)} ms`);
    if (gitMs) console.log(`  git diff --no-index --word-diff    ${f(gitMs)} ms`);
    const ok = (value, target) => (value <= target ? 'ok' : 'OVER TARGET');
    console.log(
      `  compare ÷ node -e ''               ${f(figures.ratios.compareOverNode)} ×  (target ≤ 3: ${ok(figures.ratios.compareOverNode, 3)})`
    );
    console.log(
      `  growth above node, 250 → 1000      ${f(figures.ratios.growthAboveNode250to1000)} ×  (target ≤ 5: ${ok(figures.ratios.growthAboveNode250to1000, 5)})`
    );
    if (gitMs) console.log(`  compare ÷ git word-diff            ${f(figures.ratios.compareOverGit)} ×  (reference)`);
  }
  process.exitCode = figures.ratios.compareOverNode <= 3 && figures.ratios.growthAboveNode250to1000 <= 5 ? 0 : 1;
} finally {
  rmSync(folder, {recursive: true, force: true});
}
