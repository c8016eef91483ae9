/**
 * The two corpora of national Acts with counsel's reading: `test/corpus/`
 * (the Acts the tool was built against) and `test/corpus-unseen/` (the
 * adviser's held-out Acts, read by counsel before the tool was run on them:
 * never tuned against). Each folder holds the Act in its own format and
 * `expected.json`.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gapReportForBill} from '../../src/gap/report.js';
import type {ActGapReport} from '../../src/gap/types.js';
import {readAct} from '../../src/read/index.js';

/** Counsel's reading of one Act. */
export interface Expected {
  state: string;
  file: string;
  tradition: string;
  /** Per component: `strong`, `partial`, `weak`, `present` (any of those), `absent` or `cannot-tell`. */
  components: Record<string, string>;
  /** Other ratings counsel accepts for a component ("absent with reduced confidence is acceptable"). */
  acceptable?: Record<string, string[]>;
  /** Section number → headings of the model's sections counsel would pair it with. */
  pairs: Record<string, string[]>;
  /** The same Act in other shapes (the same reading applies). */
  variants?: string[];
}

/** One Act of a corpus, or one of its variants. */
export interface CorpusAct {
  name: string;
  file: string;
  expected: Expected;
}

/** The folders of a corpus (`corpus` or `corpus-unseen`). */
export function corpusRoot(corpus: 'corpus' | 'corpus-unseen'): string {
  return path.join(import.meta.dirname, '..', corpus);
}

/** Every Act of a corpus, each variant as an Act of its own with the same reading. */
export function corpusActs(corpus: 'corpus' | 'corpus-unseen', options: {variants?: boolean} = {}): CorpusAct[] {
  const root = corpusRoot(corpus);
  const out: CorpusAct[] = [];
  for (const name of readdirSync(root, {withFileTypes: true})
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const expected = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expected;
    out.push({name, file: path.join(root, name, expected.file), expected});
    if (options.variants !== false)
      for (const v of expected.variants ?? []) out.push({name: `${name}/${v}`, file: path.join(root, name, v), expected});
  }
  return out;
}

/** The gap report of a corpus Act (or of an edited text of it). */
export async function corpusReport(act: CorpusAct, text?: string): Promise<ActGapReport> {
  const input = text ?? readFileSync(act.file);
  const bill = await readAct(input, path.relative(path.join(import.meta.dirname, '..', '..'), act.file));
  return gapReportForBill(bill, {today: '2027-01-01', modelVersion: '1.0.0'});
}

/** What counsel's reading says of a rating's presence: present, absent or cannot-tell. */
export const presenceOf = (rating: string): string => (rating === 'absent' || rating === 'cannot-tell' ? rating : 'present');

/** Agreement of a corpus with counsel, as the issue measures it. */
export interface Agreement {
  present: [number, number];
  absent: [number, number];
  exact: [number, number];
  cannotTell: [number, number];
  inverted: string[];
  disagreements: string[];
}

/** Measure agreement: text-evidenced components present and absent apart, exact ratings, cannot-tell, inverted ratings. */
export async function agreement(acts: readonly CorpusAct[]): Promise<Agreement> {
  const out: Agreement = {present: [0, 0], absent: [0, 0], exact: [0, 0], cannotTell: [0, 0], inverted: [], disagreements: []};
  for (const act of acts) {
    const r = await corpusReport(act);
    for (const [id, want] of Object.entries(act.expected.components)) {
      const got = r.strength.find((f) => f.id === id)!.rating;
      const accepted = act.expected.acceptable?.[id] ?? [];
      const wantPresence = presenceOf(want === 'present' ? 'strong' : want);
      const ok =
        (wantPresence === presenceOf(got) || accepted.includes(got)) && (want === 'present' || wantPresence !== 'present' || want === got);
      if (wantPresence === 'present') {
        out.present[1]++;
        if (presenceOf(got) === 'present') out.present[0]++;
        if (want !== 'present') {
          out.exact[1]++;
          if (want === got) out.exact[0]++;
        }
      } else if (wantPresence === 'absent') {
        out.absent[1]++;
        if (got === 'absent' || accepted.includes(got)) out.absent[0]++;
      } else {
        out.cannotTell[1]++;
        if (got === 'cannot-tell' || accepted.includes(got)) out.cannotTell[0]++;
      }
      if ((wantPresence === 'absent' && got === 'strong') || (want === 'strong' && got === 'absent'))
        out.inverted.push(`${act.name} ${id}: ${want} → ${got}`);
      if (!ok) out.disagreements.push(`${act.name} ${id}: counsel ${want}, tool ${got}`);
    }
  }
  return out;
}

/** `95.0% (19/20)`. */
export const pct = ([a, b]: [number, number]): string => `${b === 0 ? '–' : ((100 * a) / b).toFixed(1)}% (${a}/${b})`;
