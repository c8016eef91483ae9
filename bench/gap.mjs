#!/usr/bin/env node
// Benchmark of gap analysis of any Act (issue 5 §4).
//
// Generates a 1,000-section Act (Parts, subsections, paragraphs, a schedule),
// then times in the same process: reading the file and parsing it with remark
// alone (the baseline), and reading it plus the whole gap analysis
// (the reader, provision roles, detectors, report). Prints the medians and the ratio.
// Target (issue 12): ratio ≤ 0.5.
//
// Usage: node bench/gap.mjs [--runs N] [--sections N] [--json]
// Exports `benchGap(options)` for bench/run.mjs or other callers.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {median, report, random} from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SENTENCES = [
  'A person commits an offence who uses a cluster munition',
  'A person must not develop, produce or otherwise acquire a cluster munition',
  'The Minister may, by written notice, require any person to supply information for the purposes of Article 7 of the Convention',
  'A body corporate that commits an offence against this section is liable on conviction to a fine not exceeding $500,000',
  'It is a defence for a member of the Armed Forces to show that the conduct took place in the course of military operations with a State not party to the Convention',
  'An officer may seize any cluster munition found in a place and the munition is forfeited to the Crown',
  'A person who provides or invests funds knowing that they will be used in the production of cluster munitions commits an offence',
  'This Act applies to acts done outside the State by a citizen of the State or a body corporate incorporated in the State',
  'No person shall transport a cluster munition through the territory of the State',
  'The Minister must report annually to Parliament on the implementation of this Act'
];

/** Generate an Act of `sections` sections as Markdown. */
export function generateAct(sections = 1000, seed = 42) {
  const rand = random(seed);
  const pick = () => SENTENCES[Math.floor(rand() * SENTENCES.length)];
  const lines = ['# Generated Cluster Munitions Act 2026', '', 'An Act to implement the Convention on Cluster Munitions.', ''];
  for (let n = 1; n <= sections; n++) {
    if (n % 25 === 1) lines.push(`## Part ${Math.ceil(n / 25)} Provisions group ${Math.ceil(n / 25)}`, '');
    lines.push(`### ${n} Provision number ${n}`, '');
    const subsections = 1 + Math.floor(rand() * 3);
    for (let s = 1; s <= subsections; s++) {
      if (rand() < 0.3) {
        lines.push(
          `(${s}) ${pick()} where—`,
          '',
          `(a) ${pick().toLowerCase()}; or`,
          '',
          `(b) ${pick().toLowerCase()} (serial ${n}.${s}).`,
          ''
        );
      } else {
        lines.push(`(${s}) ${pick()} (serial ${n}.${s}).`, '');
      }
    }
  }
  lines.push(
    '## Schedule 1 Convention on Cluster Munitions',
    '',
    'Article 1 General obligations and scope',
    '',
    '1. Each State Party undertakes never under any circumstances to use cluster munitions.',
    ''
  );
  return lines.join('\n');
}

/** Bundle the gap library from src/ so the benchmark measures current code. */
async function loadGap(dir) {
  const outfile = path.join(dir, 'gap-bundle.mjs');
  await build({
    entryPoints: [path.join(root, 'src/gap/report.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning'
  });
  return import(pathToFileURL(outfile).href);
}

/** Time gap analysis against remark parsing of the same generated file. */
export async function benchGap({sections = 1000, runs = 15} = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ccm-bench-gap-'));
  try {
    const file = path.join(dir, 'act.md');
    writeFileSync(file, generateAct(sections));
    const {gapReportForText} = await loadGap(dir);
    const processor = unified().use(remarkParse);
    const remarkSamples = [];
    const gapSamples = [];
    let sectionsRead = 0;
    // Interleave the two so machine noise hits both alike; the first round warms up.
    for (let i = 0; i <= runs; i++) {
      let start = process.hrtime.bigint();
      processor.parse(readFileSync(file, 'utf8'));
      const remarkMs = Number(process.hrtime.bigint() - start) / 1e6;
      start = process.hrtime.bigint();
      const result = gapReportForText(readFileSync(file, 'utf8'), file);
      const gapMs = Number(process.hrtime.bigint() - start) / 1e6;
      sectionsRead = result.act.sections;
      if (i > 0) {
        remarkSamples.push(remarkMs);
        gapSamples.push(gapMs);
      }
    }
    const remarkMs = median(remarkSamples);
    const gapMs = median(gapSamples);
    return {sections: sectionsRead, bytes: readFileSync(file).length, gapMs, remarkMs, ratio: gapMs / remarkMs};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (flag, fallback) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) || fallback : fallback);
  const result = await benchGap({sections: value('--sections', 1000), runs: value('--runs', 15)});
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`gap analysis of a generated Act: ${result.sections} sections, ${(result.bytes / 1024).toFixed(0)} KB`);
    const ratio = report('gap (read + provision roles + detectors + report)', result.gapMs, 'remark', result.remarkMs, 0.5);
    process.exitCode = ratio <= 0.5 ? 0 : 1;
  }
}
