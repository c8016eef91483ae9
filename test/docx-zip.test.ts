/**
 * The Word packer's fast path against the general one: `zipParts` gives
 * fflate's `zipSync` bytes, and `packDocx` (docx's compiler, parts zipped
 * once, compressed parts remembered) gives the bytes of `packDocxGeneral`
 * (docx's public Packer, zipped, unzipped and zipped again), on random files
 * and documents, also when a part was compressed before.
 */
import {Bookmark, Document, Paragraph, TextRun} from 'docx';
import fc from 'fast-check';
import {strToU8, zipSync, type Zippable} from 'fflate';
import {describe, expect, it} from 'vitest';
import {packDocx, packDocxGeneral} from '../src/export/docx-pack.js';
import {zipParts} from '../src/export/docx-zip.js';

const mtime = new Date(2000, 0, 1, 0, 0, 0);

/** Text with markup characters, non-ASCII, astral characters and lone surrogates. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'b', ' ', '<', '>', '&', '"', "'", '\n', '\t', 'é', '—', '“', '😀', '\uD800', '\uDFFF', '\u0000', '\u00A0'),
    fc.string({unit: 'binary', minLength: 1, maxLength: 1})
  ),
  maxLength: 40
});

describe('zipParts', () => {
  it('gives the bytes of fflate zipSync, at level 6 and stored, with parts compressed before', () => {
    const name = fc.string({
      unit: fc.oneof(fc.constantFrom('a', 'word/', '.xml', 'é', '[', ']', '_'), fc.string({unit: 'binary', minLength: 1, maxLength: 1})),
      minLength: 1,
      maxLength: 20
    });
    const files = fc.uniqueArray(fc.record({name, text}), {selector: (f) => f.name, maxLength: 12});
    fc.assert(
      fc.property(files, fc.constantFrom(0, 6), fc.boolean(), (list, level, again) => {
        // Names that fflate would read as folders (a trailing slash), that object keys reorder (integers) or that an
        // object literal cannot hold as a key (`__proto__` sets the prototype) are not part names: the reference
        // below is an object.
        const parts = list
          .filter((f) => !f.name.endsWith('/') && !/^\d+$/.test(f.name) && f.name !== '__proto__')
          .map((f) => ({name: f.name, bytes: strToU8(f.text.repeat(20)), text: f.text.repeat(20)}));
        const zippable: Zippable = {};
        for (const p of parts) zippable[p.name] = [p.bytes, {level: level as 6, mtime}];
        const expected = zipSync(zippable);
        expect(zipParts(parts, {level, mtime})).toEqual(expected);
        // The second time, every part comes from the memo.
        if (again) expect(zipParts(parts, {level, mtime})).toEqual(expected);
      }),
      {numRuns: 150}
    );
  });
});

describe('packDocx', () => {
  it('gives the bytes of the general path through docx Packer, fresh and remembered', async () => {
    const run = fc.record({text, bold: fc.boolean(), italics: fc.boolean()});
    const paragraph = fc.record({
      runs: fc.array(run, {maxLength: 4}),
      style: fc.constantFrom(undefined, 'Title', 'Heading1'),
      bookmark: fc.boolean()
    });
    const spec = fc.record({
      title: text,
      description: text,
      language: fc.constantFrom(undefined, 'en-GB', 'fr-FR'),
      date: fc.constantFrom(undefined, '2027-06-01', '1999-12-31'),
      paragraphs: fc.array(paragraph, {maxLength: 8})
    });
    type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;
    // Each path gets its own Document: docx numbers bookmarks from a process-wide counter (packDocx renumbers them).
    const make = (s: Spec) =>
      new Document({
        creator: 'ccm-drafter',
        title: s.title,
        description: s.description,
        styles: {default: {document: {run: {font: 'Calibri', size: 19, language: {value: s.language ?? 'en-GB'}}}}},
        sections: [
          {
            children: s.paragraphs.map(
              (p, i) =>
                new Paragraph({
                  ...(p.style ? {style: p.style} : {}),
                  children: p.bookmark
                    ? [new Bookmark({id: `b${i}`, children: p.runs.map((r) => new TextRun(r))})]
                    : p.runs.map((r) => new TextRun(r))
                })
            )
          }
        ]
      });
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const expected = await packDocxGeneral(make(s), {date: s.date});
        expect(await packDocx(make(s), {date: s.date})).toEqual(expected);
        expect(await packDocx(make(s), {date: s.date})).toEqual(expected);
      }),
      {numRuns: 60}
    );
  });
});
