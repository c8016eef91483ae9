/**
 * The matrix of bills as the tool printed them (`printed`: sections found by
 * their headings, as the build fingerprinted them, the text not read) is
 * the matrix of the same bills read (`act`): every column, position,
 * citation, link and cell. On the examples, on a room like the workshop
 * bench's (30 States answering like the examples), and on random answers;
 * a text whose headings are not its record's is read instead.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {flatView} from '../src/act/view.js';
import {serializeAnswers} from '../src/answers/file.js';
import {type BuildResult, buildFromAnswers} from '../src/app/build.js';
import {initWorkshop} from '../src/app/workshop-init.js';
import {loadChecklist} from '../src/checklist/load.js';
import {buildMatrix, type MatrixInput} from '../src/compare/matrix.js';
import {renderMatrixCsv, renderMatrixHtml, renderMatrixMarkdown} from '../src/compare/render-matrix.js';
import {defaultChecklistPath} from '../src/paths.js';
import {readText} from '../src/read/index.js';
import {root, tempDir} from './helpers/cli.js';
import {HOSTILE} from './helpers/hostile.js';
import {answersArbitrary} from './helpers/random-answers.js';

const today = new Date('2027-06-01T00:00:00Z');
const checklist = await loadChecklist(defaultChecklistPath);
const examples = ['generic-small-state', 'stockpiling-state', 'affected-coalition-state'];

interface Column {
  id: string;
  markdown: string;
  built: BuildResult;
}

/** The matrix of the columns both ways, and its three renderings. */
function bothWays(columns: readonly Column[], out: string) {
  const base = (c: Column): Omit<MatrixInput, 'act'> => ({record: c.built.draft.record, name: c.id, report: c.built.gap});
  const file = (c: Column) => `${c.id}/draft-bill.md`;
  const read = buildMatrix(
    columns.map((c) => ({...base(c), act: flatView(readText(c.markdown, file(c)))})),
    checklist,
    {cwd: out, linkBase: out}
  );
  const printed = buildMatrix(
    columns.map((c) => ({...base(c), printed: {path: file(c), markdown: c.markdown}})),
    checklist,
    {cwd: out, linkBase: out}
  );
  return {read, printed};
}

function expectSame(columns: readonly Column[], out: string): void {
  const {read, printed} = bothWays(columns, out);
  expect(printed).toEqual(read);
  expect(renderMatrixHtml(printed)).toBe(renderMatrixHtml(read));
  expect(renderMatrixMarkdown(printed)).toBe(renderMatrixMarkdown(read));
  expect(renderMatrixCsv(printed)).toBe(renderMatrixCsv(read));
}

async function built(id: string, answers: string, cwd: string): Promise<Column> {
  const result = await buildFromAnswers({answers, cwd, today, out: id});
  return {id, markdown: result.draft.markdown, built: result};
}

describe('the matrix of printed bills, not read', () => {
  it('is the matrix of the same bills read: the examples', async () => {
    const columns = await Promise.all(examples.map((e) => built(e, path.join('examples', `${e}.yaml`), root)));
    // Sections are cited: the comparison is not of empty cells.
    const {read} = bothWays(columns, root);
    expect(read.rows.flatMap((r) => r.cells.flatMap((c) => c.refs)).length).toBeGreaterThan(100);
    expectSame(columns, root);
  }, 60_000);

  it("is the matrix of the same bills read: a room like the workshop bench's", async () => {
    const room = path.join(tempDir('ccm-matrix-printed-'), 'room');
    const states = Array.from({length: 30}, (_, i) => `State ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`);
    await initWorkshop({folder: room, cwd: path.dirname(room), states});
    const columns: Column[] = [];
    for (const [i, state] of states.entries()) {
      const id = state.toLowerCase().replace(/ /g, '-');
      const file = path.join(room, `${id}.yaml`);
      const mine = readFileSync(file, 'utf8');
      const names = mine.slice(mine.indexOf('params:\n') + 'params:\n'.length);
      const example = readFileSync(path.join(root, 'examples', `${examples[i % 3]}.yaml`), 'utf8')
        .split('\n')
        .filter((l) => !/^ {2}(country\.name|police\.name|armed_forces\.name|enacting\.formula):/.test(l))
        .join('\n');
      writeFileSync(file, example.replace('params:\n', `params:\n${names}`).replace(/^jurisdiction: .*$/m, 'jurisdiction: generic'));
      columns.push(await built(id, `${id}.yaml`, room));
    }
    expectSame(columns, path.join(room, 'out'));
  }, 120_000);

  it('is the matrix of the same bills read: random answers, hostile text in every value', async () => {
    const folder = tempDir('ccm-matrix-printed-random-');
    mkdirSync(folder, {recursive: true});
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(answersArbitrary({text: fc.constantFrom(...HOSTILE), textParams: true}), {minLength: 1, maxLength: 3}),
        async (room) => {
          const columns: Column[] = [];
          for (const answers of room) {
            const {path: _, messages: __, yaml: ___, ...rest} = answers;
            const id = `p${++n}`;
            writeFileSync(path.join(folder, `${id}.yaml`), serializeAnswers(rest));
            columns.push(await built(id, `${id}.yaml`, folder));
          }
          expectSame(columns, path.join(folder, 'out'));
        }
      ),
      {numRuns: 10, endOnFailure: true}
    );
  }, 180_000);

  it('reads a text whose headings are not its record’s (a section renumbered or deleted by hand)', async () => {
    const column = await built('aland', path.join('examples', 'generic-small-state.yaml'), root);
    const renumbered = column.markdown.replace(/^### 5 /m, '### 5A ');
    const deleted = column.markdown.replace(/^### 6 [^\n]*\n/m, '');
    const cited = (m: ReturnType<typeof bothWays>['read']) => m.rows.flatMap((r) => r.cells[0]!.refs.map((ref) => ref.citation));
    // Renumbered: the text's own number is cited (the record's would be wrong).
    const a = bothWays([{...column, markdown: renumbered}], root);
    expect(cited(a.read)).toContain('s 5A');
    expect(a.printed).toEqual(a.read);
    // Deleted: the matrix says so.
    const b = bothWays([{...column, markdown: deleted}], root);
    expect(b.read.columns[0]!.handEdits.some((e) => e.startsWith('s 6 ') && e.endsWith('deleted'))).toBe(true);
    expect(b.printed).toEqual(b.read);
  }, 60_000);
});
