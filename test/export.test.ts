/**
 * Export: reading a draft structurally, cross-references, and the three
 * renderers (goldens for HTML and AKN; DOCX inspected by unzipping). The
 * fixture is a draft `build` wrote for examples/generic-small-state.yaml,
 * frozen so model edits do not churn these goldens.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import type {BuildRecord} from '../src/bill/record.js';
import {renderAkn} from '../src/export/akn.js';
import {assignAknEIds} from '../src/export/eids.js';
import {allSections, provisions} from '../src/bill/model.js';
import {checkAkn} from '../src/export/check-akn.js';
import {renderDocx} from '../src/export/docx.js';
import {renderHtml} from '../src/export/html.js';
import {linkBill} from '../src/export/provenance.js';
import {readDraft as readBill} from '../src/export/index.js';
import {externalReferences, findReferences} from '../src/export/references.js';
import {descendants, elements, parseXml, textOf} from '../src/export/xml.js';
import {readText} from '../src/read/index.js';
import {formatDiagnostic, InputError} from '../src/util/diagnostics.js';
import {expectSchemaValid} from './helpers/xsd.js';

const dir = path.join(import.meta.dirname, 'fixtures', 'export');
const draftText = readFileSync(path.join(dir, 'bill', 'draft-bill.md'), 'utf8');
const provenance = JSON.parse(readFileSync(path.join(dir, 'bill', 'draft-bill.build.json'), 'utf8')) as BuildRecord;
const date = '2026-05-01';

/** Read the draft as `export` does: the reader, then naming-convention ids, then the provenance links. */
function load(text = draftText) {
  const bill = readBill(text, 'draft-bill.md');
  assignAknEIds(bill);
  const links = linkBill(bill, provenance, 'draft-bill.build.json');
  return {bill, links};
}

function errorsOf(text: string): string[] {
  try {
    readBill(text, 'edited.md');
  } catch (error) {
    if (error instanceof InputError) return error.messages.map(formatDiagnostic);
    throw error;
  }
  return [];
}

/**
 * Numbers and references as the Markdown prints them, read independently of
 * the exporter: headings and "(x)" labels line by line, references by the
 * reference pattern over the body text.
 */
