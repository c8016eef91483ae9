// `npm run bench`: runs every benchmark in bench/ (each prints its own ratios
// against baselines measured in the same run). Timings are never asserted in tests.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const order = ['build.mjs', 'wizard.mjs', 'gap.mjs', 'compare.mjs', 'export.mjs', 'workshop.mjs'];
const files = readdirSync(here).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && f !== 'lib.mjs');
files.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, [path.join(here, file)], {stdio: 'inherit', cwd: path.join(here, '..')});
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
