/**
 * Properties of the exports over generated bills in the draft layout: the
 * AKN output always keeps the structure rules, and every format prints the
 * numbers and references of the Markdown, in order.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {renderAkn} from '../src/export/akn.js';
import {assignAknEIds} from '../src/export/eids.js';
import {checkAkn} from '../src/export/check-akn.js';
import {renderHtml} from '../src/export/html.js';
import {readDraft as readBill} from '../src/export/index.js';
import {findReferences} from '../src/export/references.js';
import {descendants, parseXml, textOf} from '../src/export/xml.js';
import {expectSchemaValid} from './helpers/xsd.js';

const letters = 'abcdefghijklmnopqrstuvwxyz';
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
const word = fc.constantFrom(
  'person',
  'munition',
  'offence',
  'Minister',
  'authority',
  'court',
  'transfer',
  'notice',
  'premises',
  'penalty',
  '<tag>',
  'A&B'
);

/** A generated bill: Parts of sections of subsections of paragraphs of subparagraphs, with references among them. */
const billArbitrary = fc
  .record({
    parts: fc.array(
      fc.array(fc.array(fc.array(fc.integer({min: 0, max: 3}), {maxLength: 4}), {maxLength: 4}), {minLength: 1, maxLength: 4}),
      {minLength: 1, maxLength: 3}
    ),
    words: fc.array(fc.array(word, {minLength: 2, maxLength: 6}), {minLength: 20, maxLength: 20}),
    refs: fc.array(fc.nat(), {minLength: 20, maxLength: 20})
  })
  .map(({parts, words, refs}) => {
    const lines = [
      '# Generated Things Act 2031',
      '',
      'A Bill for an Act to test exports.',
      '',
      'BE IT ENACTED by the Legislature as follows:',
      ''
    ];
    let section = 0;
    let n = 0;
    const sentence = () => {
      const k = n++;
      const ws = words[k % words.length]!.join(' ');
      const target = refs[k % refs.length]! % Math.max(1, section);
      // Mostly plain text; sometimes a reference to an earlier section, Part 1, or this section's subsection (1).
      const ref = k % 4 === 0 && section > 1 ? ` under section ${target + 1}` : k % 7 === 0 ? ' in Part 1' : '';
      return `${ws}${ref}`;
    };
    parts.forEach((sections, p) => {
      lines.push(`## Part ${p + 1} Part heading ${p + 1}`, '');
      for (const subsections of sections) {
        section++;
        lines.push(`### ${section} Section heading ${section}`, '');
        if (subsections.length === 0) lines.push(`${sentence()}.`, '');
        subsections.forEach((paragraphs, s) => {
          lines.push(`(${s + 1}) ${sentence()}${paragraphs.length ? ':' : '.'}`, '');
          paragraphs.forEach((subparagraphs, a) => {
            lines.push(`(${letters[a]}) ${sentence()}${subparagraphs ? ':' : ';'}`, '');
            for (let r = 0; r < subparagraphs; r++) lines.push(`(${romans[r]}) ${sentence()};`, '');
          });
        });
      }
    });
    return lines.join('\n');
  });

function markdownNumbers(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^## (Part \d+)|^### (\d+) |^(\([0-9a-z]+\)) /.exec(line))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map((m) => m[1] ?? m[2] ?? m[3]!);
}

function markdownRefs(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => findReferences(l).map((r) => r.text));
}

describe('export properties', () => {
  it('AKN keeps the structure rules, the OASIS schema and the Markdown numbering and references', () => {
    const outputs: string[] = [];
    fc.assert(
      fc.property(billArbitrary, (text) => {
        const bill = readBill(text, 'gen.md');
        assignAknEIds(bill);
        const xml = renderAkn(bill, {date: '2031-01-01', country: 'xe'});
        outputs.push(xml);
        expect(checkAkn(xml)).toEqual([]);
        const body = descendants(parseXml(xml)).find((e) => e.name === 'body')!;
        const all = descendants(body);
        expect(all.filter((e) => e.name === 'num').map(textOf)).toEqual(markdownNumbers(text));
        expect(all.filter((e) => e.name === 'ref').map(textOf)).toEqual(markdownRefs(text));
      }),
      {numRuns: 60}
    );
    // One xmllint run for all of them (loading the schema dominates).
    expectSchemaValid(...outputs);
  });

  it('HTML prints the same numbers and escapes text', () => {
    fc.assert(
      fc.property(billArbitrary, (text) => {
        const html = renderHtml(readBill(text, 'gen.md'));
        const body = html.slice(html.indexOf('</nav>'));
        const numbers = [...body.matchAll(/<h2>(Part \d+)<br>|<h3><span class="n">([^<]+)<\/span>|<span class="num">([^<]+)<\/span>/g)].map(
          (m) => m[1] ?? m[2] ?? m[3]
        );
        expect(numbers).toEqual(markdownNumbers(text));
        // Typed angle brackets and ampersands are kept, escaped.
        if (text.includes('<tag>')) expect(html).toContain('&lt;tag>');
        if (text.includes('A&B')) expect(html).toContain('A&amp;B');
        expect(html).not.toContain('<tag>');
      }),
      {numRuns: 40}
    );
  });
});
