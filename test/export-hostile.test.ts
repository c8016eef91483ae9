/**
 * Markup by construction, end to end: hostile text in the answers (quotes,
 * `<`, `&`, `]]>`, line and paragraph separators, right-to-left marks,
 * control characters, Markdown and directive syntax) in the Act's title, the
 * State's name (so the long title and enacting formula), the legislature and
 * the national authority never changes the structure of the Akoma Ntoso,
 * HTML or Word output, is shown as text, and the AKN stays valid against the
 * OASIS schema.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {strFromU8, unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {parseAnswers, serializeAnswers} from '../src/answers/file.js';
import {parseProfile} from '../src/answers/profile.js';
import {assembleDraft} from '../src/assemble/index.js';
import {parseChecklist} from '../src/checklist/load.js';
import {renderAkn} from '../src/export/akn.js';
import {checkAkn} from '../src/export/check-akn.js';
import {renderDocx} from '../src/export/docx.js';
import {assignAknEIds} from '../src/export/eids.js';
import {renderHtml} from '../src/export/html.js';
import {linkBill} from '../src/export/provenance.js';
import {readDraft as readBill} from '../src/export/index.js';
import {descendants, parseXml, textOf, x, toXml, type XmlElement} from '../src/export/xml.js';
import {parseModel} from '../src/model/parse.js';
import {root} from './helpers/cli.js';
import {expectSchemaValid} from './helpers/xsd.js';

const read = (...parts: string[]) => readFileSync(path.join(root, ...parts), 'utf8');
const probe = parseModel(read('model-law', 'cluster-munitions-act.md'), 'model.md');
const checklistText = read('checklists', 'article9.yaml');
const profileText = read('jurisdictions', 'generic.yaml');

/** The values that once broke an export, and the kinds of text that break markup. */
const catalogue = [
  'Oslo" x:y="z',
  "O'Brien & Sons",
  '<script>alert(1)</script>',
  'a </p><p> b',
  'end ]]> of CDATA',
  '<![CDATA[x]]>',
  '&amp; already escaped',
  'line\nbreak',
  'line\u2028separator',
  'para\u2029separator',
  '\u202Eevil right-to-left\u202C',
  '\u200Fمرحبا\u200E mixed',
  '[x](javascript:alert(1))',
  ':::section[x]{#y}',
  '# 99',
  '1. item',
  '*bold* _em_ `code`',
  'e\u0301 combining'
];
// Surrounding white space is the answers reader's business (it trims), not the exporters'.
const hostile = fc
  .oneof(fc.constantFrom(...catalogue), fc.string({minLength: 1, maxLength: 12}))
  // Control characters and line/paragraph separators are refused by the answers reader (file:line:col,
  // exit 2; test/hostile-inputs.test.ts): they never reach an export.
  .filter((s) => s.trim() === s && s.trim() !== '' && !/[\u0000-\u0009\u000B-\u001F\u007F\u2028\u2029]/.test(s));

function build(values: {title: string; country: string; legislature: string; authority: string}) {
  const draft = assembleDraft({
    model: {...probe, tree: structuredClone(probe.tree)},
    checklist: parseChecklist(checklistText, 'checklist.yaml'),
    profile: parseProfile(profileText, 'generic.yaml'),
    answers: parseAnswers(
      serializeAnswers({
        schema: 1,
        state: {},
        items: {},
        params: {
          'act.title': values.title,
          'country.name': values.country,
          'legislature.name': values.legislature,
          'authority.name': values.authority,
          'enacting.formula': 'BE IT ENACTED by {legislature.name} of {country.name} as follows:'
        }
      }),
      'answers.yaml'
    )
  });
  const bill = readBill(draft.markdown, 'draft-bill.md');
  assignAknEIds(bill);
  const links = linkBill(bill, JSON.parse(JSON.stringify(draft.manifest)), 'draft-bill.build.json');
  return {bill, links};
}

