import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {flatView} from '../src/act/view.js';
import {readText} from '../src/read/index.js';

const parseAct = (text: string, path: string) => flatView(readText(text, path));
import type {ActDocument} from '../src/act/types.js';

const fixture = (name: string): ActDocument => {
  const path = `test/fixtures/acts/${name}`;
  return parseAct(readFileSync(path, 'utf8'), path);
};

/** A compact outline for assertions and snapshots. */
const outline = (doc: ActDocument): string[] =>
  doc.sections.map(
    (s) => `${s.number} ${s.heading} | ${s.containers.join(' > ')} | ${s.provisions.map((p) => p.path.join('.')).join(',')}`
  );

describe('parseAct: drafting styles', () => {
  test('New Zealand style: Parts, cross-headings, subsections and paragraphs, schedule', () => {
    const doc = fixture('nz-style.md');
    expect(doc.title).toBe('Cluster Munitions (Prohibition) Act 2026');
    expect(doc.preamble).toBe('An Act to give effect to the Convention on Cluster Munitions.');
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
    const s7 = doc.sections.find((s) => s.number === '7')!;
    expect(s7.heading).toBe('Offences relating to cluster munitions');
    expect(s7.containers).toEqual(['Part 2 Activities related to cluster munitions', 'Offences and exceptions']);
    expect(s7.provisions.map((p) => p.path.join('.'))).toEqual(['1', '1.a', '1.b', '1.c', '1.d', '1.e', '2', '3', '4']);
    expect(s7.provisions[1]!.text).toBe('uses a cluster munition; or');
    expect(s7.raw.startsWith('### 7 Offences')).toBe(true);
    expect(s7.text).toContain('(2) Every person commits an offence who provides or invests funds');
    expect(doc.schedules).toHaveLength(1);
    expect(doc.schedules[0]!.heading).toBe('Convention on Cluster Munitions');
    // Article lines in the schedule are not sections of the Act.
    expect(doc.sections.some((s) => s.heading.startsWith('General obligations'))).toBe(false);
    expect(doc.messages).toEqual([]);
  });

  test('the layout `ccm-draft build` writes: the arrangement block is not read as sections', () => {
    const doc = fixture('build-layout.md');
    expect(outline(doc)).toEqual([
      '1 Short title | Part 1 Preliminary | ',
      '2 Commencement | Part 1 Preliminary | 1,2',
      '3 Prohibited conduct | Part 2 Prohibitions | 1,1.a,1.b,1.c,2,2.a,2.b'
    ]);
    expect(doc.preamble).toBe(
      'A Bill for an Act to implement the Convention on Cluster Munitions. The Parliament of the Republic of Examplia enacts as follows:'
    );
    expect(doc.schedules.map((s) => `${s.number} ${s.heading}`)).toEqual(['1 Convention on Cluster Munitions']);
    expect(doc.messages).toEqual([]);
  });

  test('Criminal Code style subdivision (72.38), indented paragraphs, Penalty lines', () => {
    const doc = fixture('criminal-code.md');
    expect(doc.sections.map((s) => s.number)).toEqual(['72.37', '72.38', '72.39', '72.41', '72.44', '72.45']);
    const s = doc.sections[1]!;
    expect(s.heading).toBe('Offences relating to cluster munitions');
    expect(s.containers).toEqual(['Division 72—Explosives and lethal devices', 'Subdivision C—Cluster munitions and explosive bomblets']);
    expect(s.provisions.map((p) => p.path.join('.'))).toEqual(['1', '1.a', '1.b', '2']);
    expect(s.text).toContain('Penalty: Imprisonment for 10 years.');
    expect(doc.messages).toEqual([]);
  });

  test('Irish style: capitals, contents block, `3.—(1)` sections without headings, two schedules', () => {
    const doc = fixture('irish-style.md');
    expect(doc.title).toBe('CLUSTER MUNITIONS AND LANDMINES ACT 2026');
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(doc.sections[2]!.containers).toEqual(['PART 2 CLUSTER MUNITIONS AND EXPLOSIVE BOMBLETS']);
    expect(doc.sections[2]!.provisions.map((p) => p.path.join('.'))).toEqual(['1', '1.a', '1.b', '1.c', '1.d', '2', '3']);
    expect(doc.sections[6]!.text.startsWith('Where an offence under this Act')).toBe(true);
    expect(doc.schedules.map((s) => `${s.number} ${s.heading}`)).toEqual([
      '1 CONVENTION ON CLUSTER MUNITIONS',
      '2 CONVENTION ON THE PROHIBITION OF ANTI-PERSONNEL MINES'
    ]);
    expect(doc.preamble).toContain('Be it enacted by the Oireachtas as follows:');
    expect(doc.messages).toEqual([]);
  });

  test('plain numbered lines with a plain contents list and a lettered section', () => {
    const doc = fixture('plain-lines.md');
    expect(outline(doc)).toEqual([
      '1 Short title and commencement |  | ',
      '2 Interpretation |  | ',
      '3 Prohibited conduct |  | 1,2',
      '3A Transit through the State |  | ',
      '4 Regulations |  | '
    ]);
    expect(doc.messages).toEqual([]);
  });

  test('Canadian style: only the number is bold, the marginal note is the cross-heading above', () => {
    const doc = fixture('canada-style.md');
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    // `**1** This Act may be cited as …` is a body, not a heading.
    expect(doc.sections[0]!.heading).toBe('');
    expect(doc.sections[0]!.text).toMatch(/^This Act may be cited/);
    expect(doc.sections[2]!.containers).toEqual(['Exclusions']);
    expect(doc.sections[2]!.text).toMatch(/^For greater certainty/);
    expect(doc.sections[8]!.containers).toEqual(['Military Cooperation']);
    expect(doc.sections[8]!.provisions.map((p) => p.path.join('.'))).toEqual(['1', '1.a', '1.b', '1.c', '1.d', '2', '3']);
    expect(doc.messages).toEqual([]);
    // A bold number followed by a heading is still a heading.
    expect(parseAct('# A 2026\n\n**1.** Offences\n\n(1) A person must not use a cluster munition.\n', 'b.md').sections[0]!.heading).toBe(
      'Offences'
    );
  });

  test('converted from Word: contents with page numbers, bold title and Parts, tabs, CRLF, NBSP, `1.` subsections', () => {
    const raw = readFileSync('test/fixtures/acts/word-converted.md', 'utf8');
    for (const text of [raw, raw.replace(/\r\n/g, '\n'), raw.replace(/\r?\n/g, '\r\n')]) {
      const doc = parseAct(text, 'word-converted.md');
      expect(doc.title).toBe('CLUSTER MUNITIONS (PROHIBITION) BILL 2027');
      expect(doc.preamble).toMatch(
        /^A BILL for an Act to give effect in Tuvalia .* BE IT ENACTED by the Parliament of Tuvalia as follows:$/
      );
      expect(outline(doc).slice(0, 4)).toEqual([
        '1 Short title and commencement | PART I – PRELIMINARY | ',
        '2 Interpretation | PART I – PRELIMINARY | ',
        '3 Prohibited conduct | PART II – PROHIBITIONS | 1,1.a,1.b,1.c,1.d,1.e,2',
        '4 Transit and foreign stockpiles | PART II – PROHIBITIONS | 1,2'
      ]);
      expect(doc.sections).toHaveLength(12);
      expect(doc.sections[2]!.provisions[1]!.text).toBe('use a cluster munition;');
      expect(doc.messages).toEqual([]);
    }
  });

  test('Mauritian bill: clauses, explanatory memorandum and arrangement of clauses before the body', () => {
    const doc = fixture('mauritius-style.md');
    expect(doc.title).toBe('THE ANTI-PERSONNEL MINES AND CLUSTER MUNITIONS (PROHIBITION) BILL');
    expect(doc.sections.map((s) => `${s.number} ${s.heading}`).slice(3, 7)).toEqual([
      '4 Prohibited acts',
      '5 Legality of acts',
      '6 Request for information',
      '7 Offences'
    ]);
    expect(doc.messages).toEqual([]);
  });

  test('UK style with schedules: an interoperability schedule stays a schedule', () => {
    const doc = fixture('uk-style.md');
    expect(doc.sections.length).toBeGreaterThan(5);
    expect(doc.schedules.map((s) => s.number)).toEqual(['1', '2']);
    expect(doc.schedules[1]!.heading).toBe('International military operations and activities');
    expect(doc.schedules[1]!.text).toMatch(/express request/);
  });
});

