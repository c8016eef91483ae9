/**
 * The room's matrix read as a trainer projects it: ratings that rest on the
 * model's default while the question is open are shown as such and never
 * crowned strongest (review S10); a participant's edited draft is cited as
 * it is, never by a section deleted by hand (S9); the matrix agrees with
 * each participant's gap report on an item decided against (M16).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runWorkshop} from '../src/app/workshop.js';
import {initWorkshop} from '../src/app/workshop-init.js';
import {MATRIX_LEGEND, type Matrix} from '../src/compare/matrix.js';
import type {DraftGapReport} from '../src/gap/draft.js';
import {root, tempDir} from './helpers/cli.js';
import {parseCsv} from './helpers/workshop.js';

const today = new Date('2027-06-01T00:00:00Z');
let folder: string;
const read = (...parts: string[]) => readFileSync(path.join(folder, 'out', ...parts), 'utf8');
const gapOf = (id: string) => JSON.parse(read(id, 'gap-report.json')) as DraftGapReport;

beforeAll(async () => {
  folder = path.join(tempDir('ccm-room-defaults-'), 'room');
  // Dorvia: the answers file as `workshop init` hands it out, untouched (every question open).
  await initWorkshop({folder, cwd: path.dirname(folder), states: ['Aland', 'Dorvia']});
  // Aland: a full answers file, with investment decided against.
  const aland = readFileSync(path.join(root, 'examples', 'generic-small-state.yaml'), 'utf8')
    .replace(/country\.name: .*/, 'country.name: Aland')
    .replace(/investment: \{[^}]*\}/, 'investment: {status: decided-against, reason: "No financial sector."}');
  writeFileSync(path.join(folder, 'aland.yaml'), aland);
  const result = await runWorkshop({folder, cwd: path.dirname(folder), today, threads: 0});
  expect(result.participants.map((p) => p.status)).toEqual(['built', 'built']);
}, 120_000);

describe('the room matrix: decisions and defaults', () => {
  it('marks each rating that rests on the model default while its question is open, and never crowns it strongest', () => {
    const dorvia = gapOf('dorvia');
    const open = dorvia.strength.filter((c) => c.open && c.rating !== 'not-applicable').map((c) => c.id);
    expect(open.length).toBeGreaterThan(3);
    const html = read('matrix.html');
    const md = read('matrix.md');
    expect(md).toContain('† default, still open');
    expect(html).toContain('class="dflt"');
    // The Markdown cells: every open component of Dorvia says "default", and none of them is strongest.
    const lines = md.split('\n');
    for (const id of open) {
      const line = lines.find((l) => l.includes(`(\`${id}\`)`))!;
      const dorviaCell = line.split('|')[3]!;
      expect(dorviaCell, id).toContain('† default, still open');
      expect(dorviaCell, id).not.toContain('strongest');
    }
    // The score says how much of it rests on defaults.
    expect(md).toMatch(new RegExp(`${open.length} † on the model’s defaults, questions still open`));
  });

  it('keeps defaults out of the JSON marks, and counts them in the score', async () => {
    const {buildMatrix} = await import('../src/compare/matrix.js');
    const {loadChecklist} = await import('../src/checklist/load.js');
    const {defaultChecklistPath} = await import('../src/paths.js');
    const {flatView} = await import('../src/act/view.js');
    const {readText} = await import('../src/read/index.js');
    const {parseBuildRecord} = await import('../src/bill/read-record.js');
    const checklist = await loadChecklist(defaultChecklistPath);
    const inputs = await Promise.all(
      ['aland', 'dorvia'].map(async (id) => ({
        act: flatView(readText(read(id, 'draft-bill.md'), `${id}/draft-bill.md`)),
        record: (await parseBuildRecord(read(id, 'draft-bill.build.json'), 'r.json', {source: 't', consequence: 'x'})).record!,
        report: gapOf(id)
      }))
    );
    const matrix: Matrix = buildMatrix(inputs, checklist, {cwd: path.join(folder, 'out')});
    const onDefault = matrix.rows.flatMap((r) => r.cells.filter((c) => c.onDefault));
    expect(onDefault.length).toBe(matrix.columns[1]!.score.onDefaults);
    expect(onDefault.every((c) => c.mark === null)).toBe(true);
    expect(matrix.columns[0]!.score.onDefaults).toBe(0);
  });

  it('agrees with the gap report on an item decided against (investment: absent, with the reason)', () => {
    const aland = gapOf('aland');
    const row = aland.strength.find((c) => c.id === 'investment')!;
    expect(row).toMatchObject({rating: 'absent', itemStatus: 'decided-against'});
    const csv = parseCsv(read('matrix.csv'));
    const column = 4; // aland.yaml comes first
    expect(column).toBeGreaterThan(3);
    expect(csv.find((r) => r[1] === 'investment' && r[0] === 'component')![column]).toBe(MATRIX_LEGEND[row.rating].label);
    expect(read('matrix.html')).toContain('No provision in the draft (decided against: No financial sector).');
  });
});
