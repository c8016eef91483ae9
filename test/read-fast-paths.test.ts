/**
 * The reader's fast paths (src/read/lines.ts) must give what the general
 * paths give. compareNumbers compares plain numbers directly and everything
 * else by numberKey: every pair ordered alike (plain, lettered `10A`, dotted
 * `72.38`, leading zeros, numbers that are not section numbers at all).
 * splitLines splits text with only line feeds by indexOf: the same lines.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compareNumbers, compareNumbersByKey, splitLines, splitLinesByPattern} from '../src/read/lines.js';

const digits = fc.stringMatching(/^\d{1,6}$/);
const sectionNumber = fc.oneof(
  digits,
  fc.tuple(digits, fc.stringMatching(/^[A-Z]{0,2}$/)).map(([n, l]) => n + l),
  fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
  fc.string({maxLength: 6})
);

describe('compareNumbers', () => {
  it('orders every pair as the general path does', () => {
    fc.assert(
      fc.property(sectionNumber, sectionNumber, (a, b) => {
        expect(Math.sign(compareNumbers(a, b))).toBe(Math.sign(compareNumbersByKey(a, b)));
      }),
      {numRuns: 5000}
    );
  });

  it('reads numbers as a drafter does', () => {
    expect(compareNumbers('9', '10')).toBeLessThan(0);
    expect(compareNumbers('10', '10A')).toBeLessThan(0);
    expect(compareNumbers('10A', '11')).toBeLessThan(0);
    expect(compareNumbers('007', '7')).toBe(0);
    expect(compareNumbers('72.38', '72.4')).toBeGreaterThan(0);
  });
});

describe('splitLines', () => {
  it('splits text with line feeds only as the general path does', () => {
    const text = fc.array(fc.constantFrom('a', 'b c', '', '\n', '\n\n', ' \t', '(1) x'), {maxLength: 30}).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(splitLines(value)).toEqual(splitLinesByPattern(value));
      }),
      {numRuns: 3000}
    );
  });

  it('leaves any other line ends to the general path', () => {
    expect(splitLines('a\r\nb\rc\n')).toEqual(splitLinesByPattern('a\r\nb\rc\n'));
    expect(splitLines('a\r\nb').map((l) => l.text)).toEqual(['a', 'b']);
  });
});