describe('parseAct: what it cannot read', () => {
  test('a section moved out of order is one warning, not one for every section after it', () => {
    const sections = [1, 2, 9, 3, 4, 5, 6, 7, 8, 10].map((n) => `### ${n} Heading ${n}\n\n(1) Text of section ${n}.\n`);
    const doc = parseAct(`# Test Act 2026\n\n${sections.join('\n')}`, 'moved.md');
    // Section 9 is the one out of place (3 follows 2 as it should): the warning is at section 9.
    expect(doc.messages.map((m) => `${m.line}: ${m.reason}`)).toEqual([
      '11: Unexpected section 9 between sections 2 and 3, expected the sections in order'
    ]);
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '9', '3', '4', '5', '6', '7', '8', '10']);
    // A section moved down is the one after which the order breaks.
    const down = [1, 2, 4, 5, 6, 3, 7].map((n) => `### ${n} Heading ${n}\n\n(1) Text of section ${n}.\n`);
    const later = parseAct(`# Test Act 2026\n\n${down.join('\n')}`, 'moved.md');
    expect(later.messages.map((m) => `${m.line}: ${m.reason}`)).toEqual([
      '23: Unexpected section 3 after section 6, expected a number after 6'
    ]);
  });

  test('numbering that starts over is one warning at the restart, saying where the numbers were first used', () => {
    const sections = [1, 2, 3, 1, 2, 3, 4].map((n) => `### ${n} Heading ${n}\n\n(1) Text of section ${n}.\n`);
    const doc = parseAct(`# Test Act 2026\n\n${sections.join('\n')}`, 'restart.md');
    expect(doc.messages.map((m) => `${m.line}: ${m.reason}`)).toEqual([
      '15: Unexpected sections 1, 2 and 3 again (numbering starts over; section 1 first at line 3), expected each section number once'
    ]);
    // Repeated numbers in the middle, not all of them: named as they are, and not a restart.
    const middle = [1, 2, 3, 4, 2, 4, 5].map((n) => `### ${n} Heading ${n}\n\n(1) Text of section ${n}.\n`);
    expect(parseAct(`# Test Act 2026\n\n${middle.join('\n')}`, 'middle.md').messages.map((m) => `${m.line}: ${m.reason}`)).toEqual([
      '19: Unexpected sections 2 and 4 again (section 2 first at line 7), expected each section number once'
    ]);
    expect(doc.messages[0]!.cause).toBeDefined();
    const once = parseAct('# Test Act 2026\n\n### 1 A\n\n(1) X.\n\n### 2 B\n\n(1) X.\n\n### 2 C\n\n(1) X.\n', 'twice.md');
    expect(once.messages.map((m) => `${m.line}: ${m.reason}`)).toEqual([
      '11: Unexpected duplicate section 2 (first at line 7), expected each section number once'
    ]);
  });

  test('lazily read sections give the text and provisions an eager read gives', () => {
    const text = readFileSync('test/fixtures/acts/broken-numbering.md', 'utf8');
    const eager = readText(text, 'a.md');
    const lazy = readText(text, 'a.md', {lazy: true});
    const plain = (bill: typeof eager) => JSON.parse(JSON.stringify({...bill, messages: undefined}));
    expect(plain(lazy)).toEqual(plain(eager));
    // A lazy section's warnings join the list when its body is read, so only the order may differ.
    const said = (bill: typeof eager) => bill.messages.map((m) => `${m.line}:${m.column} ${m.reason}`).sort();
    expect(said(lazy)).toEqual(said(eager));
  });

  test('broken numbering, duplicates, stray text and mixed styles are positioned warnings', () => {
    const doc = fixture('broken-numbering.md');
    expect(doc.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '13:1 section-out-of-order',
      '17:1 duplicate-provision',
      '23:1 text-outside-section',
      '29:1 duplicate-section',
      '33:1 mixed-numbering'
    ]);
    expect(doc.messages.every((m) => m.fatal === false)).toBe(true);
    // 1, 2, 9, 7: section 7 follows 2 in order, so the 9 between them is the one out of place.
    expect(doc.messages[0]!.reason).toBe('Unexpected section 9 between sections 2 and 7, expected the sections in order');
    expect(doc.messages[3]!.cause).toBeDefined();
  });

  test('empty input is fatal', () => {
    const doc = parseAct(' \n\t\r\n', 'empty.md');
    expect(doc.messages).toHaveLength(1);
    expect(doc.messages[0]!.fatal).toBe(true);
    expect(doc.messages[0]!.ruleId).toBe('empty-act');
  });

  test('a document that is not an Act is fatal, positioned at the start', () => {
    const doc = parseAct('# Shopping list\n\n- eggs\n- milk\n\nRemember 2 loaves.\n', 'list.md');
    expect(doc.sections).toEqual([]);
    expect(doc.messages.map((m) => [m.ruleId, m.fatal, m.line])).toEqual([['not-an-act', true, 1]]);
  });

  test('a contents block that never ends is read again as the body', () => {
    const doc = parseAct('# Act 2026\n\n## Contents\n\n### 1 Short title\n\nThis Act is the Act 2026.\n', 'a.md');
    expect(doc.sections.map((s) => s.number)).toEqual(['1']);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['unterminated-contents']);
  });
});

