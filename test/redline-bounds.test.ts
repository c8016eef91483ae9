/**
 * Redlines are bounded by the size of the work, never by the clock: the same
 * two texts give the same comparison on an idle or a loaded machine, and a
 * pair past the bound is shown whole, with a note that says so.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {compareActs} from '../src/compare/compare.js';
import {afterText, beforeText, boundedRedline, editLimitFor, redlineLimits} from '../src/compare/redline.js';
import {makeAct, type SectionSpec} from './fixtures/compare/make-act.js';

const words = (n: number, word: (i: number) => string) => Array.from({length: n}, (_, i) => word(i)).join(' ');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bounded redlines', () => {
  it('shows a pair within the edit limit word by word, and one past it whole, both faithful to the texts', () => {
    const before = words(300, (i) => `w${i}`);
    const few = words(300, (i) => (i % 50 === 0 ? `x${i}` : `w${i}`));
    const many = words(300, (i) => (i % 2 === 0 ? `x${i}` : `w${i}`));
    const near = boundedRedline(before, few, {maxEdits: 50});
    expect(near.whole).toBe(false);
    expect(near.segments.filter((s) => s.op !== 'equal').length).toBeGreaterThan(2);
    const far = boundedRedline(before, many, {maxEdits: 50});
    expect(far.whole).toBe(true);
    expect(far.segments).toEqual([
      {op: 'delete', text: before},
      {op: 'insert', text: many}
    ]);
    for (const r of [near, far]) {
      expect(beforeText(r.segments)).toBe(before);
      expect(afterText(r.segments)).toBe(r === near ? few : many);
    }
  });

  it('allows fewer edits the longer the texts, and none past the budget', () => {
    expect(editLimitFor(100)).toBe(redlineLimits.maxEdits);
    expect(editLimitFor(1_000_000)).toBe(redlineLimits.pairWork / 1_000_000);
    expect(editLimitFor(1000, 1000)).toBe(0);
    expect(editLimitFor(1000, 1000 + 30 * 30)).toBe(30);
  });

  it('does not depend on the clock, so load cannot change a comparison', () => {
    const base: SectionSpec[] = Array.from({length: 20}, (_, i) => ({
      number: String(i + 1),
      heading: `Heading ${i + 1}`,
      body: words(400, (k) => `w${(k * (i + 3)) % 97}`)
    }));
    const other = base.map((s, i) => ({...s, body: words(400, (k) => (k % (i + 2) === 0 ? `z${k}` : `w${(k * (i + 3)) % 97}`))}));
    const first = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', other).act);
    expect(first.changes.filter((c) => c.kind === 'modified').length).toBeGreaterThan(10);
    // A machine so loaded that an hour passes between two looks at the clock.
    let t = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (t += 3_600_000));
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 3_600_000));
    const loaded = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', other).act);
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(first));
  });

  it('names the sections shown whole once the comparison’s budget is spent', () => {
    const base: SectionSpec[] = [1, 2, 3].map((n) => ({number: String(n), heading: `Heading ${n}`, body: words(60, (k) => `w${k}`)}));
    const other = base.map((s) => ({...s, body: words(60, (k) => (k === 7 ? 'changed' : `w${k}`))}));
    const result = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', other).act, {redlineBudget: 0});
    const modified = result.changes.filter((c) => c.kind === 'modified');
    expect(modified).toHaveLength(3);
    for (const change of modified) expect(change.redline?.map((s) => s.op)).toEqual(['delete', 'insert']);
    expect(result.messages).toEqual([
      expect.objectContaining({
        file: 'b.md',
        ruleId: 'redline-too-large',
        severity: 'warning',
        reason:
          's 1, s 2, s 3: too different or too long to show word by word, so the redline shows the whole text replaced (limits: docs/limits.md)'
      })
    ]);
    const unbounded = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', other).act);
    expect(unbounded.messages).toEqual([]);
    expect(unbounded.changes.find((c) => c.kind === 'modified')?.redline?.map((s) => s.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });
});
