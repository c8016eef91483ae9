/**
 * The word-by-word changes a feedback sheet lists for a hand edit (review
 * S15): sums of money and numbers whole, every deletion listed, paragraph
 * labels never counted as words; and, for any edit of the model's text,
 * applying the listed changes to the model's tokens gives the edited text's.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {applyChanges, tokenize, wordChanges} from '../src/workshop/word-changes.js';
import {root} from './helpers/cli.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('word changes of a hand edit', () => {
  it('names sums of money whole and lists every deletion (the fine-only edit of s 17(1))', () => {
    const before =
      'A person who contravenes section 10 commits an offence and is liable on conviction to imprisonment for a term not exceeding 3 years, or to a fine not exceeding $100,000, or to both.';
    const after = 'A person who contravenes section 10 commits an offence and is liable on conviction to a fine not exceeding $1,000.';
    const changes = wordChanges(before, after);
    const removed = changes.map((c) => c.removed).join(' | ');
    const added = changes
      .map((c) => c.added)
      .filter(Boolean)
      .join(' | ');
    expect(removed).toContain('imprisonment for a term not exceeding 3 years, or to');
    expect(removed).toContain('$100,000');
    expect(removed).toContain(', or to both');
    expect(added).toBe('$1,000');
    for (const c of changes) {
      expect(c.removed).not.toMatch(/(^|[^$\d,])100\b/);
      expect(c.added).not.toMatch(/^1$/);
    }
    expect(applyChanges(words(before), changes)).toEqual(words(after));
  });

  it('never counts a paragraph label as a word (a paragraph taken out and the rest relettered)', () => {
    const before = '(a) uses a cluster munition; or\n(b) develops, produces or otherwise acquires a cluster munition; or\n(c) stockpiles';
    const after = '(a) develops or produces a cluster munition; or\n(b) stockpiles';
    const changes = wordChanges(before, after);
    for (const c of changes) {
      expect(c.removed).not.toMatch(/^\([a-z]\)|\([a-z]\)$/);
      expect(c.added).not.toMatch(/^\([a-z]\)|\([a-z]\)$/);
    }
    expect(changes[0]).toMatchObject({removed: 'uses a cluster munition; or', added: ''});
    expect(
      changes
        .slice(1)
        .map((c) => c.removed)
        .join(' ')
    ).toContain('otherwise acquires');
    expect(changes).toHaveLength(2);
    expect(applyChanges(words(before), changes)).toEqual(words(after));
  });

  it('keeps a cross-reference whole: "section 10(1)(b)" is not a paragraph label', () => {
    expect(words('under section 10(1)(b) of')).toEqual(['under', 'section', '10', '(', '1', ')', '(', 'b', ')', 'of']);
    expect(words('(b) develops')).toEqual(['develops']);
  });

  it('for any edit of the model text, applying the listed changes gives the edited text (property)', () => {
    const model = readFileSync(path.join(root, 'model-law', 'cluster-munitions-act.md'), 'utf8');
    const paragraphs = model.split(/\n{2,}/).filter((p) => p.length > 40 && p.length < 600 && !p.startsWith('#'));
    const vocabulary = ['$1,000', '$250,000', '5', 'years', 'or', 'to both', ', and', 'any person', 'knowingly', '(c)', 'section 12(2)'];
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: paragraphs.length - 1}),
        fc.array(
          fc.record({
            kind: fc.constantFrom('delete', 'insert', 'replace'),
            at: fc.nat(),
            length: fc.integer({min: 1, max: 6}),
            text: fc.constantFrom(...vocabulary)
          }),
          {minLength: 1, maxLength: 4}
        ),
        (index, edits) => {
          const before = paragraphs[index]!;
          let after = before;
          for (const e of edits) {
            const cut = tokenize(after);
            if (cut.length === 0) break;
            const from = cut[e.at % cut.length]!;
            const to = cut[Math.min(cut.length - 1, (e.at % cut.length) + e.length - 1)]!;
            after =
              e.kind === 'insert'
                ? `${after.slice(0, from.start)}${e.text} ${after.slice(from.start)}`
                : `${after.slice(0, from.start)}${e.kind === 'replace' ? e.text : ''}${after.slice(to.end)}`;
          }
          const changes = wordChanges(before, after);
          expect(applyChanges(words(before), changes)).toEqual(words(after));
          // Each change quotes exactly its tokens, as the texts print them.
          // Each change quotes its tokens, in order, as the texts print them (a label alone in a quote is not one).
          const inOrder = (quoted: string, tokens: readonly string[]) => {
            let from = 0;
            for (const t of tokens) {
              const k = quoted.indexOf(t, from);
              expect(k, `${t} in ${quoted}`).toBeGreaterThanOrEqual(0);
              from = k + t.length;
            }
          };
          for (const c of changes) {
            inOrder(c.removed, words(before).slice(c.at, c.at + c.count));
            inOrder(c.added, c.inserted);
            expect(c.count + c.inserted.length).toBeGreaterThan(0);
          }
        }
      ),
      {numRuns: 300}
    );
  });
});