/** The element structure of XML: names and ids, no text. */
const shape = (xml: string) =>
  descendants(parseXml(xml))
    .map((e) => `${e.name}${e.attributes['eId'] ? `#${e.attributes['eId']}` : ''}`)
    .join(' ');
/** The tag structure of HTML (text is escaped, so every `<` is a tag). */
const htmlShape = (html: string) => [...html.matchAll(/<(\/?[a-z0-9]+)[\s>]/g)].map((m) => m[1]).join(' ');
const decode = (html: string) =>
  html.replace(/&(lt|gt|amp|quot|#x([0-9a-f]+)|#(\d+));/gi, (_w, name: string, hex?: string, dec?: string) =>
    hex
      ? String.fromCodePoint(Number.parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : {lt: '<', gt: '>', amp: '&', quot: '"'}[name]!
  );

describe('hostile text in the answers', () => {
  const plain = build({title: 'Cluster Munitions Act', country: 'Examplia', legislature: 'Parliament', authority: 'Ministry'});
  const baseline = {
    akn: shape(renderAkn(plain.bill, {date: '2027-03-01', country: 'xe', links: plain.links})),
    html: htmlShape(renderHtml(plain.bill, {links: plain.links}))
  };

  it('never changes the structure of AKN or HTML, shows the value as text, and AKN stays schema-valid', () => {
    const outputs: string[] = [];
    fc.assert(
      fc.property(fc.record({title: hostile, country: hostile, legislature: hostile, authority: hostile}), (values) => {
        const {bill, links} = build(values);
        const akn = renderAkn(bill, {date: '2027-03-01', country: 'xe', links});
        outputs.push(akn);
        expect(checkAkn(akn)).toEqual([]);
        expect(shape(akn)).toBe(baseline.akn);
        // The title is text, whatever it holds: the same in the FRBR name, the docTitle and the bill.
        const all = descendants(parseXml(akn));
        const frbrName = all.find((e) => e.name === 'FRBRname')!.attributes['value'];
        expect(frbrName).toBe(bill.title.text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD'));
        expect(textOf(all.find((e) => e.name === 'docTitle')!)).toBe(frbrName);
        const legislature = all.find((e) => e.attributes['eId'] === 'legislature')!;
        expect(legislature.attributes['href']).toMatch(/^\/akn\/ontology\/organization\/xe\/[a-z0-9-]+$/);
        const html = renderHtml(bill, {links});
        expect(htmlShape(html)).toBe(baseline.html);
        expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toBe(bill.title.text);
      }),
      {numRuns: 40}
    );
    expectSchemaValid(...outputs);
  });

  it('keeps the Word document well-formed, with the title as text in the title, header and properties', async () => {
    // Separators are refused at input (see the filter above), so they never reach Word either.
    for (const value of catalogue.filter((v) => !/[\u2028\u2029]/.test(v))) {
      const {bill} = build({title: value, country: value, legislature: value, authority: value});
      const files = unzipSync(await renderDocx(bill));
      for (const name of ['word/document.xml', 'docProps/core.xml', 'word/styles.xml'])
        expect(() => parseXml(strFromU8(files[name]!)), `${name} with ${JSON.stringify(value)}`).not.toThrow();
      const header = Object.keys(files).find((f) => /^word\/header\d*\.xml$/.test(f))!;
      const headerText = textOf(parseXml(strFromU8(files[header]!)));
      expect(headerText.replace(/\s+/g, ' ')).toContain(
        bill.title.text
          .replace(/\s+/g, ' ')
          .replace(/[\u0000-\u0008]/g, '')
          .trim()
      );
    }
  });
});

describe('the XML builder', () => {
  const text = fc.string({unit: 'binary', maxLength: 40});
  const clean = (s: string) =>
    s.replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD'
    );

  it('escapes text and attribute values separately: any value reads back exactly, as one text and one attribute', () => {
    fc.assert(
      fc.property(text, text, (value, content) => {
        const xml = toXml(x('root', {a: value}, x('p', null, content), x('q', {b: content})));
        const parsed = parseXml(xml);
        expect(Object.keys(parsed.attributes)).toEqual(['a']);
        expect(parsed.attributes['a']).toBe(clean(value));
        const children = parsed.children.filter((c): c is XmlElement => typeof c !== 'string');
        expect(children.map((c) => c.name)).toEqual(['p', 'q']);
        expect(textOf(children[0]!)).toBe(clean(content));
        expect(children[1]!.attributes).toEqual({b: clean(content)});
        expect(xml).not.toMatch(/]]>/);
      }),
      {numRuns: 300}
    );
  });

  it('refuses names that are not XML names, leaves out undefined attributes, and lays out mixed content on one line', () => {
    expect(() => x('a b')).toThrow(/Invalid XML element name/);
    expect(() => x('a', {'x="y': 'z'})).toThrow(/Invalid XML attribute name/);
    expect(toXml(x('a', {b: undefined, c: false, d: ''}), {declaration: false})).toBe('<a d=""/>\n');
    expect(toXml(x('a', null, x('b'), x('c', null, 'text ', x('i', null, 'it'), ' more')), {declaration: false})).toBe(
      '<a>\n  <b/>\n  <c>text <i>it</i> more</c>\n</a>\n'
    );
    expect(toXml(x('a', null, x('p', null, x('b', null, 'x'))), {declaration: false, mixed: new Set(['p'])})).toBe(
      '<a><p><b>x</b></p></a>\n'
    );
    expect(toXml(x('a', {v: 'l1\nl2\t"<&>'}, 'r\r\n'), {declaration: false})).toBe(
      '<a v="l1&#10;l2&#9;&quot;&lt;&amp;&gt;">r&#13;\n</a>\n'
    );
  });
});
