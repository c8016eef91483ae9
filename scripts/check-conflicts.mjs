// Fails when a tracked file still holds merge-conflict markers: a half-resolved
// merge must never reach a user (it once did, in jurisdictions/README.md).
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const files = execFileSync('git', ['ls-files', '-z'], {encoding: 'utf8'}).split('\0').filter(Boolean);
const bad = [];
for (const file of files) {
  if (file === 'package-lock.json' || file.startsWith('schemas/akn/')) continue;
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>')) continue;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (/^(<{7}|>{7}) /.test(line)) bad.push(`${file}:${i + 1}: merge-conflict marker`);
  });
}
if (bad.length > 0) {
  console.error(bad.join('\n'));
  process.exit(1);
}
