/**
 * Comparing national Acts with the full model pairs the sections counsel
 * would pair (offences with offences, exceptions with exceptions or
 * retention, regulations with regulations …): the figure is printed and
 * must reach 85%, on the corpus the tool was built against and on the
 * adviser's held-out Acts. Expected pairs are in each `expected.json`.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {flatView} from '../src/act/view.js';
import {fullModelBase} from '../src/app/model-base.js';
import type {LoadedAct} from '../src/compare/read.js';
import {compareActs} from '../src/compare/compare.js';
import {meaningForModelBase} from '../src/compare/meaning.js';
import {readAct} from '../src/read/index.js';
import {type CorpusAct, corpusActs} from './helpers/corpus.js';

const cwd = path.join(import.meta.dirname, '..');

describe('compare with the full model pairs what counsel would pair', () => {
  let base: LoadedAct;
  beforeAll(async () => {
    base = await fullModelBase({cwd, today: new Date('2027-01-01')});
  }, 60_000);

  /**
   * `any`: the corpus lists the headings counsel would accept for a section (one pair of them is counted);
   * `each`: the adviser lists every section counsel would pair it with ("Short title and commencement" pairs with both).
   */
  async function pairing(label: string, acts: readonly CorpusAct[], count: 'any' | 'each'): Promise<number> {
    let expected = 0;
    let made = 0;
    const missed: string[] = [];
    for (const act of acts) {
      const bill = await readAct(readFileSync(act.file), act.file);
      const other = flatView(bill);
      const meaning = meaningForModelBase(base.act, other, base.provenance!);
      const result = compareActs(base.act, other, {baseProvenance: base.provenance, meaning});
      for (const [number, headings] of Object.entries(act.expected.pairs)) {
        const rows = result.changes.filter((c) => c.other.some((r) => r.kind === 'section' && r.number === number));
        const got = rows.flatMap((c) => c.base.map((b) => b.heading));
        for (const wanted of count === 'each' ? headings.map((h) => [h]) : [headings]) {
          expected++;
          if (got.some((g) => wanted.some((h) => g.startsWith(h)))) made++;
          else missed.push(`${act.name} s ${number} → ${wanted.join(' | ')} (got ${got.join(' + ') || 'nothing'})`);
        }
      }
    }
    console.log(`${label}: ${made}/${expected} pairs counsel would make are made (${((100 * made) / expected).toFixed(1)}%)`);
    if (missed.length) console.log(`missed:\n  ${missed.join('\n  ')}`);
    return made / expected;
  }

  it('pairs at least 85% of the expected pairs across the corpus', async () => {
    expect(await pairing('compare corpus', corpusActs('corpus', {variants: false}), 'any')).toBeGreaterThanOrEqual(0.85);
  });

  // Each heading counsel names counts: "Short title and commencement" pairs with both the model's sections.
  it('pairs at least 85% of the expected pairs on the held-out Acts', async () => {
    expect(await pairing('compare held-out', corpusActs('corpus-unseen', {variants: false}), 'each')).toBeGreaterThanOrEqual(0.85);
  });
});
