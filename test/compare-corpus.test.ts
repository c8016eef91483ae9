/**
 * Comparing national Acts with the full model pairs the sections counsel
 * would pair (offences with offences, exceptions with exceptions or
 * retention, regulations with regulations …): the figure is printed and
 * must reach 85%. Expected pairs are in test/corpus/<state>/expected.json.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {flatView} from '../src/act/view.js';
import {fullModelBase} from '../src/app/model-base.js';
import type {LoadedAct} from '../src/compare/read.js';
import {compareActs} from '../src/compare/compare.js';
import {meaningForModelBase} from '../src/compare/meaning.js';
import {readAct} from '../src/read/index.js';

const root = path.join(import.meta.dirname, 'corpus');
const acts = readdirSync(root, {withFileTypes: true})
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const cwd = path.join(import.meta.dirname, '..');

describe('compare with the full model pairs what counsel would pair', () => {
  let base: LoadedAct;
  beforeAll(async () => {
    base = await fullModelBase({cwd, today: new Date('2027-01-01')});
  }, 60_000);

  it('pairs at least 85% of the expected pairs across the corpus', async () => {
    let expected = 0;
    let made = 0;
    const missed: string[] = [];
    for (const name of acts) {
      const spec = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as {
        file: string;
        pairs: Record<string, string[]>;
      };
      const file = path.join(root, name, spec.file);
      const bill = await readAct(readFileSync(file, 'utf8'), file);
      const other = flatView(bill);
      const meaning = meaningForModelBase(base.act, other, base.provenance!);
      const result = compareActs(base.act, other, {baseProvenance: base.provenance, meaning});
      for (const [number, headings] of Object.entries(spec.pairs)) {
        expected++;
        const rows = result.changes.filter((c) => c.other.some((r) => r.kind === 'section' && r.number === number));
        const paired = rows.some((c) => c.base.some((b) => headings.some((h) => b.heading.startsWith(h))));
        if (paired) made++;
        else
          missed.push(
            `${name} s ${number} → ${headings.join(' | ')} (got ${rows.flatMap((c) => c.base.map((b) => b.heading)).join(' + ') || 'nothing'})`
          );
      }
    }
    console.log(`compare corpus: ${made}/${expected} expected pairs made (${((100 * made) / expected).toFixed(1)}%)`);
    if (missed.length) console.log(`missed:\n  ${missed.join('\n  ')}`);
    expect(made / expected).toBeGreaterThanOrEqual(0.85);
  });
});
