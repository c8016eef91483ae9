/**
 * `ccm-draft workshop <folder>` end to end, as the participants' README runs
 * it: `workshop init` writes six answers files, each participant runs the
 * wizard on theirs, two edit their draft by hand, and the built CLI runs the
 * room. Checked: a line per participant and a summary; every output; every
 * matrix cell is that participant's own gap report; the feedback sheets say
 * only what the participant's files support; Word files are well-formed;
 * re-runs reuse and are byte-identical; one bad file fails one participant;
 * files changed by hand in out/ are never replaced without --force.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import {beforeAll, describe, expect, it} from 'vitest';
import {flatView} from '../src/act/view.js';
import {readText} from '../src/read/index.js';
import {MATRIX_LEGEND} from '../src/compare/matrix.js';
import type {DraftGapReport} from '../src/gap/draft.js';
import {sha256} from '../src/workshop/manifest.js';
import {ccm, tempDir} from './helpers/cli.js';
import {blocksOf, editFile, expectSheetTruth, handEdit, makeRoom, parseCsv, ROOM} from './helpers/workshop.js';

const today = '2027-06-01';
const ids = ROOM.map((r) => r.state.toLowerCase());
const hasXmllint = spawnSync('xmllint', ['--version'], {encoding: 'utf8'}).status === 0;

let room: string;
let first: ReturnType<typeof ccm>;

/** Every file under a folder, by relative path, with its hash. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = sha256(readFileSync(file));
  }
  return out;
}

const read = (...parts: string[]) => readFileSync(path.join(room, 'out', ...parts), 'utf8');
const gapOf = (id: string) => JSON.parse(read(id, 'gap-report.json')) as DraftGapReport;

beforeAll(async () => {
  room = path.join(tempDir('ccm-workshop-'), 'room');
  await makeRoom(room, today);
  handEdit(room);
  first = ccm(['workshop', room, '--today', today]);
}, 180_000);

describe('ccm-draft workshop: a room of six from the README', () => {
  it('runs end to end: a line per participant, then the summary; exit 0', () => {
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.split('\n');
    ids.forEach((id, i) => {
      const status = id === 'elbonia' || id === 'freedonia' ? 'edited' : 'built ';
      expect(lines[i]).toMatch(new RegExp(`^\\[${i + 1}/6\\] ${status}  ${id}\\.yaml: ${ROOM[i]!.state}: `));
    });
    expect(lines[4]).toContain('elbonia/draft-bill.md read as it is, edited by hand: s 16 edited, s 21A added');
    expect(lines[5]).toContain(
      'freedonia/draft-bill.md read as it is, edited by hand: s 10 edited, s 14 (Stockpiling by foreign States) deleted'
    );
    expect(first.stdout).toContain('Workshop: 6 participants: 4 built, 0 reused, 2 hand-edited drafts read as they are, 0 failed.');
    // The wizard's backups of the answers files are expected in the folder, not reported.
    expect(first.stdout).not.toContain('.bak');
  });

  it("writes each participant's bill, record, note, gap report and feedback sheet, and the room's matrix", () => {
    for (const id of ids)
      for (const name of [
        'draft-bill.md',
        'draft-bill.build.json',
        'explanatory-note.md',
        'gap-report.md',
        'gap-report.json',
        'feedback.html',
        'feedback.docx',
        'participant.json'
      ])
        expect(existsSync(path.join(room, 'out', id, name)), `${id}/${name}`).toBe(true);
    for (const name of ['matrix.html', 'matrix.md', 'matrix.csv', 'workshop.json'])
      expect(existsSync(path.join(room, 'out', name))).toBe(true);
    // A hand-edited draft is the participant's own, byte for byte, with the record it was built with.
    for (const id of ['elbonia', 'freedonia']) {
      expect(read(id, 'draft-bill.md')).toBe(readFileSync(path.join(room, id, 'draft-bill.md'), 'utf8'));
      expect(read(id, 'draft-bill.build.json')).toBe(readFileSync(path.join(room, id, 'draft-bill.build.json'), 'utf8'));
      expect(read(id, 'explanatory-note.md')).toMatch(/^> \*\*Read with the hand edits\.\*\*/);
      expect(read(id, 'gap-report.md')).toMatch(/^> \*\*A draft edited by hand\.\*\* `[a-z]+\/draft-bill\.md` was changed by hand/);
    }
    // A built draft's files are what `build` writes from the same answers.
    expect(read('aland', 'draft-bill.md')).toContain('BE IT ENACTED by the Parliament of Aland');
    expect(read('aland', 'draft-bill.md')).not.toMatch(/Examplia|Stockland|Valdoria/);
  });

  it("every matrix cell agrees with that participant's own gap report", () => {
    const rows = parseCsv(read('matrix.csv'));
    const header = rows[0]!;
    for (const id of ids) {
      const gap = gapOf(id);
      const state = ROOM.find((r) => r.state.toLowerCase() === id)!.state;
      const column = header.indexOf(state);
      expect(column, state).toBeGreaterThan(3);
      const expected = new Map<string, string>([
        ...gap.strength.map((c) => [`component:${c.id}`, MATRIX_LEGEND[c.rating].label] as const),
        ...gap.checklist.map((r) => [`item:${r.id}`, MATRIX_LEGEND[r.status].label] as const)
      ]);
      const cells = rows.slice(1).filter((r) => r[0] === 'component' || r[0] === 'item');
      expect(cells).toHaveLength(expected.size);
      for (const row of cells) expect(row[column], `${state} ${row[0]}:${row[1]}`).toBe(expected.get(`${row[0]}:${row[1]}`));
    }
  });

  it('rates the components a hand edit touched from the text as it is, in the gap report, the matrix and the sheet', () => {
    const gap = gapOf('freedonia');
    const row = (id: string) => gap.strength.find((c) => c.id === id)!;
    expect(row('transfer')).toMatchObject({rating: 'partial'});
    expect(row('transfer').reason).toMatch(/^Edited by hand after the build \(s 10 edited\); the gap analysis of the text as it is: /);
    expect(row('foreign_stockpiling').rating).toBe('partial');
    expect(gapOf('elbonia').strength.find((c) => c.id === 'penal_sanctions')!.rating).not.toBe('strong');
    const csv = parseCsv(read('matrix.csv'));
    const edited = csv[0]!.indexOf('Freedonia edited by hand');
    expect(csv.find((r) => r[1] === 'transfer')![edited]).toBe('yes');
    expect(read('matrix.html')).toContain('✎ cells rated from the edited text');
    const sheet = blocksOf(read('freedonia', 'feedback.html')).join('\n');
    expect(sheet).toContain('s 14 Stockpiling by foreign States: deleted by hand');
    expect(sheet).toMatch(
      /s 10 Offences relating to cluster munitions: edited by hand.*The 2 changes: “transfers” changed to “sells or exports”; “to anyone” taken out\./
    );
    expect(sheet).toMatch(/Transfer: strong as built, partial in the edited text/);
    // Elbonia's fine-only edit: whole words and sums, and every deletion (", or to both").
    const elbonia = blocksOf(read('elbonia', 'feedback.html')).join('\n');
    expect(elbonia).toMatch(
      /“imprisonment for a term not exceeding \d+ years, or to” taken out; “\$[\d,]+, or to both” changed to|“imprisonment for a term not exceeding \d+ years, or to” taken out; “, or to both” taken out/
    );
    // The participant's draft no longer has s 14, and the sheet never says it does.
    expect(flatView(readText(read('freedonia', 'draft-bill.md'), 'f.md')).sections.map((s) => s.number)).not.toContain('14');
  });

  it('cites in the gap report and the matrix only sections the edited draft has; a deleted section is never "in the draft"', () => {
    for (const id of ['elbonia', 'freedonia']) {
      const numbers = new Set(flatView(readText(read(id, 'draft-bill.md'), 'd.md')).sections.map((s) => s.number));
      const gap = gapOf(id);
      const cited = [
        ...gap.checklist.flatMap((r) => r.sections),
        ...gap.convention.flatMap((r) => r.sections),
        ...gap.strength.flatMap((r) => r.sections)
      ];
      for (const c of cited) {
        const n = /^s ([0-9]+[A-Z]*)/.exec(c)?.[1];
        if (n) expect(numbers.has(n), `${id}: ${c}`).toBe(true);
      }
    }
    // Freedonia deleted s 14 (Stockpiling by foreign States): the item it served is open, citing nothing.
    const freedonia = gapOf('freedonia');
    const item = freedonia.checklist.find((r) => r.id === 'foreign-stockpiling')!;
    expect(item).toMatchObject({status: 'open', sections: []});
    expect(item.detail).toContain('s 14 deleted by hand');
    expect(read('freedonia', 'gap-report.md')).not.toMatch(/\| in the draft \| s 14 \|/);
    // The matrix: the item cell says open; the component rated from the edited text links what that rating cites.
    const csv = parseCsv(read('matrix.csv'));
    const col = csv[0]!.indexOf('Freedonia');
    expect(csv.find((r) => r[0] === 'item' && r[1] === 'foreign-stockpiling')![col]).toBe('open');
    const component = freedonia.strength.find((c) => c.id === 'foreign_stockpiling')!;
    expect(component.sections.length).toBeGreaterThan(0);
    const links = csv.find((r) => r[0] === 'component' && r[1] === 'foreign_stockpiling')![col + 1]!;
    expect(links.split('; ').map((l) => l.replace(/ <.*>$/, ''))).toEqual(component.sections);
  });

  it("says in each feedback sheet only what the participant's bill, record and gap report support", () => {
    for (const r of ROOM) expectSheetTruth(path.join(room, 'out'), r.state.toLowerCase(), r.state);
  });

  it.skipIf(!hasXmllint)(
    hasXmllint ? 'writes well-formed Word files' : 'writes well-formed Word files (SKIPPED: xmllint not found)',
    () => {
      for (const id of ids) {
        const files = unzipSync(new Uint8Array(readFileSync(path.join(room, 'out', id, 'feedback.docx'))));
        expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']));
        for (const [name, data] of Object.entries(files)) {
          if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
          const check = spawnSync('xmllint', ['--noout', '-'], {input: Buffer.from(data), encoding: 'utf8'});
          expect(check.status, `${id} ${name}: ${check.stderr}`).toBe(0);
        }
        expect(strFromU8(files['word/document.xml']!)).toContain(`Feedback: ${ROOM.find((r) => r.state.toLowerCase() === id)!.state}`);
      }
    }
  );

  it('a second run reuses every participant and writes the same bytes; the same room elsewhere gives the same bytes', () => {
    const before = snapshot(path.join(room, 'out'));
    const copy = path.join(tempDir('ccm-workshop-copy-'), 'room');
    cpSync(room, copy, {recursive: true});
    rmSync(path.join(copy, 'out'), {recursive: true});
    const again = ccm(['workshop', room, '--today', today]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Workshop: 6 participants: 0 built, 6 reused, 0 hand-edited drafts read as they are, 0 failed.');
    const after = snapshot(path.join(room, 'out'));
    const {'workshop.json': _a, ...beforeFiles} = before;
    const {'workshop.json': _b, ...afterFiles} = after;
    expect(afterFiles).toEqual(beforeFiles);
    // Elsewhere, and prepared by worker threads (as on a machine with cores to spare): the same bytes.
    const elsewhere = ccm(['workshop', copy, '--today', today], {env: {CCM_WORKSHOP_THREADS: '2'}});
    expect(elsewhere.code, elsewhere.stderr).toBe(0);
    expect(elsewhere.stdout.split('\n').slice(0, 6)).toEqual(first.stdout.split('\n').slice(0, 6));
    expect(snapshot(path.join(copy, 'out'))).toEqual(before);
    const reusedByThreads = ccm(['workshop', copy, '--today', today], {env: {CCM_WORKSHOP_THREADS: '2'}});
    expect(reusedByThreads.stdout).toContain('0 built, 6 reused');
    // Threads the workshop chooses itself start once the first participant, prepared here, had to be built;
    // a room with nothing to build stays in this thread. Either way: the same bytes.
    const chosen = path.join(tempDir('ccm-workshop-chosen-'), 'room');
    cpSync(room, chosen, {recursive: true});
    rmSync(path.join(chosen, 'out'), {recursive: true});
    const spare = {CCM_WORKSHOP_SPARE_CORES: '2'};
    const built = ccm(['workshop', chosen, '--today', today], {env: spare});
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout.split('\n').slice(0, 6)).toEqual(first.stdout.split('\n').slice(0, 6));
    expect(snapshot(path.join(chosen, 'out'))).toEqual(before);
    const reusedChosen = ccm(['workshop', chosen, '--today', today], {env: spare});
    expect(reusedChosen.stdout).toContain('0 built, 6 reused');
    expect(ccm(['workshop', chosen, '--today', today], {env: {CCM_WORKSHOP_SPARE_CORES: 'many'}}).code).toBe(2);
  }, 90_000);

  it('rebuilds only the participant whose answers changed', () => {
    editFile(path.join(room, 'aland.yaml'), (t) => t.replace(/prison_years: 10\b/, 'prison_years: 12'));
    const run = ccm(['workshop', room, '--today', today]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\[1\/6\] built {3}aland\.yaml/m);
    expect(run.stdout).toContain('1 built, 5 reused');
    expect(read('aland', 'draft-bill.md')).toContain('not exceeding 12 years');
  }, 60_000);

  it("one participant's bad file fails that participant only, with file:line:col; exit 1", () => {
    const file = path.join(room, 'dorvia.yaml');
    const good = readFileSync(file, 'utf8');
    editFile(file, (t) => t.replace(/^schema: 1$/m, 'schema: 1\n\tjurisdiction: generic'));
    try {
      const run = ccm(['workshop', room, '--today', today]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/dorvia\.yaml:\d+:\d+: /);
      expect(run.stdout).toMatch(/^\[4\/6\] FAILED {2}dorvia\.yaml: /m);
      expect(run.stdout).toContain('5 reused');
      expect(run.stdout).toContain('1 failed');
      expect(run.stdout).toMatch(/ {2}failed: dorvia\.yaml: /);
      const header = parseCsv(read('matrix.csv'))[0]!;
      expect(header).not.toContain('Dorvia');
      expect(header).toContain('Elbonia');
    } finally {
      writeFileSync(file, good);
    }
  }, 60_000);

  it('never replaces a file in out/ changed by hand without --force, and keeps that participant in the matrix', () => {
    const sheet = path.join(room, 'out', 'borduria', 'feedback.html');
    writeFileSync(sheet, `${readFileSync(sheet, 'utf8')}<!-- trainer's note -->`);
    // A trainer's note alone: Borduria stays in the matrix with its outputs as they are, and the note stays; exit 0.
    const noted = ccm(['workshop', room, '--today', today]);
    expect(noted.code, noted.stderr).toBe(0);
    expect(noted.stderr).toMatch(
      /borduria[/\\]feedback\.html: warning: Not replaced: changed after the workshop wrote it; the workshop replaces it only with `--force`/
    );
    expect(noted.stdout).toMatch(
      /kept +borduria\.yaml: Borduria: feedback\.html in out\/borduria\/ was changed after the workshop wrote it \(a trainer's note\?\), so it was left as it is/
    );
    expect(noted.stdout).toContain('1 kept as they were');
    expect(parseCsv(read('matrix.csv'))[0]).toContain('Borduria');
    expect(readFileSync(sheet, 'utf8')).toContain("trainer's note");
    // The note, and then Borduria's answers changed: its folder is still not replaced; the matrix keeps its last result, flagged; exit 1.
    editFile(path.join(room, 'borduria.yaml'), (t) => t.replace(/prison_years: (\d+)/, (_, n: string) => `prison_years: ${Number(n) + 1}`));
    const refused = ccm(['workshop', room, '--today', today]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/the matrix shows this participant's last result, from before their files changed/);
    expect(parseCsv(read('matrix.csv'))[0]).toContain('Borduria (last run)');
    expect(readFileSync(sheet, 'utf8')).toContain("trainer's note");
    const forced = ccm(['workshop', room, '--today', today, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(sheet, 'utf8')).not.toContain("trainer's note");
  }, 60_000);

  it('refuses a folder that is missing or holds no answers files (exit 2), and flags for other forms', () => {
    const missing = ccm(['workshop', path.join(room, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot find folder, expected a workshop folder of answers files');
    const empty = tempDir('ccm-workshop-empty-');
    mkdirSync(path.join(empty, 'notes'));
    const none = ccm(['workshop', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Unexpected folder without answers files');
    const wrong = ccm(['workshop', room, '--seed', '3']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--seed does not apply to `workshop <folder>`, only to `workshop exercises`');
  });
});

describe('ccm-draft workshop: files that are not what they seem', () => {
  it('a pipe or a device named like an answers file fails that participant without waiting; the others are built', () => {
    const dir = path.join(tempDir('ccm-workshop-odd-'), 'room');
    expect(ccm(['workshop', 'init', dir, '--states', 'Aland,Borduria']).code).toBe(0);
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]).status).toBe(0);
    spawnSync('ln', ['-s', '/dev/zero', path.join(dir, 'zero.yaml')]);
    const run = ccm(['workshop', dir, '--today', today]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pipe\.yaml: Unexpected named pipe \(FIFO\), expected a regular file \[not-a-file\]/);
    expect(run.stderr).toMatch(/zero\.yaml: Unexpected device file, expected a regular file \[not-a-file\]/);
    expect(run.stdout).toContain('Workshop: 4 participants: 2 built, 0 reused, 0 hand-edited drafts read as they are, 2 failed.');
    expect(existsSync(path.join(dir, 'out', 'aland', 'feedback.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'out', 'pipe'))).toBe(false);
  }, 60_000);

  it('reads a draft whose title or Schedule alone was edited by hand as edited, never dropping the edit', () => {
    const dir = path.join(tempDir('ccm-workshop-front-'), 'room');
    expect(ccm(['workshop', 'init', dir, '--states', 'Aland,Borduria']).code).toBe(0);
    expect(ccm(['build', '--answers', 'aland.yaml', '--out', 'aland'], {cwd: dir}).code).toBe(0);
    expect(ccm(['build', '--answers', 'borduria.yaml', '--out', 'borduria'], {cwd: dir}).code).toBe(0);
    editFile(path.join(dir, 'aland', 'draft-bill.md'), (t) =>
      t.replace('A Bill for an Act to give effect', 'A Bill for an Act to implement and give effect')
    );
    editFile(path.join(dir, 'borduria', 'draft-bill.md'), (t) =>
      t.replace('The text of the Convention is not reproduced.', 'The text of the Convention follows.')
    );
    const run = ccm(['workshop', dir, '--today', today]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('aland/draft-bill.md read as it is, edited by hand: the front matter edited');
    expect(run.stdout).toContain('borduria/draft-bill.md read as it is, edited by hand: the Schedule edited');
    expect(readFileSync(path.join(dir, 'out', 'aland', 'draft-bill.md'), 'utf8')).toContain('to implement and give effect');
    const sheet = blocksOf(readFileSync(path.join(dir, 'out', 'aland', 'feedback.html'), 'utf8')).join('\n');
    expect(sheet).toContain(
      'The front matter (title, long title or enacting formula): edited by hand. The change: “implement and” put in.'
    );
    expectSheetTruth(path.join(dir, 'out'), 'aland', 'Aland');
    expectSheetTruth(path.join(dir, 'out'), 'borduria', 'Borduria');
  }, 60_000);
});
