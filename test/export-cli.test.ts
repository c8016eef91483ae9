/**
 * End-to-end: the built CLI (`dist/cli.js`) running `build` then `export`,
 * and a Word → PDF check with LibreOffice when it is installed.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {strFromU8, unzipSync} from 'fflate';
import {checkAkn} from '../src/export/check-akn.js';
import {ccm, root, tempDir} from './helpers/cli.js';
import {expectSchemaValid} from './helpers/xsd.js';

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
    const akn = readFileSync(path.join(dir, 'bill.akn'), 'utf8');
    expect(checkAkn(akn)).toEqual([]);
    expectSchemaValid(akn);
    // The country comes from the profile (generic: the user-assigned placeholder `xe`), never the profile id.
    expect(akn).toContain('<FRBRuri value="/akn/xe/bill/2027/cluster-munitions"/>');
    expect(akn).not.toContain('generic');
    expect(readFileSync(path.join(dir, 'bill.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  /** Build the example under a profile (and extra answers), export every format, and return what each says. */
  function buildAndExport(profile: string, extraParams = '') {
    const dir = tempDir('ccm-style-');
    const answers = path.join(dir, 'answers.yaml');
    writeFileSync(
      answers,
      readFileSync(path.join(root, 'examples', 'generic-small-state.yaml'), 'utf8').replace(/^params:\n/m, `params:\n${extraParams}`)
    );
    const built = ccm(['build', '--answers', answers, '--jurisdiction', profile, '--out', dir, '--today', '2027-01-01']);
    expect(built.code, built.stderr).toBe(0);
    for (const to of ['docx', 'html', 'akn']) {
      const run = ccm([
        'export',
        path.join(dir, 'draft-bill.md'),
        '--to',
        to,
        '--out',
        path.join(dir, `bill.${to}`),
        '--date',
        '2027-03-01'
      ]);
      expect(run.code, run.stderr).toBe(0);
    }
    const docx = unzipSync(readFileSync(path.join(dir, 'bill.docx')));
    const document = strFromU8(docx['word/document.xml']!);
    const paragraphs = [...document.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
      pageBreak: m[1]!.includes('<w:pageBreakBefore/>'),
      text: [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
    }));
    const header = Object.keys(docx).find((f) => /^word\/header\d*\.xml$/.test(f));
    return {
      markdown: readFileSync(path.join(dir, 'draft-bill.md'), 'utf8'),
      html: readFileSync(path.join(dir, 'bill.html'), 'utf8'),
      akn: readFileSync(path.join(dir, 'bill.akn'), 'utf8'),
      paragraphs,
      header: header ? strFromU8(docx[header]!) : '',
      core: strFromU8(docx['docProps/core.xml']!),
      styles: strFromU8(docx['word/styles.xml']!)
    };
  }

  /** The order of the front matter blocks in each format, as the reader sees them. */
  function frontOrder(out: ReturnType<typeof buildAndExport>) {
    const md = out.markdown
      .split('\n')
      .map((l) =>
        /^## (Arrangement of sections|Contents)$/.test(l)
          ? 'arrangement'
          : l.startsWith('# ')
            ? 'title'
            : /^A Bill for an Act/.test(l)
              ? 'longTitle'
              : /as follows:$/.test(l)
                ? 'formula'
                : /^## Part 1 /.test(l)
                  ? 'part1'
                  : ''
      )
      .filter(Boolean);
    const wordStyles: Record<string, string> = {
      ArrangementHeading: 'arrangement',
      BillTitle: 'title',
      LongTitle: 'longTitle',
      EnactingFormula: 'formula'
    };
    const firstPart = out.paragraphs.findIndex((p) => p.style === 'Heading1');
    const word = [
      ...out.paragraphs
        .slice(0, firstPart)
        .flatMap((p) => (wordStyles[p.style] ? [`${wordStyles[p.style]}${p.pageBreak ? '|' : ''}`] : [])),
      `part1${out.paragraphs[firstPart]!.pageBreak ? '|' : ''}`
    ];
    const html = [...out.html.matchAll(/<nav |<h1[ >]|<p class="long-title|<p class="enacting|<section class="part/g)].map((m) =>
      m[0].startsWith('<nav')
        ? 'arrangement'
        : m[0].startsWith('<h1')
          ? 'title'
          : m[0].includes('long-title')
            ? 'longTitle'
            : m[0].includes('enacting')
              ? 'formula'
              : 'part1'
    );
    const akn = [...out.akn.matchAll(/<toc>|<docTitle>|<longTitle>|<formula |<part eId="part_1"/g)].map((m) =>
      m[0] === '<toc>'
        ? 'arrangement'
        : m[0] === '<docTitle>'
          ? 'title'
          : m[0] === '<longTitle>'
            ? 'longTitle'
            : m[0].startsWith('<formula')
              ? 'formula'
              : 'part1'
    );
    return {md, word, html: html.slice(0, 5), akn};
  }

  it("prints the front matter in the profile's house style, the same in Markdown, Word (with page breaks), HTML and AKN", () => {
    const westminster = buildAndExport('westminster-ag');
    const order = ['arrangement', 'title', 'longTitle', 'formula', 'part1'];
    const w = frontOrder(westminster);
    expect(w.md).toEqual(order);
    expect(w.html).toEqual(order);
    expect(w.akn).toEqual(order);
    // The arrangement on its own page(s); the title page; Part 1 on a new page.
    expect(w.word).toEqual(['arrangement', 'title|', 'longTitle', 'formula', 'part1|']);
    expect(westminster.html).toMatch(/<h1 class="page-break">/);
    expectSchemaValid(westminster.akn);

    const nz = buildAndExport('nz');
    const n = frontOrder(nz);
    const nzOrder = ['title', 'longTitle', 'arrangement', 'formula', 'part1'];
    expect(n.md).toEqual(nzOrder);
    expect(n.html).toEqual(nzOrder);
    expect(n.akn).toEqual(nzOrder);
    // Title page; the Contents on their own page(s); the enacting formula at the head of Part 1's page.
    expect(n.word).toEqual(['title', 'longTitle', 'arrangement|', 'formula|', 'part1']);
    expect(nz.markdown).toContain('\n## Contents\n');
    expect(nz.akn).toContain('<FRBRcountry value="nz"/>');
    expect(nz.html).toContain('<html lang="en-NZ">');
    expect(nz.styles).toContain('<w:lang w:val="en-NZ"/>');
    expectSchemaValid(nz.akn);
  });

  it('titles a Bill for introduction "… Bill 2027" in every format, and an Act as passed "… Act 2027" (AKN <act>)', () => {
    const bill = buildAndExport('generic');
    expect(bill.markdown).toContain('\n# Cluster Munitions Bill 2027\n');
    expect(bill.markdown).toContain('This Act is the Cluster Munitions Act 2027.');
    expect(bill.html).toContain('<title>Cluster Munitions Bill 2027</title>');
    expect(bill.html).toContain('<h1 class="page-break">Cluster Munitions Bill 2027</h1>');
    expect(bill.paragraphs.find((p) => p.style === 'BillTitle')?.text).toBe('Cluster Munitions Bill 2027');
    expect(bill.header).toContain('Cluster Munitions Bill 2027');
    expect(bill.core).toContain('<dc:title>Cluster Munitions Bill 2027</dc:title>');
    expect(bill.styles).toContain('<w:lang w:val="en-GB"/>');
    expect(bill.akn).toContain('<FRBRname value="Cluster Munitions Bill 2027"/>');
    expect(bill.akn).toMatch(/<bill name="bill">/);

    const act = buildAndExport('generic', '  act.kind: act\n');
    expect(act.markdown).toContain('\n# Cluster Munitions Act 2027\n');
    expect(act.markdown).toMatch(/\nAn Act to give effect/);
    expect(act.html).toContain('<title>Cluster Munitions Act 2027</title>');
    expect(act.header).toContain('Cluster Munitions Act 2027');
    expect(act.akn).toMatch(/<act name="act">/);
    expect(act.akn).toContain('<FRBRuri value="/akn/xe/act/2027/cluster-munitions"/>');
    expectSchemaValid(act.akn);
  });

  it('takes --country as an ISO 3166-1 code, and refuses anything else (exit 2, nothing written)', () => {
    const dir = copyFixture();
    const ok = ccm(['export', 'draft-bill.md', '--to', 'akn', '--out', 'ws.akn', '--date', '2027-03-01', '--country', 'ws'], {cwd: dir});
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'ws.akn'), 'utf8')).toContain('<FRBRcountry value="ws"/>');
    for (const bad of ['generic', 'NZ', 'nz" x="y']) {
      const run = ccm(['export', 'draft-bill.md', '--to', 'akn', '--out', 'bad.akn', '--date', '2027-03-01', '--country', bad], {cwd: dir});
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain('expected an ISO 3166-1 alpha-2 code in lower case');
      expect(existsSync(path.join(dir, 'bad.akn'))).toBe(false);
    }
    // Without a build record there is no profile to ask: the placeholder, with a warning.
    const bare = tempDir('ccm-bare-');
    cpSync(path.join(dir, 'draft-bill.md'), path.join(bare, 'draft-bill.md'));
    const run = ccm(['export', 'draft-bill.md', '--to', 'akn', '--out', 'x.akn', '--date', '2027-03-01'], {cwd: bare});
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('the Akoma Ntoso identifiers use the placeholder `xx` [no-country]');
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
        // Westminster house style: the arrangement alone on page 1, the title page next, Part 1 on page 3.
        const pages = text.stdout.split('\f');
        expect(pages[0]).toMatch(/Arrangement of sections/);
        expect(pages[0]).not.toMatch(/BE IT ENACTED/);
        expect(pages[1]).toMatch(/Cluster Munitions Bill 2027[\s\S]*BE IT ENACTED/);
        expect(pages[2]).toMatch(/^\s*Cluster Munitions Bill 2027\s+Part 1\s*\n\s*Preliminary/);
        expect(text.stdout).toMatch(/Arrangement of sections/);
        expect(text.stdout).toMatch(/Part 2\s*\n\s*Prohibited conduct and offences/);
        expect(text.stdout).toMatch(/\(2\)\s+However, cluster munition does not include:/);
      }
    },
    180_000
  );
});
