/**
 * compareNumbers (src/read/lines.ts) compares plain numbers directly and
 * everything else by numberKey. The direct path must order every pair as the
 * key path does: plain, lettered (`10A`), dotted (`72.38`), leading zeros,
 * and numbers that are not section numbers at all.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compareNumbers, compareNumbersByKey} from '../src/read/lines.js';

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
