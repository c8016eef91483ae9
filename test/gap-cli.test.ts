/** End-to-end: the built CLI (`dist/cli.js`) on Acts in Markdown. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
import {beforeAll, describe, expect, test} from 'vitest';
import {ccm, root, tempDir} from './helpers/cli.js';

const nz = 'test/fixtures/acts/nz-style.md';

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('run `npm run build` first (npm test does it)');
});

describe('ccm-draft gap <act.md>', () => {
  test('Markdown to stdout, exit 0', () => {
    const run = ccm(['gap', nz, '--today', '2027-01-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(root, 'test/fixtures/gap/nz-style.md'), 'utf8'));
  });

  test('--format json validates against the schema', () => {
    const run = ccm(['gap', nz, '--format', 'json']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/gap-report.schema.json'), 'utf8'));
    const validate = new Ajv({strict: false}).compile(schema);
    expect(validate(JSON.parse(run.stdout))).toBe(true);
  });

  test('--out writes the file and refuses to overwrite without --force', () => {
    const dir = tempDir();
    const out = path.join(dir, 'report.md');
    expect(ccm(['gap', nz, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Gap report: Cluster Munitions (Prohibition) Act 2026');
    writeFileSync(out, 'mine');
    const again = ccm(['gap', nz, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Refusing to overwrite an existing file');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(ccm(['gap', nz, '--out', out, '--force', '--format', 'json']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).kind).toBe('act');
  });

  test('warnings about unreadable parts go to stderr with positions; the report still comes', () => {
    const run = ccm(['gap', 'test/fixtures/acts/broken-numbering.md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('test/fixtures/acts/broken-numbering.md:13:1: warning: Unexpected section 9 between sections 2 and 7');
    expect(run.stdout).toContain('## What could not be read');
  });

  test.each([
    ['empty file', '', 'Unexpected empty file [empty-file]'],
    ['binary file', Buffer.from([0x89, 0x50, 0x00, 0x01]), 'Unexpected binary content'],
    ['not an Act', '# Notes\n\nBuy bread.\n', ':1:1: Unexpected document without numbered sections']
  ])('bad input (%s): positioned message, exit 2, no stack trace', (_name, contents, message) => {
    const dir = tempDir();
    const file = path.join(dir, 'input.md');
    writeFileSync(file, contents);
    const run = ccm(['gap', 'input.md'], {cwd: dir});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.startsWith('input.md')).toBe(true);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test('usage errors exit 2', () => {
    expect(ccm(['gap']).code).toBe(2);
    expect(ccm(['gap', nz, '--format', 'pdf']).stderr).toContain('unknown format "pdf"');
    expect(ccm(['gap', nz, '--format', 'docx']).stderr).toContain('--out');
    expect(ccm(['gap', 'missing.md']).stderr).toContain('missing.md: Cannot find file');
  });
});