describe('parseAct: odd input', () => {
  test('CRLF, NBSP, bidi marks, combining marks and pandoc escapes', () => {
    const text =
      '# Act\u00A02026\r\n\r\n## Part\u00A01 Général\r\n\r\n### 1\u00A0Short title\r\n\r\n(1)\u00A0Text\u0301 with \u202Bعربي\u202C here.\r\n\r\n6\\. Offences\r\n\r\n(a) uses a cluster munition.\r\n';
    const doc = parseAct(text, 'odd.md');
    expect(doc.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(['1 Short title', '6 Offences']);
    expect(doc.sections[0]!.containers).toEqual(['Part 1 Général']);
    expect(doc.sections[0]!.provisions[0]!.text).toBe('Text\u0301 with عربي here.');
    expect(doc.sections[0]!.raw.endsWith('here.')).toBe(true);
    expect(doc.sections[1]!.start.line).toBe(9);
  });

  test('line and paragraph separators inside headings (U+2028, U+2029) keep them headings', () => {
    const doc = parseAct(
      '# X Act 2027\n\n## Part 1 Pre\u2028liminary\n\n### 1 Short\u2029title\n\nThis Act is X.\n\n## Schedule 1 The\u2028Convention\n\nText.\n',
      'sep.md'
    );
    expect(doc.sections.map((s) => `${s.number} ${s.heading} | ${s.containers.join(' > ')}`)).toEqual([
      '1 Short\u2029title | Part 1 Pre\u2028liminary'
    ]);
    expect(doc.schedules.map((s) => s.number)).toEqual(['1']);
  });

  test('an Act with no title line is named by its short-title section, in either form', () => {
    for (const [clause, title] of [
      ['This Act may be cited as the Cluster Munitions Act 2030.', 'Cluster Munitions Act 2030'],
      ['This Act is the Cluster Munitions Prohibition Act 2009.', 'Cluster Munitions Prohibition Act 2009'],
      ['This Act is the law of the land.', ''],
      ['(1) This Act is the Arms Amendment Act 2012.', 'Arms Amendment Act 2012'],
      ['This Act is the Cluster Munitions Act 2009 (No. 5).', 'Cluster Munitions Act 2009 (No. 5)'],
      ['This Act may be cited as the Finance Act (No. 2) 2010.', 'Finance Act (No. 2) 2010']
    ] as const) {
      const doc = parseAct(
        `### 1 Short title\n\n${clause}\n\n### 2 Offences\n\nA person who uses a cluster munition commits an offence.\n`,
        'x.md'
      );
      expect(doc.title, clause).toBe(title);
    }
  });

  test('a Markdown section heading may begin with a month word; a wrapped date line is still text', () => {
    const doc = parseAct(
      '# X Act 2027\n\n### 81 Investigation\n\n(1) Text.\n\n### 82 May paragraph fine\n\n(1) Text,\n10 October 1980, as amended.\n\n## 1 August 2010\n\n### 83 March of events\n\n(1) Text.\n',
      'months.md'
    );
    expect(doc.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      '81 Investigation',
      '82 May paragraph fine',
      '83 March of events'
    ]);
    expect(doc.sections[1]!.text).toContain('10 October 1980, as amended.');
  });
  test('a huge single line is read quickly', () => {
    const long = 'x'.repeat(2_000_000);
    const started = performance.now();
    const doc = parseAct(`# Act 2026\n\n### 1 Title\n\n(1) ${long}\n\n${'('.repeat(100_000)}\n${' '.repeat(100_000)}#\n`, 'big.md');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(doc.sections[0]!.provisions[0]!.text.startsWith(`${'x'.repeat(1000)}`)).toBe(true);
  });

  test('lists: `- (a)`, `1.` subsections, roman subparagraphs and (i) after (h)', () => {
    const text = [
      '### 5 Things',
      '',
      '1. A person must not—',
      '   - (a) do one thing; or',
      '   - (b) do another, namely—',
      '     - (i) this; or',
      '     - (ii) that.',
      '2. Second subsection.',
      '',
      '### 6 Letters',
      '',
      '(a) a',
      '(b) b',
      '(c) c',
      '(d) d',
      '(e) e',
      '(f) f',
      '(g) g',
      '(h) h',
      '(i) i',
      '(j) j'
    ].join('\n');
    const doc = parseAct(text, 'l.md');
    expect(doc.sections[0]!.provisions.map((p) => p.path.join('.'))).toEqual(['1', '1.a', '1.b', '1.b.i', '1.b.ii', '2']);
    expect(doc.sections[1]!.provisions.map((p) => p.path.join('.'))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });
});

describe('parseAct: properties', () => {
  const word = fc.constantFrom(
    'Offences',
    'Interpretation',
    'Transit',
    'Bodies',
    'corporate',
    'Minister',
    'Übergang',
    'Sécurité',
    'and',
    'of',
    'the',
    'Crown'
  );
  const heading = fc
    .array(word, {minLength: 1, maxLength: 6})
    .map((words) => words.join(' '))
    .map((h) => h.charAt(0).toUpperCase() + h.slice(1));
  const style = fc.constantFrom('atx', 'bold', 'plain', 'section-word');
  const body = fc.subarray([
    '(1) A person must not use a cluster munition.',
    '(a) first;',
    '(b) second.',
    'Plain text follows here.',
    '(2) More.'
  ]);

  test('any generated Act round-trips its section numbers and headings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({min: 1, max: 3}), fc.boolean(), heading, style, body), {minLength: 1, maxLength: 25}),
        fc.boolean(),
        (specs, parts) => {
          let n = 0;
          const expected: string[] = [];
          const lines = ['# Generated Act 2026', ''];
          specs.forEach(([step, lettered, h, st, b], i) => {
            // Plain numbered lines start at section 1 (a documented rule of the reader).
            n += i === 0 ? 1 : step;
            const number = lettered ? `${n}A` : String(n);
            if (parts && i % 4 === 0) lines.push(`## Part ${i / 4 + 1} ${h}`, '');
            const head =
              st === 'atx'
                ? `### ${number} ${h}`
                : st === 'bold'
                  ? `**${number}. ${h}**`
                  : st === 'plain'
                    ? `${number} ${h}`
                    : `Section ${number} — ${h}`;
            lines.push(head, '', ...b.flatMap((l) => [l, '']));
            expected.push(`${number} ${h}`);
          });
          const doc = parseAct(lines.join('\n'), 'gen.md');
          expect(doc.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(expected);
          expect(doc.messages).toEqual([]);
        }
      ),
      {numRuns: 300}
    );
  });

  test('random garbage never throws', () => {
    const token = fc.oneof(
      fc.string({unit: 'binary', maxLength: 40}),
      fc.constantFrom(
        '#',
        '## Part',
        '### 6',
        '**',
        '(1)',
        '(a)',
        '(i)',
        '- ',
        '1. ',
        '\r\n',
        '\n',
        '\u00A0',
        '\u202E',
        'Schedule 1',
        'Contents',
        '72.38',
        '10A',
        '.—',
        '\\.',
        '> ',
        '```'
      )
    );
    fc.assert(
      fc.property(fc.array(token, {maxLength: 60}), (tokens) => {
        const doc = parseAct(tokens.join(''), 'garbage.md');
        expect(Array.isArray(doc.sections)).toBe(true);
        for (const s of doc.sections) expect(s.start.offset).toBeLessThanOrEqual(s.end.offset);
      }),
      {numRuns: 1000}
    );
  });
});

