/**
 * Workshop matrix: goldens for Markdown, HTML, CSV and JSON (validated
 * against schemas/matrix.schema.json), provenance-driven item cells, links,
 * and the command in-process.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Ajv} from 'ajv';
import {describe, expect, it} from 'vitest';
import {loadChecklist} from '../src/checklist/load.js';
import {main} from '../src/cli/main.js';
import {buildMatrix, headingSlug} from '../src/compare/matrix.js';
import {loadAct} from '../src/compare/read.js';
import {renderMatrixCsv, renderMatrixHtml, renderMatrixJson, renderMatrixMarkdown} from '../src/compare/render-matrix.js';
import {defaultChecklistPath} from '../src/paths.js';
import {memoryIo} from './helpers/io.js';

const root = path.resolve(import.meta.dirname, '..');
const files = ['test/fixtures/matrix/nz-style.md', 'test/fixtures/matrix/uk-style.md', 'test/fixtures/compare/draft/edited/draft-bill.md'];

async function matrix() {
  const loaded = await Promise.all(files.map((f) => loadAct(f, {cwd: root})));
  return buildMatrix(
    loaded.map((l) => ({act: l.act, provenance: l.provenance})),
    await loadChecklist(defaultChecklistPath),
    {cwd: root}
  );
}

describe('matrix', () => {
  it('has a row per component and checklist item, a cell per text', async () => {
    const m = await matrix();
    expect(m.columns.map((c) => c.label)).toEqual(['nz-style', 'uk-style', 'draft-bill']);
    expect(m.rows.filter((r) => r.kind === 'component')).toHaveLength(22);
    expect(m.rows.every((r) => r.cells.length === 3)).toBe(true);
    const investment = m.rows.find((r) => r.kind === 'item' && r.id === 'investment')!;
    expect(investment.cells[2]).toMatchObject({value: 'act', source: 'provenance'});
    expect(investment.cells[2]!.refs[0]!.href).toBe('test/fixtures/compare/draft/edited/draft-bill.md#12-investment-in-cluster-munitions');
    const foreign = m.rows.find((r) => r.kind === 'item' && r.id === 'foreign-stockpiling')!;
    expect(foreign.cells[2]).toMatchObject({value: 'existing-law', refs: []});
    const use = m.rows.find((r) => r.id === 'use')!;
    expect(use.cells[0]).toMatchObject({value: 'strong', source: 'gap'});
    expect(use.cells[0]!.refs[0]!.citation).toBe('s 7(1)(a)');
  });

  it('Markdown, HTML, CSV and JSON goldens; JSON validates', async () => {
    const m = await matrix();
    await expect(renderMatrixMarkdown(m)).toMatchFileSnapshot('fixtures/matrix/golden/matrix.md');
    const html = renderMatrixHtml(m);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|url\(|https?:\/\//i);
    await expect(html).toMatchFileSnapshot('fixtures/matrix/golden/matrix.html');
    await expect(renderMatrixCsv(m)).toMatchFileSnapshot('fixtures/matrix/golden/matrix.csv');
    const json = renderMatrixJson(m);
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/matrix.schema.json'), 'utf8'));
    const validate = new Ajv({strict: true}).compile(schema);
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
    await expect(json).toMatchFileSnapshot('fixtures/matrix/golden/matrix.json');
  });

  it('CSV is rectangular and quotes commas', async () => {
    const csv = renderMatrixCsv(await matrix());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('kind,id,title,group,nz-style,nz-style sections,uk-style,uk-style sections,draft-bill,draft-bill sections');
    expect(lines.find((l) => l.startsWith('component,develop_produce_acquire,'))).toMatch(
      /^component,develop_produce_acquire,"Development, production, other acquisition",/
    );
  });

  it('slugs headings like GitHub', () => {
    expect(headingSlug('12 Investment in cluster munitions')).toBe('12-investment-in-cluster-munitions');
    expect(headingSlug('8 Exceptions to offences in section 7(1)')).toBe('8-exceptions-to-offences-in-section-71');
  });
});

describe('ccm-draft matrix (in-process)', () => {
  it('prints each format; links are relative to --out', async () => {
    for (const [format, start] of [
      ['md', '# Workshop matrix'],
      ['html', '<!doctype html>'],
      ['csv', 'kind,id,'],
      ['json', '{']
    ] as const) {
      const io = memoryIo(root);
      expect(await main(['matrix', ...files.slice(0, 2), '--format', format], io), io.err).toBe(0);
      expect(io.out.startsWith(start)).toBe(true);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'ccm-matrix-'));
    const out = path.join(dir, 'sub', 'matrix.md');
    expect(await main(['matrix', files[0]!, '--out', out], memoryIo(root))).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`](${path.relative(path.dirname(out), path.join(root, files[0]!))}#7-offences-relating-to-cluster-munitions)`);
    writeFileSync(out, 'mine');
    const io = memoryIo(root);
    expect(await main(['matrix', files[0]!, '--out', out], io)).toBe(2);
    expect(io.err).toContain('Refusing to overwrite');
  });

  it('bad usage and bad input: exit 2 with a clear message', async () => {
    let io = memoryIo(root);
    expect(await main(['matrix'], io)).toBe(2);
    expect(io.err).toContain('missing the Acts or drafts to tabulate');
    io = memoryIo(root);
    expect(await main(['matrix', files[0]!, '--format', 'pdf'], io)).toBe(2);
    const dir = mkdtempSync(path.join(tmpdir(), 'ccm-matrix-'));
    writeFileSync(path.join(dir, 'empty.md'), '');
    io = memoryIo(dir);
    expect(await main(['matrix', 'empty.md'], io)).toBe(2);
    expect(io.err).toBe('empty.md: Unexpected empty file [empty-file]\n');
  });
});
