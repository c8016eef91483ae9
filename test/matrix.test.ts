/**
 * Workshop matrix: goldens for Markdown, HTML, CSV and JSON (validated
 * against schemas/matrix.schema.json), provenance-driven item cells, links,
 * and the command in-process.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
import {describe, expect, it} from 'vitest';
import {tempDir} from './helpers/cli.js';
import {loadChecklist} from '../src/checklist/load.js';
import {main} from '../src/cli/main.js';
import {buildMatrix, headingSlug, matrixFromFiles} from '../src/compare/matrix.js';
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
    // The draft's column is named by its State (from its build record); the Acts by their files.
    expect(m.columns.map((c) => c.label)).toEqual(['nz-style', 'uk-style', 'Republic of Stockland']);
    expect(m.columns.map((c) => c.rated)).toEqual(['analysis', 'analysis', 'gap-report']);
    expect(m.rows.filter((r) => r.kind === 'component')).toHaveLength(22);
    expect(m.rows.every((r) => r.cells.length === 3)).toBe(true);
    const investment = m.rows.find((r) => r.kind === 'item' && r.id === 'investment')!;
    expect(investment.cells[2]).toMatchObject({value: 'in-draft', source: 'gap-report'});
    expect(investment.cells[2]!.refs[0]!.href).toBe('test/fixtures/compare/draft/edited/draft-bill.md#12-investment-in-cluster-munitions');
    const foreign = m.rows.find((r) => r.kind === 'item' && r.id === 'foreign-stockpiling')!;
    expect(foreign.cells[2]).toMatchObject({value: 'existing-law', refs: []});
    const use = m.rows.find((r) => r.id === 'use')!;
    expect(use.cells[0]).toMatchObject({value: 'strong', source: 'analysis'});
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
    expect(lines[0]).toBe(
      'kind,id,title,group,nz-style,nz-style sections,nz-style edited by hand,uk-style,uk-style sections,uk-style edited by hand,Republic of Stockland,Republic of Stockland sections,Republic of Stockland edited by hand,strongest,weakest'
    );
    const width = lines[0]!.split(',').length;
    for (const line of lines) expect(line.replace(/"[^"]*"/g, 'x').split(',').length).toBe(width);
    expect(lines.find((l) => l.startsWith('component,develop_produce_acquire,'))).toMatch(
      /^component,develop_produce_acquire,"Development, production, other acquisition",/
    );
  });

  it('slugs headings like GitHub', () => {
    expect(headingSlug('12 Investment in cluster munitions')).toBe('12-investment-in-cluster-munitions');
    expect(headingSlug('8 Exceptions to offences in section 7(1)')).toBe('8-exceptions-to-offences-in-section-71');
  });
});

describe('matrix for a room', () => {
  it('lists each group once and in order; rows follow their group', async () => {
    const m = await matrix();
    const order = (kind: 'component' | 'item') => m.rows.filter((r) => r.kind === kind).map((r) => r.group);
    for (const kind of ['component', 'item'] as const) {
      const seen = order(kind).filter((g, i, all) => all.indexOf(g) === i);
      expect(seen).toEqual(m.groups.filter((g) => g.kind === kind).map((g) => g.id));
      // Contiguous: a group never comes back after another.
      expect(order(kind).join(' ')).toBe(
        seen
          .map((g) =>
            order(kind)
              .filter((x) => x === g)
              .join(' ')
          )
          .join(' ')
      );
    }
    const md = renderMatrixMarkdown(m);
    for (const g of m.groups) expect(md.split('\n').filter((l) => l === `### ${g.title}`)).toHaveLength(1);
  });

  it('keeps "not applicable", "absent", "decided against" and "open" apart, each with its own style and legend entry', async () => {
    const m = await matrix();
    const html = renderMatrixHtml(m);
    const style = (v: string) => new RegExp(`\\.v-${v}[,{][^}]*`).exec(html)?.[0];
    const styles = ['absent', 'not-applicable', 'decided-against', 'open'].map(style);
    expect(styles.every(Boolean)).toBe(true);
    expect(new Set(styles.map((s) => s!.slice(s!.indexOf('{'))))).toHaveProperty('size', 4);
    // The draft's State holds stocks but has no contamination: clearance does not apply to it, and is not a failure.
    const clearance = m.rows.find((r) => r.kind === 'component' && r.id === 'clearance')!;
    expect(clearance.cells[2]!.value).toBe('not-applicable');
    expect(clearance.cells[2]!.mark).toBeNull();
    expect(renderMatrixMarkdown(m)).toMatch(/- – \*\*not applicable\*\*: does not arise for the State/);
  });

  it('marks the strongest and weakest text per component, and scores each text', async () => {
    const m = await matrix();
    const transit = m.rows.find((r) => r.kind === 'component' && r.id === 'transit')!;
    expect(transit.cells.map((c) => c.value)).toEqual(['absent', 'absent', 'strong']);
    expect(transit.cells.map((c) => c.mark)).toEqual(['weakest', 'weakest', 'strongest']);
    const use = m.rows.find((r) => r.id === 'use')!;
    expect(use.cells.map((c) => c.mark)).toEqual([null, null, null]); // all strong: nobody is weakest
    for (const c of m.columns) {
      expect(c.score.max).toBe(3 * (22 - c.score.counts['not-applicable']));
      expect(c.score.percent).toBe(Math.round((100 * c.score.points) / c.score.max));
    }
  });

  it("flags hand edits and still shows the draft's own rating", async () => {
    const m = await matrix();
    const draft = m.columns[2]!;
    expect(draft.handEdits.length).toBeGreaterThan(0);
    const edited = m.rows.filter((r) => r.cells[2]!.handEdited);
    expect(edited.length).toBeGreaterThan(0);
    expect(renderMatrixHtml(m)).toContain('hand edit');
  });

  it('is the same bytes for the same inputs', async () => {
    const [a, b] = [await matrix(), await matrix()];
    expect(renderMatrixHtml(a)).toBe(renderMatrixHtml(b));
    expect(renderMatrixCsv(a)).toBe(renderMatrixCsv(b));
    expect(renderMatrixMarkdown(a)).toBe(renderMatrixMarkdown(b));
  });

  it('prints on A4 landscape with the headers repeated on each page', async () => {
    const html = renderMatrixHtml(await matrix());
    expect(html).toContain('@page{size:A4 landscape');
    expect(html).toContain('thead{display:table-header-group}');
  });

  it('names columns as the caller says (a workshop passes participants) through matrixFromFiles', async () => {
    const {matrix: m} = await matrixFromFiles([{path: files[0]!, name: 'Aotearoa'}, files[2]!], {cwd: root});
    expect(m.columns.map((c) => c.label)).toEqual(['Aotearoa', 'Republic of Stockland']);
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
    const dir = tempDir('ccm-matrix-');
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
    const dir = tempDir('ccm-matrix-');
    writeFileSync(path.join(dir, 'empty.md'), '');
    io = memoryIo(dir);
    expect(await main(['matrix', 'empty.md'], io)).toBe(2);
    expect(io.err).toBe('empty.md: Unexpected empty file [empty-file]\n');
  });
});