describe('large Acts', () => {
  test('an Act with more than 9,999 sections is read whole (section 10000 is not folded into 9999)', () => {
    const parts = ['# Big Act 2027', ''];
    for (let n = 1; n <= 10_002; n++) parts.push(`### ${n} Heading ${n}`, '', `(1) A person must not do thing ${n}.`, '');
    const doc = parseAct(parts.join('\n'), 'big.md');
    expect(doc.sections).toHaveLength(10_002);
    expect(doc.sections.slice(-3).map((s) => s.number)).toEqual(['10000', '10001', '10002']);
    expect(doc.sections[9998]!.text).toBe('(1) A person must not do thing 9999.');
  });
});

describe('parseAct: schedules as Commonwealth statutes print them', () => {
  test('a schedule title after the reference to the section that brings it in ("(Section 2)")', () => {
    for (const reference of ['(Section 2)', '[Section 2]', '(Sections 2 and 5)', '(s. 2)']) {
      const doc = parseAct(
        `# X Act 2030\n\n1. Short title\n\nThis Act may be cited as the X Act 2030.\n\nSCHEDULE\n\n${reference}\n\nCONVENTION ON CLUSTER MUNITIONS\n\nArticle 1\n\nText.\n`,
        'x.md'
      );
      expect(
        doc.schedules.map((s) => s.heading),
        reference
      ).toEqual(['CONVENTION ON CLUSTER MUNITIONS']);
    }
  });
});

