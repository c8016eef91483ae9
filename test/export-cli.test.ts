/**
 * End-to-end: the built CLI (`dist/cli.js`) running `build` then `export`,
 * and a Word → PDF check with LibreOffice when it is installed.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkAkn} from '../src/export/check-akn.js';
import {ccm, root, tempDir} from './helpers/cli.js';

const fixture = path.join(root, 'test', 'fixtures', 'export', 'bill');

function copyFixture(): string {
  const dir = tempDir('ccm-export-');
  cpSync(fixture, dir, {recursive: true});
  return dir;
}

const hasSoffice = spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0;

describe('ccm-draft export', () => {
  it('writes each format from a draft that build wrote', () => {
    const dir = tempDir('ccm-export-');
    const built = ccm(['build', '--answers', 'examples/generic-small-state.yaml', '--out', dir]);
    expect(built.code, built.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['draft-bill.build.json', 'draft-bill.md', 'explanatory-note.md']));
    for (const to of ['docx', 'html', 'akn']) {
      const out = path.join(dir, `bill.${to}`);
      const run = ccm(['export', path.join(dir, 'draft-bill.md'), '--to', to, '--out', out, '--date', '2026-05-01']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Wrote .*bill\\.${to} \\(${to}\\)`));
      expect(existsSync(out)).toBe(true);
    }
    expect(checkAkn(readFileSync(path.join(dir, 'bill.akn'), 'utf8'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'bill.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('gives byte-identical DOCX on two runs', () => {
    const dir = copyFixture();
    for (const name of ['a', 'b'])
      expect(ccm(['export', 'draft-bill.md', '--to', 'docx', '--out', `${name}.docx`], {cwd: dir}).code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.docx')).equals(readFileSync(path.join(dir, 'b.docx')))).toBe(true);
  });

  it('stops with positioned errors on a broken draft and writes nothing (exit 2)', () => {
    const dir = copyFixture();
    const text = readFileSync(path.join(dir, 'draft-bill.md'), 'utf8').replace(
      '### 7 Act does not apply to mines',
      '#### 7 Act does not apply to mines'
    );
    writeFileSync(path.join(dir, 'draft-bill.md'), text);
    const run = ccm(['export', 'draft-bill.md', '--to', 'akn', '--out', 'bill.akn', '--date', '2026-05-01'], {cwd: dir});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^draft-bill\.md:\d+:1: Unexpected heading `#### 7 Act does not apply to mines`/m);
    expect(existsSync(path.join(dir, 'bill.akn'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without --force, and checks its flags', () => {
    const dir = copyFixture();
    writeFileSync(path.join(dir, 'bill.html'), 'mine');
    const refused = ccm(['export', 'draft-bill.md', '--to', 'html', '--out', 'bill.html'], {cwd: dir});
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Refusing to overwrite/);
    expect(readFileSync(path.join(dir, 'bill.html'), 'utf8')).toBe('mine');
    expect(ccm(['export', 'draft-bill.md', '--to', 'html', '--out', 'bill.html', '--force'], {cwd: dir}).code).toBe(0);
    expect(ccm(['export', 'draft-bill.md', '--to', 'pdf', '--out', 'x'], {cwd: dir}).stderr).toMatch(
      /unknown format "pdf", expected one of: docx, html, akn/
    );
    expect(ccm(['export', 'draft-bill.md', '--to', 'docx', '--out', 'x', '--paper', 'a5'], {cwd: dir}).code).toBe(2);
    expect(ccm(['export', '--help']).stdout).toMatch(/^Usage: ccm-draft export <draft\.md> --to docx\|html\|akn/);
  });

  it('refuses a --date that does not exist (2027-13-01, 2027-02-30) and writes nothing', () => {
    const dir = copyFixture();
    for (const date of ['2027-13-01', '2027-02-30']) {
      const run = ccm(['export', 'draft-bill.md', '--to', 'akn', '--out', 'bill.akn', '--date', date], {cwd: dir});
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`invalid --date "${date}", expected a date like 2027-04-30`);
      expect(existsSync(path.join(dir, 'bill.akn'))).toBe(false);
    }
  });

  it.skipIf(!hasSoffice)(
    hasSoffice
      ? 'converts to PDF with LibreOffice: A4, several pages, headings and numbering intact'
      : 'converts to PDF with LibreOffice (SKIPPED: `soffice` not found; install libreoffice-writer-nogui to run it)',
    () => {
      const dir = copyFixture();
      expect(ccm(['export', 'draft-bill.md', '--to', 'docx', '--out', 'bill.docx'], {cwd: dir}).code).toBe(0);
      const soffice = () =>
        spawnSync(
          'soffice',
          [
            '--headless',
            `-env:UserInstallation=file://${dir}/lo-profile`,
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            path.join(dir, 'bill.docx')
          ],
          {encoding: 'utf8', timeout: 120_000}
        );
      // A fresh LibreOffice profile occasionally fails its first start; one retry, then it must work.
      let convert = soffice();
      if (convert.status !== 0 || !existsSync(path.join(dir, 'bill.pdf'))) convert = soffice();
      expect(convert.status, convert.stderr).toBe(0);
      const pdf = path.join(dir, 'bill.pdf');
      expect(existsSync(pdf)).toBe(true);
      const info = spawnSync('pdfinfo', [pdf], {encoding: 'utf8'});
      if (info.status === 0) {
        expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(5);
        expect(info.stdout).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      }
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8'});
      if (text.status === 0) {
        expect(text.stdout).toMatch(/Arrangement of sections/);
        expect(text.stdout).toMatch(/Part 2\s*\n\s*Prohibited conduct and offences/);
        expect(text.stdout).toMatch(/\(2\)\s+However, cluster munition does not include:/);
      }
    },
    180_000
  );
});
