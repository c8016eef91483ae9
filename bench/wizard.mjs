#!/usr/bin/env node
// Benchmark: start-up of `ccm-draft wizard` to its first question (issue 4 §5).
//
// The wizard needs a terminal, so both commands run under a pseudo-terminal
// made by `script -qec` (util-linux): `node -e ''` (the floor) and
// `node dist/cli.js wizard --answers <new file>` with
// CCM_WIZARD_EXIT_AT_FIRST_PROMPT=1, a hook in src/cli/prompter.ts that loads
// inquirer, as the first question does, and then exits 0 instead of waiting.
// So the time covers: CLI start, loading the model, checklist and profile,
// planning the questions, printing the welcome, loading the prompt library.
// Prints medians and the ratio wizard ÷ node -e '' from the same run.
//
// Usage: node bench/wizard.mjs [--runs N] [--json]   (run `npm run build` first)
// CCM_CLI=<path> overrides the CLI under test (default: dist/cli.js).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.CCM_CLI ?? path.join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 && Number(args[at + 1]) > 0 ? Number(args[at + 1]) : 11;
const asJson = args.includes('--json');

if (!existsSync(cli)) {
  console.error(`bench/wizard: ${path.relative(process.cwd(), cli)} not found; run \`npm run build\` first`);
  process.exit(2);
}
if (spawnSync('script', ['--version']).status !== 0) {
  console.error('bench/wizard: `script` (util-linux) is needed to give the wizard a terminal; skipped');
  process.exit(asJson ? 0 : 2);
}

const folder = mkdtempSync(path.join(tmpdir(), 'ccm-bench-wizard-'));
const env = {...process.env, CCM_WIZARD_EXIT_AT_FIRST_PROMPT: '1', NO_COLOR: '1'};
delete env.CI; // the wizard refuses to start in CI

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function time(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: folder,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8'
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return {ms, output: result.stdout};
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const nodeCommand = `${quote(process.execPath)} -e ''`;
const wizardCommand = `${quote(process.execPath)} ${quote(cli)} wizard --answers bench-answers.yaml`;

// One warm-up each (file cache), and a check that the wizard really got to its first question.
time(nodeCommand);
const first = time(wizardCommand);
if (!first.output.includes('Welcome.')) throw new Error(`the wizard did not reach its first question:\n${first.output}`);

const node = [];
const wizard = [];
for (let i = 0; i < runs; i++) {
  node.push(time(nodeCommand).ms);
  wizard.push(time(wizardCommand).ms);
}
rmSync(folder, {recursive: true, force: true});

const result = {
  runs,
  node_ms: Number(median(node).toFixed(1)),
  wizard_first_question_ms: Number(median(wizard).toFixed(1)),
  ratio: Number((median(wizard) / median(node)).toFixed(2))
};
if (asJson) console.log(JSON.stringify(result));
else {
  console.log(`wizard start-up to first question (${runs} runs, medians, both under a pseudo-terminal):`);
  console.log(`  node -e ''            ${result.node_ms.toFixed(1)} ms`);
  console.log(`  ccm-draft wizard      ${result.wizard_first_question_ms.toFixed(1)} ms`);
  console.log(`  ratio                 ${result.ratio.toFixed(2)} × node -e ''`);
}
