/** How references are worded and joined, as a drafter would write them. */
import {describe, expect, it} from 'vitest';
import {joinReferences, wordReference} from '../src/assemble/cross-references.js';
import {labelFor} from '../src/assemble/number.js';
import type {ClauseNumber} from '../src/assemble/context.js';

const provision = (path: string[], level: ClauseNumber['level'], sectionId = 's-9'): ClauseNumber => ({
  kind: 'provision',
  number: '9',
  path,
  level,
  sectionId,
  citation: `section 9${path.map((p) => `(${p})`).join('')}`
});

describe('wordReference', () => {
  const table: Array<[ClauseNumber, {sectionId?: string; path: string[]}, boolean, string]> = [
    [provision(['2'], 'subsection'), {sectionId: 's-9', path: ['3']}, false, 'subsection (2)'],
    [provision(['2', 'b'], 'paragraph'), {sectionId: 's-9', path: ['2', 'a']}, false, 'paragraph (b)'],
    [provision(['2', 'b'], 'paragraph'), {sectionId: 's-9', path: ['3']}, false, 'subsection (2)(b)'],
    [provision(['2', 'b', 'ii'], 'subparagraph'), {sectionId: 's-9', path: ['2', 'b', 'i']}, false, 'subparagraph (ii)'],
    [provision(['2', 'b', 'ii'], 'subparagraph'), {sectionId: 's-9', path: ['1']}, false, 'subsection (2)(b)(ii)'],
    [provision(['a'], 'paragraph'), {sectionId: 's-9', path: []}, false, 'paragraph (a)'],
    [provision(['2', 'b'], 'paragraph'), {sectionId: 's-10', path: ['1']}, false, 'section 9(2)(b)'],
    [provision(['2'], 'subsection'), {sectionId: 's-9', path: ['3']}, true, 'section 9(2)'],
    [{kind: 'part', number: '2', path: [], citation: 'Part 2'}, {path: []}, false, 'Part 2'],
    [{kind: 'section', number: '9', path: [], sectionId: 's-9', citation: 'section 9'}, {sectionId: 's-9', path: []}, false, 'section 9']
  ];
  for (const [target, from, full, expected] of table) it(expected, () => expect(wordReference(target, from, full)).toBe(expected));
});

describe('joinReferences', () => {
  const table: Array<[string[], string, string]> = [
    [['section 4'], 'and', 'section 4'],
    [['section 4', 'section 5'], 'and', 'sections 4 and 5'],
    [['section 4', 'section 5', 'section 7'], 'or', 'section 4, 5 or 7'],
    [['subsection (1)', 'subsection (2)'], 'or', 'subsection (1) or (2)'],
    [['subsection (1)', 'subsection (2)'], 'and', 'subsections (1) and (2)'],
    [['section 9(1)(a)', 'section 9(1)(b)'], 'or', 'section 9(1)(a) or (b)'],
    [['section 9(1)', 'section 10'], 'and', 'sections 9(1) and 10'],
    [['section 10', 'subsection (2)'], 'or', 'section 10 or subsection (2)'],
    [['Part 1', 'Part 2'], 'and', 'Parts 1 and 2']
  ];
  for (const [worded, join, expected] of table) it(expected, () => expect(joinReferences(worded, join)).toBe(expected));
});

describe('labelFor', () => {
  it('counts each level in its own style', () => {
    expect([0, 1, 25, 26, 27].map((i) => labelFor(2, i))).toEqual(['a', 'b', 'z', 'aa', 'ab']);
    expect([0, 3, 8, 13].map((i) => labelFor(3, i))).toEqual(['i', 'iv', 'ix', 'xiv']);
    expect([0, 9].map((i) => labelFor(1, i))).toEqual(['1', '10']);
    expect(labelFor(4, 2)).toBe('C');
  });
});
