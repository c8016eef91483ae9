import {describe, expect, it} from 'vitest';
import {alignUnits, longestIncreasing} from '../src/compare/align.js';
import {compareActs} from '../src/compare/compare.js';
import {normalizeText} from '../src/compare/normalize.js';
import {sectionTopics, topicAgreement} from '../src/compare/topics.js';
import {printedBody, unitsOf} from '../src/compare/units.js';
import {makeAct, type SectionSpec} from './fixtures/compare/make-act.js';

const base: SectionSpec[] = [
  {number: '1', heading: 'Short title', body: 'This Act is the Cluster Munitions Act 2027.'},
  {
    number: '2',
    heading: 'Commencement',
    body: 'This Act comes into force on the day after the date on which it receives the Royal assent.'
  },
  {
    number: '3',
    heading: 'Interpretation',
    body: '(1) In this Act, unless the context otherwise requires—\n\n"cluster munition" has the meaning given in Article 2(2) of the Convention;\n\n"Convention" means the Convention on Cluster Munitions done at Dublin on 30 May 2008.'
  },
  {number: '4', heading: 'Act binds the State', body: 'This Act binds the State and every department and agency of the Government.'},
  {
    number: '5',
    heading: 'Offences',
    body: '(1) A person must not use a cluster munition.\n\n(2) A person must not develop, produce or otherwise acquire a cluster munition.\n\n(3) A person must not stockpile or retain a cluster munition.\n\n(4) A person must not transfer a cluster munition to anyone, directly or indirectly.'
  },
  {
    number: '6',
    heading: 'Investment',
    body: 'A person must not knowingly provide or invest funds with the intention that the funds be used for the development or production of cluster munitions.'
  },
  {
    number: '7',
    heading: 'Penalties',
    body: 'A person who contravenes section 5 commits an offence and is liable on conviction to imprisonment for a term not exceeding 10 years or a fine not exceeding 100,000 dollars, or both.'
  }
];

function kinds(result: ReturnType<typeof compareActs>): string[] {
  return result.changes
    .filter((c) => c.kind !== 'unchanged')
    .map((c) => `${c.kind}:${c.base.map((r) => r.number).join('+')}:${c.other.map((r) => r.number).join('+')}`);
}

describe('alignment', () => {
  it('reports nothing for identical Acts', () => {
    const a = makeAct('a.md', 'Act', base).act;
    const b = makeAct('b.md', 'Act', base).act;
    const result = compareActs(a, b);
    expect(kinds(result)).toEqual([]);
    expect(result.summary.unchanged).toBe(base.length);
  });

  it('classifies removal, insertion, rewording and renumbering', () => {
    const other = base.filter((s) => s.number !== '6').map((s) => (s.number === '7' ? {...s, number: '6'} : {...s}));
    other.splice(4, 0, {
      number: '4A',
      heading: 'Extraterritorial application',
      body: 'Section 5 applies to conduct outside the State by a citizen or resident of the State.'
    });
    const two = other.find((s) => s.number === '2')!;
    two.body = 'This Act comes into force on a date appointed by the Minister by order in the Gazette.';
    const result = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', other).act);
    expect(kinds(result)).toEqual(['modified:2:2', 'added::4A', 'removed:6:', 'renumbered:7:6']);
    const modified = result.changes.find((c) => c.kind === 'modified')!;
    expect(modified.redline?.some((s) => s.op === 'insert' && s.text.includes('Minister'))).toBe(true);
  });

  it('detects a move by LIS and keeps the rest in place', () => {
    const other = [...base];
    const [moved] = other.splice(1, 1);
    other.splice(5, 0, moved!);
    const result = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', other).act);
    expect(kinds(result)).toEqual(['moved:2:2']);
  });

  it('detects a split and a merge', () => {
    const five = base[4]!;
    const split = [
      ...base.slice(0, 4),
      {
        number: '5',
        heading: 'Offences',
        body: '(1) A person must not use a cluster munition.\n\n(2) A person must not develop, produce or otherwise acquire a cluster munition.'
      },
      {
        number: '5A',
        heading: 'Offences: stockpiling and transfer',
        body: '(1) A person must not stockpile or retain a cluster munition.\n\n(2) A person must not transfer a cluster munition to anyone, directly or indirectly.'
      },
      ...base.slice(5)
    ];
    const a = makeAct('a.md', 'Act', base).act;
    const b = makeAct('b.md', 'Act', split).act;
    expect(kinds(compareActs(a, b))).toEqual(['split:5:5+5A']);
    // The same pair the other way round is a merge.
    expect(kinds(compareActs(makeAct('b.md', 'Act', split).act, makeAct('a.md', 'Act', base).act))).toEqual(['merged:5+5A:5']);
    expect(five.heading).toBe('Offences');
  });

  it('treats odd Unicode spaces, zero-width characters and decomposed accents as no change', () => {
    const decomposed = base.map((s) => ({...s, body: s.body.replace(/ /g, '\u00a0').replace('Act', 'Act\u200b')}));
    decomposed[0] = {...decomposed[0]!, body: 'Cette loi est la Loi sur les armes à sous-munitions.'.normalize('NFD')};
    const original = [...base];
    original[0] = {...original[0]!, body: 'Cette loi est la Loi sur les armes à sous-munitions.'.normalize('NFC')};
    const result = compareActs(makeAct('a.md', 'Act', original).act, makeAct('b.md', 'Act', decomposed).act);
    expect(kinds(result)).toEqual([]);
    expect(normalizeText('a\u00a0\u2003b\u200b')).toBe('a b');
  });

  it('pairs right-to-left text by content', () => {
    const arabic: SectionSpec[] = [
      {number: '1', heading: 'الاسم المختصر', body: 'يسمى هذا القانون قانون الذخائر العنقودية لسنة 2027 ويعمل به من تاريخ نشره.'},
      {
        number: '2',
        heading: 'التعاريف',
        body: 'في هذا القانون تكون للكلمات والعبارات التالية المعاني المخصصة لها أدناه ما لم تدل القرينة على غير ذلك.'
      }
    ];
    const changed = [arabic[1]!, {...arabic[0]!, body: arabic[0]!.body.replace('2027', '2028')}];
    const result = compareActs(makeAct('a.md', 'قانون', arabic).act, makeAct('b.md', 'قانون', changed).act);
    expect(kinds(result)).toEqual(['modified:1:1']);
    expect(result.changes.find((c) => c.kind === 'modified')!.moved).toBe(true);
  });

  it('orders removed sections where they were', () => {
    const other = base.filter((s) => s.number !== '3');
    const result = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', other).act);
    expect(result.changes.map((c) => (c.kind === 'removed' ? `-${c.base[0]!.number}` : c.other[0]!.number))).toEqual([
      '1',
      '2',
      '-3',
      '4',
      '5',
      '6',
      '7'
    ]);
  });

  it('never pairs two different clause ids', () => {
    const a = makeAct('a.md', 'Act', base).act;
    const b = makeAct('b.md', 'Act', base).act;
    a.sections[0]!.clauseId = 's-short-title';
    b.sections[0]!.clauseId = 's-other';
    const groups = alignUnits(unitsOf(a), unitsOf(b));
    expect(groups.filter((g) => g.kind === 'added' || g.kind === 'removed')).toHaveLength(2);
  });
});

