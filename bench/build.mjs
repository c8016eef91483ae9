// ccm-draft build on the built-in example, as a whole process, against `node -e ''`.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {report, timeCommand} from './lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'ccm-bench-'));
const node = timeCommand(process.execPath, ['-e', '']);
const build = timeCommand(
  process.execPath,
  ['dist/cli.js', 'build', '--answers', 'examples/generic-small-state.yaml', '--out', out, '--force'],
  {cwd: root}
);
report('build (example bill, whole process)', build, "node -e ''", node, 3);
const lint = timeCommand(process.execPath, ['dist/cli.js', 'lint'], {cwd: root});
report('lint (bundled model, checklist, profiles)', lint, "node -e ''", node);
const help = timeCommand(process.execPath, ['dist/cli.js', '--help'], {cwd: root});
report('--help (start-up floor of the CLI)', help, "node -e ''", node);
