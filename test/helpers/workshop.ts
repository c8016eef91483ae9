/**
 * A workshop room as the participants' README describes it: `workshop init`
 * writes one answers file per State; each participant runs the wizard on
 * their file (`wizard --answers <name>.yaml --out <name>`, here with a
 * scripted prompter answering like one of the examples); two of them edit
 * their draft by hand.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect} from 'vitest';
import {flatView} from '../../src/act/view.js';
import {readText} from '../../src/read/index.js';
import {runWizard} from '../../src/app/wizard.js';
import type {BuildRecord} from '../../src/bill/record.js';
import type {DraftGapReport} from '../../src/gap/draft.js';
import {formatDate} from '../../src/model/params.js';
import {initWorkshop} from '../../src/app/workshop-init.js';
import {type ExampleAnswers, oracle, readExample, testIo} from '../fixtures/wizard/helpers.js';
import {scriptedPrompter} from './scripted-prompter.js';

/** The six States of the room, each answering like an example (with a twist or two). */
export const ROOM = [
  {state: 'Aland', example: 'generic-small-state', params: {}},
  {state: 'Borduria', example: 'stockpiling-state', params: {}},
  {state: 'Carpathia', example: 'affected-coalition-state', params: {}},
  {state: 'Dorvia', example: 'generic-small-state', params: {'investment.scope': 'public-money', 'penalty.individual.prison_years': 4}},
  {state: 'Elbonia', example: 'stockpiling-state', params: {}},
  {state: 'Freedonia', example: 'generic-small-state', params: {}}
] as const;

/** The names a State's answers must keep as `workshop init` gave them (the examples name their own placeholder States). */
const NAMES = /^(country\.name|police\.name|armed_forces\.name|enacting\.formula|authority\.name)$/;

/** The example's answers, for a participant of another State. */
function exampleFor(name: string, params: Record<string, unknown>): ExampleAnswers {
  const example = readExample(name);
  const kept = Object.fromEntries(Object.entries(example.params).filter(([k]) => !NAMES.test(k)));
  return {...example, params: {...kept, ...params}};
}

/** Write a room: init, then the wizard for each participant. Returns the folder. */
export async function makeRoom(folder: string, today = '2027-06-01'): Promise<string> {
  await initWorkshop({folder, cwd: path.dirname(folder), states: ROOM.map((r) => r.state)});
  for (const p of ROOM) {
    const id = p.state.toLowerCase();
    const io = testIo(folder);
    const prompter = scriptedPrompter([], oracle(exampleFor(p.example, p.params)));
    const code = await runWizard({io, prompter, answers: `${id}.yaml`, out: id, today});
    if (code !== 0) throw new Error(`wizard for ${id} exited ${code}: ${io.stderr.text}`);
  }
  return folder;
}

/** Edit a file in place; throws when the text to change is not there (so a test cannot edit nothing). */
export function editFile(file: string, edit: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`editFile: nothing changed in ${file}`);
  writeFileSync(file, after);
}

/** The two hand edits of the room: Elbonia fines only and a section added; Freedonia's transfer narrowed and foreign stockpiling deleted. */
export function handEdit(folder: string): void {
  editFile(path.join(folder, 'elbonia', 'draft-bill.md'), (text) =>
    text
      .replace(
        /liable on conviction to imprisonment for a term not exceeding \d+ years, or to (a fine not exceeding .+?), or to both\./,
        'liable on conviction to $1.'
      )
      .replace(
        /\n## Part 4 /,
        '\n### 21A Training of officials\n\nThe Minister must ensure that customs and police officers are trained to recognise cluster munitions.\n\n## Part 4 '
      )
  );
  editFile(path.join(folder, 'freedonia', 'draft-bill.md'), (text) => {
    const start = text.indexOf('### 14 Stockpiling by foreign States');
    const end = text.indexOf('### 15 ');
    if (start === -1 || end === -1) return text;
    const edited = (text.slice(0, start) + text.slice(end)).replace(
      '(iii) transfers a cluster munition to anyone.',
      '(iii) sells or exports a cluster munition.'
    );
    // The edit must take: a model change that renamed the words would otherwise pass unnoticed.
    if (!edited.includes('(iii) sells or exports a cluster munition.'))
      throw new Error('workshop fixture: the transfer paragraph was not found');
    return edited;
  });
}

