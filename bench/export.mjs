// ccm-draft export (DOCX and Akoma Ntoso) of the full example bill, as whole
// processes, against `ccm-draft build` of the same bill in the same run
// (issue 7 §5). The "full" bill is the example whose draft has the most
// sections, so the export is measured on the largest text the tool makes.
//
// Usage: node bench/export.mjs [--runs N]   (run `npm run build` first)
import {readdirSync, readFileSync, existsSync, mkdtempSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {report, timeCommand} from './lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) || 15 : 15;
if (!existsSync(cli)) {
  console.error('bench/export: dist/cli.js not found; run `npm run build` first');
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'ccm-bench-export-'));
let best;
for (const name of readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const out = path.join(work, path.basename(name, '.yaml'));
  const built = spawnSync(process.execPath, [cli, 'build', '--answers', path.join('examples', name), '--out', out, '--force'], {
    cwd: root,
    encoding: 'utf8'
  });
  if (built.status !== 0) continue;
  const sections = (readFileSync(path.join(out, 'draft-bill.md'), 'utf8').match(/^### /gm) ?? []).length;
  if (!best || sections > best.sections) best = {name, out, sections};
}
if (!best) {
  console.error('bench/export: no example builds');
  process.exit(2);
}
console.log(`export: examples/${best.name} (${best.sections} sections)`);
const draft = path.join(best.out, 'draft-bill.md');
const build = timeCommand(process.execPath, [cli, 'build', '--answers', path.join('examples', best.name), '--out', best.out, '--force'], {
  cwd: root,
  runs
});
const docx = timeCommand(process.execPath, [cli, 'export', draft, '--to', 'docx', '--out', path.join(work, 'bill.docx'), '--force'], {
  cwd: root,
  runs
});
report('export --to docx (full example bill)', docx, 'build', build);
const akn = timeCommand(
  process.execPath,
  [cli, 'export', draft, '--to', 'akn', '--out', path.join(work, 'bill.akn'), '--date', '2026-01-01', '--force'],
  {cwd: root, runs}
);
report('export --to akn (full example bill)', akn, 'build', build);
