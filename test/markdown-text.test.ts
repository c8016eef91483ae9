/**
 * The fast `text` handler (src/util/markdown-text.ts) must serialise exactly
 * as mdast-util-to-markdown's own: the same bytes for hostile values, random
 * punctuation-heavy text and every context the tool's documents put text in
 * (paragraphs, headings, bold, italic, list items, table cells, link text,
 * beside inline code, HTML and other text), under each configuration the
 * tool uses (the bill's, the reports', compare's with all of GFM).
 */
import fc from 'fast-check';
import type {PhrasingContent, Root, RootContent} from 'mdast';
import {directiveToMarkdown} from 'mdast-util-directive';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough';
import {gfmTableToMarkdown} from 'mdast-util-gfm-table';
import {type Options, toMarkdown} from 'mdast-util-to-markdown';
import {describe, expect, it} from 'vitest';
import {fastTextToMarkdown} from '../src/util/markdown-text.js';
import {HOSTILE, REFUSED_AT_INPUT} from './helpers/hostile.js';

const configurations: Record<string, Options> = {
  bill: {bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-', fences: true, extensions: [directiveToMarkdown()]},
  reports: {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
    fences: true,
    extensions: [gfmTableToMarkdown({tablePipeAlign: false}), gfmStrikethroughToMarkdown(), directiveToMarkdown()]
  },
  compare: {bullet: '-', emphasis: '*', rule: '-', extensions: [gfmToMarkdown({tablePipeAlign: false})]},
  plain: {}
};

const t = (value: string): PhrasingContent => ({type: 'text', value});

/** Documents that put the values in every context the tool's documents use. */
function documents(a: string, b: string): Root[] {
  const phrasing: PhrasingContent[][] = [
    [t(a)],
    [t(a), t(b)],
    [{type: 'strong', children: [t(a)]}, t(b)],
    [t(a), {type: 'emphasis', children: [t(b)]}],
    [t(a), {type: 'inlineCode', value: b}, t(a)],
    [{type: 'html', value: '<del>'}, t(a), {type: 'html', value: '</del>'}, t(b)],
    [{type: 'link', url: '#c1', children: [t(a)]}, t(b)],
    [t(a), {type: 'break'}, t(b)],
    [t(a), {type: 'delete', children: [t(b)]}],
    // A colon before a text directive is escaped there only (a pattern with a node condition).
    [t(a), {type: 'textDirective', name: 'ref', attributes: {}, children: [t(b)]}, t(a)]
  ];
  const out: Root[] = [];
  for (const children of phrasing) {
    const blocks: RootContent[] = [
      {type: 'paragraph', children},
      {type: 'heading', depth: 3, children},
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: [{type: 'listItem', spread: false, children: [{type: 'paragraph', children}]}]
      },
      {type: 'list', ordered: true, start: 9, spread: false, children: [{type: 'listItem', children: [{type: 'paragraph', children}]}]},
      {type: 'blockquote', children: [{type: 'paragraph', children}]},
      {
        type: 'table',
        align: [null, 'right'],
        children: [
          {
            type: 'tableRow',
            children: [
              {type: 'tableCell', children: [t('Head')]},
              {type: 'tableCell', children: [t(b)]}
            ]
          },
          {
            type: 'tableRow',
            children: [
              {type: 'tableCell', children},
              {type: 'tableCell', children: [t(a)]}
            ]
          }
        ]
      }
    ];
    for (const block of blocks) out.push({type: 'root', children: [block]});
    out.push({type: 'root', children: blocks});
  }
  return out;
}

/** The same document serialised by the library alone and with the fast handler (or the library's error, if it throws). */
function both(tree: Root, options: Options): [string, string] {
  const run = (o: Options) => {
    try {
      return toMarkdown(structuredClone(tree), o);
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  return [run(options), run({...options, extensions: [...(options.extensions ?? []), fastTextToMarkdown]})];
}

/** Characters that mean something somewhere in Markdown, GFM or directives, and some that mean nothing. */
const alphabet = [...'\\`*_[]()<>!#&;:|~-+.=\'"{}@/0123456789 \t\n\raAbBwW_xX', 'www.', 'http://', 'a@b.c', '\u00a0', '\u2028', 'é'];
const markdownish = fc.array(fc.constantFrom(...alphabet), {maxLength: 14}).map((parts) => parts.join(''));

describe('fast text handler', () => {
  for (const [name, options] of Object.entries(configurations)) {
    it(`serialises hostile values as the library does (${name})`, () => {
      const values = [...HOSTILE, ...REFUSED_AT_INPUT, '', ' ', 'plain words', 'a_b_c', 'snake_case_name', '1.', '1)', '*', '_', '\\'];
      for (const a of values)
        for (const b of ['*', '_b', ' www.example.com']) {
          for (const tree of documents(a, b)) {
            const [library, fast] = both(tree, options);
            expect(fast, JSON.stringify({a, b})).toBe(library);
          }
        }
    });

    it(`serialises random Markdown-like text as the library does (${name})`, () => {
      fc.assert(
        fc.property(markdownish, markdownish, (a, b) => {
          for (const tree of documents(a, b)) {
            const [library, fast] = both(tree, options);
            if (fast !== library) return false;
          }
          return true;
        }),
        {numRuns: 80}
      );
    });
  }
});