/** A tiny RFC 4180 reader for the matrix CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

/** The text of a page's paragraphs, list items and headings (tags dropped, the entities hast writes decoded). */
export function blocksOf(html: string): string[] {
  // One pass over the entities, so a value that reads "&amp;" stays as typed.
  const named: Record<string, string> = {lt: '<', gt: '>', quot: '"', amp: '&'};
  const decode = (t: string) =>
    t
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|quot|amp);/gi, (_, e: string) =>
        e.startsWith('#x') || e.startsWith('#X')
          ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
          : e.startsWith('#')
            ? String.fromCodePoint(Number(e.slice(1)))
            : named[e.toLowerCase()]!
      );
  return [...html.matchAll(/<(p|li|h1|h2|h3)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2]!));
}

/**
 * One truth: a participant's feedback sheet says only what their own files
 * in `out/<id>/` support (the bill as it is, its build record, its gap report).
 */
export function expectSheetTruth(out: string, id: string, state: string): void {
  const read = (name: string) => readFileSync(path.join(out, id, name), 'utf8');
  const gap = JSON.parse(read('gap-report.json')) as DraftGapReport;
  const record = JSON.parse(read('draft-bill.build.json')) as BuildRecord;
  const draft = flatView(readText(read('draft-bill.md'), `${id}.md`));
  const numbers = new Set(draft.sections.map((s) => s.number));
  // A section deleted by hand may be named, as deleted.
  const manifest = JSON.parse(read('participant.json')) as {handEdits: string[]};
  for (const edit of manifest.handEdits) if (/^s \S+ .* deleted$/.test(edit)) numbers.add(/^s (\S+)/.exec(edit)![1]!);
  const blocks = blocksOf(read('feedback.html'));
  expect(blocks[0]).toBe(`Feedback: ${state}`);
  // What the draft does strongly: exactly the components the gap report rates strong from a decision.
  const strong = blocks[blocks.indexOf('What the draft does strongly') + 1]!;
  for (const c of gap.strength) {
    const listed = strong.split('; ').some((part) => part.startsWith(`${c.title} (`) || part === `${c.title}.` || part === c.title);
    expect(listed, `${id}: ${c.title} listed as strong`).toBe(c.rating === 'strong' && !c.open);
  }
  // Weaker than the model: each component rated below strong, with the report's rating, reason, articles and precedent.
  for (const c of gap.strength.filter((x) => x.rating !== 'strong' && x.rating !== 'not-applicable')) {
    const item = blocks.find((b) => b.startsWith(`${c.title}: ${c.rating}`));
    expect(item, `${id}: ${c.title} is weaker`).toBeDefined();
    expect(item).toContain(c.reason.replace(/\.$/, '').replace(/`/g, ''));
    for (const a of c.articles) expect(item).toContain(a);
    expect(item).toContain(c.precedent);
  }
  // … and nothing else is said to be weaker.
  const from = blocks.indexOf('Weaker than the model, and why it matters');
  const to = blocks.indexOf('Open questions');
  for (const item of blocks.slice(from + 1, to).filter((b) => !b.startsWith('Nothing')))
    expect(
      gap.strength.some((c) => c.rating !== 'strong' && c.rating !== 'not-applicable' && item.startsWith(`${c.title}: ${c.rating}`)),
      `${id}: ${item.slice(0, 80)}`
    ).toBe(true);
  // Deadlines: the gap report's, in the bill's date format.
  for (const d of gap.deadlines)
    expect(blocks.some((b) => b.startsWith(`${d.title} (Art ${d.article}): ${formatDate(d.date, record.locale.dateFormat)}`))).toBe(true);
  // Every section the sheet cites is in the draft as it is, or is one it says was deleted by hand.
  for (const block of blocks)
    for (const m of block.matchAll(/\bs (\d+[A-Z]*)\b/g)) expect(numbers.has(m[1]!), `${id} cites s ${m[1]} in: ${block}`).toBe(true);
  // Open questions: the gap report's, each one.
  const text = blocks.join('\n');
  for (const q of gap.openQuestions.filter((x) => x.kind !== 'value')) expect(text).toContain(q.title.replace(/\?$/, ''));
  // The hand edits the sheet explains are the ones the workshop recorded.
  for (const edit of manifest.handEdits) {
    // The heading in brackets may hold brackets itself ("Act binds (1)"): strip from the first " (" to the last ")".
    const label = edit.replace(/ (edited|added|deleted)$/, '').replace(/ \(.*\)$/s, '');
    expect(text, `${id}: ${edit}`).toMatch(
      new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\n]*: (edited|deleted|added) by hand`, 'i')
    );
  }
}
