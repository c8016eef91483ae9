/**
 * Properties of a workshop run over random rooms: random answers (any
 * profile, any decisions, hostile text in every value the drafter types)
 * and random hand edits (a section deleted, a word changed, a section
 * added). For every participant: the feedback sheet says only what their
 * own files support; each matrix cell is their own gap report's; no value
 * becomes markup in a sheet or the matrix.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {serializeAnswers} from '../src/answers/file.js';
import {buildFromAnswers} from '../src/app/build.js';
import {runWorkshop} from '../src/app/workshop.js';
import {MATRIX_LEGEND} from '../src/compare/matrix.js';
import type {DraftGapReport} from '../src/gap/draft.js';
import {root, tempDir} from './helpers/cli.js';
import {HOSTILE} from './helpers/hostile.js';
import {answersArbitrary} from './helpers/random-answers.js';
import {blocksOf, expectSheetTruth, parseCsv} from './helpers/workshop.js';

const today = new Date('2027-06-01T00:00:00Z');

/** A hand edit of a built draft. */
const editArbitrary = fc.record({kind: fc.constantFrom('none', 'delete', 'word', 'add'), at: fc.nat()});

function applyEdit(markdown: string, edit: {kind: string; at: number}): string {
  const lines = markdown.split('\n');
  const headings = lines.flatMap((l, i) => (/^### \d+[A-Z]* /.test(l) && !/^### 1 /.test(l) ? [i] : []));
  const start = headings[edit.at % headings.length]!;
  let end = lines.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
  if (end === -1) end = lines.length;
  if (edit.kind === 'delete') lines.splice(start, end - start);
  else if (edit.kind === 'word') {
    const body = lines.findIndex((l, i) => i > start && i < end && l.trim() !== '');
    lines[body] = `${lines[body]} Nothing in this section applies to the armed forces.`;
  } else if (edit.kind === 'add')
    lines.splice(
      end,
      0,
      `### ${/^### (\d+)/.exec(lines[start]!)![1]}A Added by hand`,
      '',
      'The Minister may issue guidance on this Act.',
      ''
    );
  return lines.join('\n');
}

describe('workshop properties over random rooms', () => {
  it("every sheet says only what the participant's files support, and every matrix cell is their gap report's", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({answers: answersArbitrary({text: fc.constantFrom(...HOSTILE), textParams: true}), edit: editArbitrary}), {
          minLength: 1,
          maxLength: 3
        }),
        async (participants) => {
          const folder = path.join(tempDir('ccm-room-prop-'), 'room');
          mkdirSync(folder, {recursive: true});
          for (const [i, p] of participants.entries()) {
            const id = `p${i + 1}`;
            const {path: _, messages: __, yaml: ___, ...answers} = p.answers;
            writeFileSync(path.join(folder, `${id}.yaml`), serializeAnswers(answers));
            if (p.edit.kind !== 'none') {
              // The participant ran the wizard (as `build` writes the same files) and edited the draft.
              const built = await buildFromAnswers({answers: `${id}.yaml`, cwd: folder, out: id, today});
              mkdirSync(path.join(folder, id), {recursive: true});
              for (const f of built.files) writeFileSync(f.path, f.contents);
              writeFileSync(path.join(folder, id, 'draft-bill.md'), applyEdit(built.draft.markdown, p.edit));
            }
          }
          const result = await runWorkshop({folder, cwd: root, today});
          expect(result.participants.filter((p) => p.status === 'failed').map((p) => p.errors.map(String))).toEqual([]);
          const out = path.join(folder, 'out');
          const csv = parseCsv(readFileSync(path.join(out, 'matrix.csv'), 'utf8'));
          for (const [i, p] of result.participants.entries()) {
            expectSheetTruth(out, p.id, p.state!);
            const gap = JSON.parse(readFileSync(path.join(out, p.id, 'gap-report.json'), 'utf8')) as DraftGapReport;
            // Column i of the matrix (value, sections, edited by hand per participant) is this participant's.
            const column = 4 + 3 * i;
            for (const row of csv.slice(1).filter((r) => r[0] === 'component'))
              expect(row[column], `${p.id} ${row[1]}`).toBe(MATRIX_LEGEND[gap.strength.find((c) => c.id === row[1])!.rating].label);
            for (const row of csv.slice(1).filter((r) => r[0] === 'item'))
              expect(row[column], `${p.id} ${row[1]}`).toBe(MATRIX_LEGEND[gap.checklist.find((c) => c.id === row[1])!.status].label);
            // No value becomes markup: the sheet has no element the workshop does not write itself.
            const html = readFileSync(path.join(out, p.id, 'feedback.html'), 'utf8');
            const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]));
            expect(
              [...tags].filter(
                (t) => !['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'p', 'ul', 'li', 'strong', 'em', 'code'].includes(t!)
              )
            ).toEqual([]);
            expect(blocksOf(html)[0]).toBe(`Feedback: ${p.state}`);
          }
          const matrix = readFileSync(path.join(out, 'matrix.html'), 'utf8');
          // Values appear as text, or inside quoted attribute values (a cell's note), never as elements or links.
          expect(matrix).not.toMatch(/<a\s[^>]*href="javascript/);
          expect(matrix.replace(/="[^"]*"/g, '=""')).not.toMatch(/<(script|img|iframe)\b/);
        }
      ),
      {numRuns: 8, endOnFailure: true}
    );
  }, 240_000);
});
