/**
 * normaliseForMatch (src/gap/words.ts) skips Unicode decomposition for text
 * of ASCII, dashes, curly quotes and the section sign. That must give what
 * the decomposing path gives, for any text made of those characters and
 * others (accents, combining marks, ligatures, no-break spaces).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normaliseForMatch} from '../src/gap/words.js';

/** The decomposing path, always taken. */
const decomposing = (text: string): string =>
  ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

const pieces = [
  ...'aZ09 \t\n.,;:()[]\'"-/',
  '\u2013',
  '\u2014',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u00a7',
  'é',
  'e\u0301',
  'ﬁ',
  '\u00a0',
  'Ö',
  '’s',
  "'s",
  'Person',
  'munitions'
];

describe('normaliseForMatch', () => {
  it('gives what decomposition gives, with and without characters it skips it for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
        const text = parts.join('');
        expect(normaliseForMatch(text)).toBe(decomposing(text));
      }),
      {numRuns: 2000}
    );
  });

  it('reads dashes and quotes as punctuation and accents as letters', () => {
    expect(normaliseForMatch('A person—who “uses” the State’s munitions')).toBe(' a person who uses the states munitions ');
    expect(normaliseForMatch('Défense—armée')).toBe(' defense armee ');
  });
});