function markdownSignature(text: string): {numbers: string[]; refs: string[]} {
  const numbers: string[] = [];
  const refs: string[] = [];
  let inBody = false;
  for (const line of text.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^## (Part \d+|Schedule \d+|Schedule)(?= )/.exec(line))) {
      inBody = true;
      numbers.push(m[1]!);
    } else if ((m = /^### (\d+[A-Z]*) /.exec(line))) numbers.push(m[1]!);
    else if (inBody && (m = /^(\([0-9a-z]+\)) /.exec(line))) numbers.push(m[1]!);
    if (inBody && !line.startsWith('#')) refs.push(...findReferences(line.replace(/\*\*/g, '')).map((r) => r.text));
  }
  return {numbers, refs};
}

describe('readBill', () => {
  it('reads front matter, Parts, sections and labelled provisions with AKN eIds', () => {
    const bill = readBill(draftText, 'draft-bill.md');
    expect(bill.title.text).toBe('Cluster Munitions Bill 2027');
    expect(bill.stage).toBe('bill');
    expect(bill.frontMatter).toBe('westminster');
    expect(bill.longTitle?.text).toMatch(/^A Bill for an Act to give effect to the Convention/);
    expect(bill.enactingFormula?.text).toBe('BE IT ENACTED by the Parliament of the Republic of Examplia as follows:');
    expect(bill.body.map((p) => (p.kind === 'part' ? `${p.eId} ${p.heading}` : p.eId))).toEqual([
      'part_1 Preliminary',
      'part_2 Prohibited conduct and offences',
      'part_3 Stockpiles, retention and enforcement',
      'part_4 Information and national authority',
      'part_5 Miscellaneous'
    ]);
    expect(allSections(bill).map((s) => s.number)).toEqual(Array.from({length: 26}, (_, i) => String(i + 1)));
    expect(bill.schedules.map((s) => `${s.eId} "${s.number}"`)).toEqual(['sched_1 ""']);
    const ids = [...provisions(bill)].map(({provision}) => provision.eId);
    expect(ids).toContain('part_1__sec_5__subsec_2__para_d__subpara_v');
    expect(ids).toContain('part_1__sec_4__hcontainer_3__para_d');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks defined terms where they are defined', () => {
    const {bill} = load();
    const defined = [...provisions(bill)].map(({provision}) => provision.defines).filter(Boolean);
    expect(defined).toContain('abandoned cluster munitions');
    expect(defined).toContain('cluster munitions producer');
    expect(defined).toContain('officer');
  });

  it('links cross-references to the provisions they cite', () => {
    const {bill} = load();
    const refs = new Map<string, string[]>();
    for (const {provision} of provisions(bill)) {
      for (const run of provision.block.runs)
        if (run.ref) refs.set(provision.eId, [...(refs.get(provision.eId) ?? []), `${run.text}→${run.ref}`]);
    }
    expect(refs.get('part_1__sec_5__subsec_3')).toEqual(['subsection (2)(d)→part_1__sec_5__subsec_2__para_d']);
    expect(refs.get('part_1__sec_9__subsec_2')).toEqual(['Part 2→part_2']);
    // "In this Act, unless the context otherwise requires:" is the section's intro (no id): the definitions count from 1.
    expect(refs.get('part_1__sec_4__hcontainer_6')).toEqual(['Schedule→att_1']);
    expect(refs.get('part_4__sec_23__subsec_1')).toEqual(['section 22(1)→part_4__sec_22__subsec_1']);
    expect(refs.get('part_2__sec_15__subsec_4')).toEqual([
      'subsections (1)→part_2__sec_15__subsec_1',
      '(2)→part_2__sec_15__subsec_2',
      'subsection (3)→part_2__sec_15__subsec_3'
    ]);
    expect(findReferences('sections 4, 5 and 6(2)(a) apply').map((r) => `${r.text}@${r.index}:${r.path.join('.')}`)).toEqual([
      'sections 4@0:4',
      '5@12:5',
      '6(2)(a)@18:6.2.a'
    ]);
    // Convention articles are not the bill's own references.
    expect(findReferences('the initial report required by article 7(1) of the Convention')).toEqual([]);
    expect(findReferences('in whole or in part, in the development')).toEqual([]);
  });

  it('keeps repeated numbers as printed, with warnings and distinct eIds', () => {
    // A hand edit (or an engine slip) that numbers section 12 (1) (2) (1) (4).
    const bill = readBill(
      draftText.replace(
        '(3) A person does not commit an offence against this section by reason only',
        '(1) A person does not commit an offence against this section by reason only'
      ),
      'edited.md'
    );
    const rules = bill.messages.map((m) => m.ruleId);
    expect(rules).toContain('duplicate-number');
    expect(rules).toContain('subsection-sequence');
    expect([...provisions(bill)].map(({provision}) => provision.eId)).toContain('part_2__sec_12__subsec_1_2');
  });

  it('reads a bill without Parts, with recitals, and subparagraph (i) after (h)', () => {
    const text = readFileSync(path.join(dir, 'no-parts.md'), 'utf8');
    const bill = readBill(text, 'no-parts.md');
    expect(bill.body.map((s) => s.eId)).toEqual(['sec_1', 'sec_2']);
    expect(bill.preamble.map((p) => p.text)).toEqual(['WHEREAS the State is a party to the Convention on Cluster Munitions;']);
    const labels = [...provisions(bill)].map(({provision}) => `${provision.kind}:${provision.label}`);
    expect(labels).toContain('paragraph:i');
    expect(labels).toContain('subparagraph:ii');
    expect(bill.messages).toEqual([]);
  });

  it('stops with positioned errors when a hand edit breaks the layout', () => {
    const edited = draftText
      .replace('### 7 Act does not apply to mines', '#### 7 Act does not apply to mines')
      .replace(
        '(b) develops, produces or otherwise acquires a cluster munition;',
        '- develops, produces or otherwise acquires a cluster munition;'
      )
      .replace('(i) the munition contains fewer than 10 explosive submunitions;\n\n(ii)', '(ii)');
    const lines = edited.split('\n');
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    expect(errorsOf(edited)).toEqual([
      `edited.md:${lineOf('#### 7')}:1: Unexpected heading \`#### 7 Act does not apply to mines\`, expected a section heading \`### N Heading\` [unexpected-heading]`,
      `edited.md:${lineOf('- develops')}:1: Found a list where a bill has only paragraphs labelled \`(1)\`, \`(a)\` or \`(i)\`; write each item as its own labelled paragraph [unexpected-block]`
    ]);
    expect(errorsOf('Some text\n\n### 1 Short title\n\nThis Act is the X Act.\n')).toEqual([
      'edited.md:1:1: Missing title, expected the short title as a `#` heading on the first line [missing-title]'
    ]);
    expect(errorsOf('# X Act 2027\n\n## Part 1 Preliminary\n\nStray text.\n')[0]).toBe(
      'edited.md:5:1: Unexpected text in Part 1 before its first section, expected a section heading `### N Heading` [text-outside-section]'
    );
    expect(errorsOf('# X Act 2027\n\n### 1 Things\n\n(ii) orphan.\n')[0]).toBe(
      'edited.md:5:1: Unexpected subparagraph `(ii)` with no paragraph before it, expected a paragraph `(a)` first [orphan-subparagraph]'
    );
  });

  it('reads the New Zealand house style: title and long title, then Contents, then the enacting formula', () => {
    const nz = readFileSync(path.join(import.meta.dirname, 'fixtures', 'bills', 'profile-nz', 'draft-bill.md'), 'utf8');
    const bill = readBill(nz, 'nz.md');
    expect(bill.frontMatter).toBe('nz');
    expect(bill.title.text).toBe('Cluster Munitions Prohibition Bill 2027');
    expect(bill.longTitle?.text).toMatch(/^A Bill for an Act to give effect/);
    expect(bill.enactingFormula?.text).toMatch(/enacts as follows:$/);
    expect(bill.preamble).toEqual([]);
    // Any Act read leniently says where its contents block sits, too.
    expect(readText(nz, 'nz.md').frontMatter).toBe('nz');
    expect(readText(draftText, 'draft-bill.md').frontMatter).toBe('westminster');
    expect(readText('# X Act 2027\n\n### 1 Short title\n\nThis Act is the X Act.\n', 'x.md').frontMatter).toBeUndefined();
  });

  it('refuses HTML blocks but leaves out comments, and reads headings with line separators', () => {
    const html = draftText.replace('### 3 Purpose', '<div>x</div>\n\n<!-- a\ncomment -->\n\n### 3 Purpose');
    const line = html.split('\n').indexOf('<div>x</div>') + 1;
    expect(errorsOf(html)).toEqual([
      `edited.md:${line}:1: Found Markdown of type \`html\` where a bill has only paragraphs labelled \`(1)\`, \`(a)\` or \`(i)\`; write each item as its own labelled paragraph [unexpected-block]`
    ]);
    const separated = readBill(
      draftText.replace('### 3 Purpose', '### 3 Pur\u2028pose').replace('## Part 2 Prohibited', '## Part 2 Pro\u2029hibited'),
      'edited.md'
    );
    expect(allSections(separated)[2]!.heading).toBe('Pur\u2028pose');
    expect(separated.body[1]!.kind === 'part' && separated.body[1]!.heading).toMatch(/^Pro\u2029hibited/);
  });

  it('reads faithful hand edits, warning where the arrangement or a reference no longer fits', () => {
    const edited = draftText
      .replace('### 7 Act does not apply to mines', '### 7 Mines excluded')
      .replace('Nothing in this Act applies to a mine.', 'Nothing in this Act applies to a mine (see section 99).');
    const bill = readBill(edited, 'edited.md');
    const messages = bill.messages.map(formatDiagnostic);
    expect(messages.some((m) => /arrangement-mismatch/.test(m) && m.includes('`7 Act does not apply to mines`'))).toBe(true);
    expect(messages.find((m) => m.includes('unresolved-reference'))).toMatch(
      /^edited\.md:\d+:\d+: warning: Unresolved reference `section 99`/
    );
    expect(renderHtml(bill)).toContain('<span class="n">7</span> Mines excluded');
  });
});

describe('HTML', () => {
  it('is one self-contained page (golden)', async () => {
    const {bill, links} = load();
    const html = renderHtml(bill, {links});
    expect(html).not.toMatch(/<script|<link |src="http|url\(http/);
    expect(html).toContain('<a href="#part_1__sec_6"><span class="n">6</span> Application to explosive bomblets</a>');
    expect(html).toContain('<a class="ref" href="#part_1__sec_5__subsec_2__para_d">subsection (2)(d)</a>');
    // Defined terms are bold text, not empty elements.
    expect(html).toContain('<b>abandoned cluster munitions</b> means');
    await expect(html).toMatchFileSnapshot(path.join(dir, '__snapshots__', 'bill.html'));
  });
});

describe('Akoma Ntoso', () => {
  it('is well-formed, keeps the structure rules and links provenance (golden)', async () => {
    const {bill, links} = load();
    const xml = renderAkn(bill, {date, country: 'xe', links});
    expect(checkAkn(xml)).toEqual([]);
    expectSchemaValid(xml);
    const root = parseXml(xml);
    const doc = elements(root, 'bill')[0]!;
    expect(elements(doc).map((e) => e.name)).toEqual(['meta', 'preface', 'preamble', 'body', 'attachments']);
    // Westminster house style: the arrangement, then the title and long title; the enacting formula in the preamble.
    expect(elements(elements(doc, 'preface')[0]!).map((e) => e.name)).toEqual(['toc', 'p', 'longTitle']);
    const all = [...descendants(root)];
    const byEId = new Map(all.filter((e) => e.attributes['eId']).map((e) => [e.attributes['eId']!, e]));
    const sec12 = byEId.get('part_2__sec_12')!;
    expect(sec12.attributes['refersTo']).toBe('#model-s-investment #ccm-art-1-1-c');
    expect(sec12.attributes['ccm:clause']).toBe('s-investment');
    expect(byEId.get('model-s-investment')?.name).toBe('TLCConcept');
    expect(byEId.get('model-s-investment')?.attributes['href']).toBe('/akn/ontology/concept/ccm-drafter/ccm-model-act/s-investment');
    expect(byEId.get('legislature')?.attributes['href']).toBe('/akn/ontology/organization/xe/parliament');
    // The Schedule is an attachment, and the reference to it follows it.
    expect(byEId.get('att_1')?.name).toBe('attachment');
    expect(all.filter((e) => e.name === 'ref' && e.attributes['href'] === '#att_1').map(textOf)).toEqual(['Schedule']);
    expect(byEId.get('part_1__sec_5__subsec_2')?.attributes['ccm:clause']).toBe('cm-exclusions');
    const frbr = all.find((e) => e.name === 'FRBRWork')!;
    expect(elements(frbr, 'FRBRthis')[0]!.attributes['value']).toBe('/akn/xe/bill/2027/cluster-munitions/!main');
    expect(elements(frbr, 'FRBRname')[0]!.attributes['value']).toBe('Cluster Munitions Bill 2027');
    expect(all.filter((e) => e.name === 'def').map(textOf)).toContain('abandoned cluster munitions');
    await expect(xml).toMatchFileSnapshot(path.join(dir, '__snapshots__', 'bill.akn.xml'));
  });

  it('is the same text for the same input, and the date comes from the options', () => {
    const {bill, links} = load();
    expect(renderAkn(bill, {date, country: 'xe', links})).toBe(renderAkn(load().bill, {date, country: 'xe', links: load().links}));
    expect(renderAkn(bill, {date: '2030-01-02', country: 'ws'})).toContain(
      '<FRBRuri value="/akn/ws/bill/2027/cluster-munitions/eng@2030-01-02"/>'
    );
    expect(() => renderAkn(bill, {date, country: 'generic'})).toThrow(/ISO 3166-1/);
  });

  it('catches broken rules in the checker itself', () => {
    const {bill, links} = load();
    const xml = renderAkn(bill, {date, country: 'xe', links});
    expect(checkAkn(xml.replace('<ref href="#part_2">', '<ref href="#part_9">'))[0]?.reason).toBe('Unresolved <ref> href `#part_9`');
    expect(checkAkn(xml.replace('eId="part_1__sec_2"', 'eId="part_1__sec_1"')).map((p) => p.reason)).toContain(
      'Duplicate eId `part_1__sec_1`'
    );
    expect(checkAkn(xml.replace('<num>(3)</num>', '<num>(4)</num>')).some((p) => /does not match eId/.test(p.reason))).toBe(true);
    expect(checkAkn(xml.replace('</preface>', ''))[0]?.reason).toMatch(/^Not well-formed/);
  });
});

describe('DOCX', () => {
  it('uses heading styles, hanging indents, bookmarks and page numbers', async () => {
    const {bill} = load();
    const files = unzipSync(await renderDocx(bill));
    const document = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    const count = (re: RegExp) => (document.match(re) ?? []).length;
    expect(count(/<w:pStyle w:val="Heading1"\/>/g)).toBe(5 + 1); // Parts and the schedule
    expect(count(/<w:pStyle w:val="Heading2"\/>/g)).toBe(26);
    expect(styles).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Subsection">.*?<w:ind w:left="1134" w:hanging="1134"\/>/);
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(count(/<w:bookmarkStart w:name="part_\d+__sec_\d+"/g)).toBe(26);
    expect(count(/<w:hyperlink [^>]*w:anchor="part_\d+__sec_\d+"/g)).toBe(26);
    expect(document).toMatch(/<w:b\/>.*?<w:t xml:space="preserve">abandoned cluster munitions<\/w:t>/);
    const footer = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f))!;
    expect(strFromU8(files[footer]!)).toMatch(/PAGE/);
    const letter = strFromU8(unzipSync(await renderDocx(bill, {paper: 'letter'}))['word/document.xml']!);
    expect(letter).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });

  it('gives identical bytes for the same input (no clock, no process-wide ids)', async () => {
    const {bill} = load();
    const a = await renderDocx(bill);
    const b = await renderDocx(load().bill);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(strFromU8(unzipSync(a)['docProps/core.xml']!)).not.toMatch(/dcterms:created/);
    const dated = unzipSync(await renderDocx(bill, {date}));
    expect(strFromU8(dated['docProps/core.xml']!)).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-01T00:00:00Z</dcterms:created>'
    );
  });
});