describe('parseAct: an Act that amends other Acts', () => {
  test('each inserted section is credited to the section that inserts it, and a citation opening a line is no heading', () => {
    const text = [
      '# Westmarch Cluster Munitions (Amendments) Act 2030',
      '',
      '### 5 Section 2 amended (Interpretation)',
      '',
      'In section 2(1), insert in their appropriate alphabetical order:',
      '',
      '> **cluster munition** has the meaning given to it by Article 2(2) of the Convention on Cluster Munitions:',
      '',
      '### 6 New sections 12A to 12C inserted',
      '',
      'After section 12, insert:',
      '',
      '> **12A Prohibited conduct relating to cluster munitions**',
      '>',
      '> (1) A person must not use a cluster munition.',
      '>',
      '> **12B Visiting forces**',
      '>',
      '> Section 12A(1) does not apply to the possession of a cluster munition by a member of a visiting force.',
      '>',
      '> **12C Acts outside Westmarch**',
      '>',
      '> Section 12A applies to any act done outside Westmarch by a Westmarch citizen.',
      '',
      '### 7 Section 70 amended (Fees)',
      '',
      'In section 70(3), omit "by distress".',
      ''
    ].join('\n');
    const bill = readText(text, 'amend.md');
    const doc = flatView(bill);
    expect(doc.sections.map((s) => `${s.number}${s.source?.insertedBy ? ` (inserted by s ${s.source.insertedBy})` : ''}`)).toEqual([
      '5',
      '6',
      '12A (inserted by s 6)',
      '12B (inserted by s 6)',
      '12C (inserted by s 6)',
      '7'
    ]);
    expect(doc.messages).toEqual([]);
  });
});
