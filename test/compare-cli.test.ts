/** End-to-end: the built CLI (`dist/cli.js`) running `compare` as a real process. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
import {beforeAll, describe, expect, test} from 'vitest';
import {ccm, root, tempDir} from './helpers/cli.js';

const base = 'test/fixtures/compare/basic/base.md';
const other = 'test/fixtures/compare/basic/other.md';

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('run `npm run build` first (npm test does it)');
});

describe('ccm-draft compare (built CLI)', () => {
  test('Markdown to stdout matches the golden, exit 0, quiet stderr', () => {
    const run = ccm(['compare', base, other]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(root, 'test/fixtures/compare/golden/basic.md'), 'utf8'));
  });

  test('HTML and JSON match the goldens; JSON validates', () => {
    const html = ccm(['compare', base, other, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toBe(readFileSync(path.join(root, 'test/fixtures/compare/golden/basic.html'), 'utf8'));
    const json = ccm(['compare', base, other, '-f', 'json']);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(readFileSync(path.join(root, 'test/fixtures/compare/golden/basic.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/compare.schema.json'), 'utf8'));
    expect(new Ajv({strict: true}).compile(schema)(JSON.parse(json.stdout))).toBe(true);
  });

  test('--out refuses to overwrite without --force', () => {
    const dir = tempDir();
    const out = path.join(dir, 'cmp.md');
    expect(ccm(['compare', base, other, '--out', out]).code).toBe(0);
    writeFileSync(out, 'mine');
    const again = ccm(['compare', base, other, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Refusing to overwrite an existing file, expected `--force` to replace it [file-exists]');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(ccm(['compare', base, other, '--out', out, '--force']).code).toBe(0);
  });

  test('one file: the base is the model rendered with the draft’s jurisdiction defaults; hand edits are named', () => {
    const run = ccm(['compare', 'test/fixtures/compare/draft/edited/draft-bill.md', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.base.path).toBe('model-law/cluster-munitions-act.md (generic defaults)');
    expect(result.base.provenance).not.toBeNull();
    expect(result.other.provenance).toBe('test/fixtures/compare/draft/edited/draft-bill.build.json');
    const why = result.changes.flatMap((c: {why: Array<{cause: string; message: string}>}) => c.why);
    expect(why.map((w: {message: string}) => w.message)).toContain(
      's 16A (Annual report to Parliament) added by hand after generation (not in the build provenance)'
    );
    expect(why.some((w: {cause: string; message: string}) => w.cause === 'hand-edit' && w.message.startsWith('s 10 '))).toBe(true);
    expect(why.some((w: {cause: string}) => w.cause === 'answer')).toBe(true);
  });

  test('bad input: positioned message, exit 2, no stack trace', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nBuy bread.\n');
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x00, 0xff, 0x00]));
    for (const [file, message] of [
      ['empty.md', 'empty.md: Unexpected empty file [empty-file]'],
      ['notes.md', 'notes.md:1:1: Unexpected document without'],
      ['binary.md', 'binary.md:1:1: Unexpected binary content (NUL bytes), expected a UTF-8 text file [binary-file]']
    ] as const) {
      const run = ccm(['compare', path.join(root, base), file], {cwd: dir});
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    }
  });

  test('an Act with a 5 MB "word" on one line compares (no regexp stack overflow, exit 0)', () => {
    const dir = tempDir();
    const act = readFileSync(path.join(root, 'test/fixtures/acts/nz-style.md'), 'utf8');
    writeFileSync(path.join(dir, 'blob.md'), `${act}\n${'x'.repeat(5_000_000)}\n`);
    const run = ccm(['compare', 'blob.md', '--out', 'redline.md'], {cwd: dir});
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'redline.md'))).toBe(true);
  });
});
