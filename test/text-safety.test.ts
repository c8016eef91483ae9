/**
 * findUnsafeCharacter (src/util/text.ts) skips ahead with a regular
 * expression to the first character it might refuse. It must find what the
 * plain loop from the start finds, for any text and options: controls, C1,
 * separators, paired and lone surrogates, line ends in one-line values.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findUnsafeCharacter, scanUnsafe} from '../src/util/text.js';

const pieces = [
  ...'aZ09 .,;()',
  '\t',
  '\n',
  '\r',
  '\0',
  '\x07',
  '\x0b',
  '\x0c',
  '\x1b',
  '\x7f',
  '\x85',
  '\x9f',
  '\xa0',
  'é',
  '\u2019',
  '\u2028',
  '\u2029',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
  '\uffff'
];
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((p) => p.join(''));
const options = fc.record({layout: fc.option(fc.boolean(), {nil: undefined}), newlines: fc.option(fc.boolean(), {nil: undefined})});

describe('findUnsafeCharacter', () => {
  it('finds what the plain loop finds', () => {
    fc.assert(
      fc.property(text, options, (value, opts) => {
        expect(findUnsafeCharacter(value, opts)).toEqual(scanUnsafe(value, opts));
      }),
      {numRuns: 5000}
    );
  });

  it('finds any code unit the loop refuses', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 30}), options, (value, opts) => {
        expect(findUnsafeCharacter(value, opts)).toEqual(scanUnsafe(value, opts));
      }),
      {numRuns: 3000}
    );
  });

  it('names the first refused character', () => {
    expect(findUnsafeCharacter('ab\x1bc')).toEqual({index: 2, codePoint: 0x1b, name: 'U+001B (escape)'});
    expect(findUnsafeCharacter('a\nb', {newlines: false})?.index).toBe(1);
    expect(findUnsafeCharacter('a\nb')).toBeUndefined();
    expect(findUnsafeCharacter('\ud83d\ude00 ok')).toBeUndefined();
  });
});