describe('numbering and cross-references are the Markdown draft’s in every format', () => {
  const expected = markdownSignature(draftText);

  it('AKN', () => {
    const {bill, links} = load();
    const root = parseXml(renderAkn(bill, {date, country: 'xe', links}));
    const doc = elements(root)[0]!;
    const all = [...elements(doc, 'body'), ...elements(doc, 'attachments')].flatMap((e) => [...descendants(e)]);
    expect(all.filter((e) => e.name === 'num').map(textOf)).toEqual(expected.numbers);
    expect(all.filter((e) => e.name === 'ref').map(textOf)).toEqual(expected.refs);
  });

  it('HTML', () => {
    const {bill, links} = load();
    const html = renderHtml(bill, {links});
    const body = html.slice(html.indexOf('</nav>'));
    const numbers = [
      ...body.matchAll(/<h2>(Part \d+|Schedule \d+|Schedule)<br>|<h3><span class="n">([^<]+)<\/span>|<span class="num">([^<]+)<\/span>/g)
    ].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(numbers).toEqual(expected.numbers);
    expect([...body.matchAll(/<a class="ref" href="#[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])).toEqual(expected.refs);
  });

  it('DOCX', async () => {
    const {bill} = load();
    const document = strFromU8(unzipSync(await renderDocx(bill))['word/document.xml']!);
    const paragraphs = [...document.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1],
      text: [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)].map((t) => t[1] ?? (t[2] === 'br' ? '\n' : '\t')).join('')
    }));
    const body = paragraphs.slice(paragraphs.findIndex((p) => p.style === 'Heading1'));
    const numbers = body.flatMap((p) => {
      if (p.style === 'Heading1') return [p.text.split('\n')[0]!];
      const m = /^([^\t]+)\t/.exec(p.text);
      return m ? [m[1]!] : [];
    });
    expect(numbers).toEqual(expected.numbers);
    const refs = body
      .filter((p) => p.style !== 'Heading1' && p.style !== 'Heading2')
      .flatMap((p) => findReferences(p.text).map((r) => r.text));
    expect(refs).toEqual(expected.refs);
  });
});

