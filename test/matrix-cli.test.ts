/** End-to-end: the built CLI (`dist/cli.js`) running `matrix` as a real process. */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {ccm, root} from './helpers/cli.js';

const files = ['test/fixtures/matrix/nz-style.md', 'test/fixtures/matrix/uk-style.md', 'test/fixtures/compare/draft/edited/draft-bill.md'];

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('run `npm run build` first (npm test does it)');
});

describe('ccm-draft matrix (built CLI)', () => {
  test.each([
    ['md', 'matrix.md'],
    ['html', 'matrix.html'],
    ['csv', 'matrix.csv']
  ])('--format %s matches the golden', (format, golden) => {
    const run = ccm(['matrix', ...files, '--format', format]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(root, 'test/fixtures/matrix/golden', golden), 'utf8'));
  });

  test('a missing file: exit 2, named, no stack trace', () => {
    const run = ccm(['matrix', files[0]!, 'nope.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('nope.md: Cannot find file, expected an existing file [unreadable-file]\n');
  });
});