describe('longestIncreasing', () => {
  it('finds one longest increasing subsequence', () => {
    expect([...longestIncreasing([3, 0, 1, 2, 4])].sort()).toEqual([1, 2, 3, 4]);
    expect([...longestIncreasing([1, 2, 3, 4, 0])].sort()).toEqual([0, 1, 2, 3]);
    expect(longestIncreasing([]).size).toBe(0);
  });
});

describe('printedBody', () => {
  it('drops the heading line, or only the number when body text follows it', () => {
    expect(printedBody('### 6 Offences\n\n(1) A person…\n', '6', 'Offences')).toBe('(1) A person…');
    expect(printedBody('2.—(1) In this Act—\n\n(a) one;', '2', '')).toBe('(1) In this Act—\n\n(a) one;');
    expect(printedBody('**6.**\n\nText.', '6', '')).toBe('Text.');
  });
});

describe('sections of two different Acts', () => {
  it('pairs sections whose headings say the same thing when their texts are related, and leaves unrelated ones apart', () => {
    const theirs: SectionSpec[] = [
      {number: '1', heading: 'Title', body: 'This Act may be cited as the Cluster Munitions Prohibition Act 2012.'},
      {number: '2', heading: 'Binding the Crown', body: 'This Act binds the Crown in right of the State.'},
      {
        number: '3',
        heading: 'Fisheries licences',
        body: 'A licence to fish in the exclusive economic zone may be granted by the Director of Fisheries.'
      }
    ];
    const result = compareActs(makeAct('a.md', 'Act', base).act, makeAct('b.md', 'Act', theirs).act);
    const pairs = result.changes.filter((c) => c.kind === 'modified').map((c) => `${c.base[0]!.heading} ~ ${c.other[0]!.heading}`);
    expect(pairs).toContain('Short title ~ Title');
    expect(result.changes.some((c) => c.kind === 'added' && c.other[0]!.heading === 'Fisheries licences')).toBe(true);
  });
});

describe('topics of a definitions section', () => {
  it('a section defining cluster munitions is also the meaning of cluster munition; one defining other words is not', () => {
    const defines = sectionTopics('Interpretation', {
      text: 'In this Act— "cluster munition" means a conventional munition that is designed to disperse or release explosive submunitions;',
      definitions: true
    });
    const officer = sectionTopics('Meaning of "officer"', {
      text: 'In this Act, "officer" means a police officer or a customs officer.',
      definitions: true
    });
    const model = sectionTopics('Meaning of cluster munition');
    expect([...defines].sort()).toEqual(['interpretation', 'meaning-cm']);
    expect([...officer]).toEqual(['interpretation']);
    expect(topicAgreement(defines, model)).toBe(1);
    expect(topicAgreement(officer, model)).toBe(0);
  });
});