describe('references to other enactments', () => {
  /** The stockpiling example amends two other Acts in its Schedule 2; its bill also has a section 12 of its own. */
  async function amendingBill(edit: (markdown: string) => string = (m) => m) {
    const {buildFromAnswers} = await import('../src/app/build.js');
    const {draft} = await buildFromAnswers({
      answers: 'examples/stockpiling-state.yaml',
      cwd: path.resolve(import.meta.dirname, '..'),
      today: new Date('2027-06-01')
    });
    const bill = readBill(edit(draft.markdown), 'draft-bill.md');
    assignAknEIds(bill);
    return bill;
  }

  function amendmentsSchedule(bill: ReturnType<typeof readBill>) {
    const schedule = bill.schedules.find((s) => s.heading === 'Consequential amendments')!;
    return [...provisions({body: [], schedules: [schedule]})].map(({provision}) => provision.block);
  }

  it('are external: plain text, no warning, never linked to the bill’s own section of the same number', async () => {
    const bill = await amendingBill();
    expect(bill.messages.map(formatDiagnostic)).toEqual([]);
    const texts = amendmentsSchedule(bill);
    expect(texts.map((b) => b.text)).toContain('After section 12 of the Explosives Act 1972, insert:');
    // Neither "section 2(1)" and "paragraph (k)" of the Arms and Ammunition Act nor "section 12" of the Explosives Act
    // is the bill's: the bill's own section 12 must not be the target.
    expect(texts.flatMap((b) => b.runs.filter((r) => r.ref).map((r) => r.text))).toEqual([]);
    const xml = renderAkn(bill, {date, country: 'xe'});
    expect(xml).toContain(
      '<p>In section 2(1) of the Arms and Ammunition Act 1985, in the definition of <b>prohibited weapon</b>, after paragraph (k), insert:</p>'
    );
    expect(xml).toContain('<p>After section 12 of the Explosives Act 1972, insert:</p>');
    expect(checkAkn(xml)).toEqual([]);
    expectSchemaValid(xml);
    // The bill's own references still link ("Schedule 2" in the consequential amendments section).
    const own = [...provisions(bill)].flatMap(({provision}) => provision.block.runs.filter((r) => r.ref).map((r) => r.text));
    expect(own).toContain('Schedule 2');
  });

  it('leaves the bill’s own references, in the Schedule too, resolved or warned as before', async () => {
    const bill = await amendingBill((m) =>
      m
        .replace(
          '**Explosives Act 1972**',
          '**Explosives Act 1972**\n\nThis amendment is made for the purposes of section 12 and section 99.'
        )
        .replace(
          'After section 12 of the Explosives Act 1972, insert:',
          'After section 12 of the Explosives Act 1972 (see section 98 of this Act), insert:'
        )
        // The inserted section is the Explosives Act's words: its "section 99" is that Act's, quoted over two paragraphs.
        .replace('No licence, permit or other authority', 'Subject to section 99, no licence, permit or other authority')
    );
    const messages = bill.messages.map(formatDiagnostic);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/warning: Unresolved reference `section 99`/);
    expect(messages[1]).toMatch(/warning: Unresolved reference `section 98`/);
    const linked = amendmentsSchedule(bill).flatMap((b) => b.runs.filter((r) => r.ref).map((r) => `${r.text}→${r.ref}`));
    // The statement of purpose cites the bill's section 12; the amendment's "section 12 of the Explosives Act" does not.
    expect(linked).toEqual(['section 12→part_2__sec_12']);
  });

  it('are told apart from the bill’s by what follows them', () => {
    const external = (text: string) => {
      const found = findReferences(text);
      const ext = externalReferences(text, found);
      return found.map((r) => `${r.text}:${ext.has(r) ? 'external' : 'own'}`);
    };
    expect(external('In section 3(1) of the Arms Act 1983, after paragraph (f), insert: see subsection (2).')).toEqual([
      'section 3(1):external',
      'paragraph (f):external',
      'subsection (2):own'
    ]);
    expect(external('sections 4 and 5 of the Crimes Act 1961 and section 6')).toEqual([
      'sections 4:external',
      '5:external',
      'section 6:own'
    ]);
    expect(external('section 5 of this Act, paragraph (a) of the definition, section 7 of the Act')).toEqual([
      'section 5:own',
      'paragraph (a):own',
      'section 7:own'
    ]);
    expect(external('Part 2 of the Criminal Code and Schedule 1 to the Customs and Excise Act [year]')).toEqual([
      'Part 2:external',
      'Schedule 1:external'
    ]);
  });
});
