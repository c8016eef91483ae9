/**
 * The reader's inline Markdown: bold and italic runs (defined terms), the
 * escapes and character references the tool's own drafts contain, links,
 * code, and what a plain-text Act keeps as typed.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {allSections} from '../src/bill/model.js';
import {markdownRuns} from '../src/read/inline.js';
import {readAct} from '../src/read/index.js';

const show = (source: string): string =>
  markdownRuns(source)
    .map((r) => `${r.bold ? 'B' : ''}${r.italic ? 'I' : ''}[${r.text}]`)
    .join('');

describe('inline Markdown runs', () => {
  it('reads bold defined terms, italics, escapes and references', () => {
    expect(show('**cluster munition** means a munition')).toBe('B[cluster munition][ means a munition]');
    expect(show('the *Criminal Code* and _the Act_')).toBe('[the ]I[Criminal Code][ and ]I[the Act]');
    expect(show('a \\*literal\\* star, \\_under\\_ and \\[bracket\\]')).toBe('[a *literal* star, _under_ and [bracket]]');
    expect(show('Smith &amp; Sons &#8212; &lt;name&gt; &copy;')).toBe('[Smith & Sons — <name> ©]');
    expect(show('see [section 5](#5-offences) and `code`')).toBe('[see section 5 and code]');
    expect(show('***both***')).toBe('BI[both]');
    expect(show('cluster_munition_remnants stay as typed')).toBe('[cluster_munition_remnants stay as typed]');
    expect(show('**unclosed bold')).toBe('[**unclosed bold]');
    expect(show('[x](javascript:alert(1)) done')).toBe('[x done]');
  });

  it('never loses or invents text: the runs read back as the source without markup', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 60}), (value) => {
        const plain = value.replace(/[\\*_`[\]&<]/g, '');
        expect(
          markdownRuns(plain)
            .map((r) => r.text)
            .join('')
        ).toBe(plain.replace(/[ \t]*\r?\n[ \t]*/g, ' '));
      }),
      {numRuns: 200}
    );
  });
});

describe('Akoma Ntoso from another publisher', () => {
  it('reads parts, sections with num and heading, numbered provisions with intro, content and terms', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/xx/act/2020/1/!main"/><FRBRname value="Cluster Munitions Act 2020"/></FRBRWork></identification></meta>
    <preface><p><docTitle>Cluster Munitions Act 2020</docTitle></p><longTitle><p>An Act to implement the Convention on Cluster Munitions.</p></longTitle></preface>
    <body>
      <part eId="part_1"><num>1</num><heading>Preliminary</heading>
        <section eId="sec_2"><num>2.</num><heading>Interpretation</heading>
          <content><p>In this Act, <term refersTo="#cm">cluster munition</term> has the meaning given in Article 2 of the Convention.</p></content>
        </section>
      </part>
      <part eId="part_2"><num>2</num><heading>Offences</heading>
        <section eId="sec_3"><num>3.</num><heading>Prohibited conduct</heading>
          <subsection eId="sec_3__subsec_1"><num>(1)</num>
            <intro><p>A person commits an offence who—</p></intro>
            <paragraph eId="sec_3__subsec_1__para_a"><num>(a)</num><content><p>uses a cluster munition; or</p></content></paragraph>
            <paragraph eId="sec_3__subsec_1__para_b"><num>(b)</num><content><p>transfers a cluster munition to any other person.</p></content></paragraph>
          </subsection>
          <subsection eId="sec_3__subsec_2"><num>(2)</num><content><p>A person who commits an offence under subsection (1) is liable to imprisonment for 12 years.</p></content></subsection>
        </section>
      </part>
    </body>
  </act>
</akomaNtoso>`;
    const bill = await readAct(xml, 'other.xml');
    expect(bill.format).toBe('akn');
    expect(bill.title.text).toBe('Cluster Munitions Act 2020');
    const sections = allSections(bill);
    expect(sections.map((s) => `${s.number} ${s.heading} | ${s.containers.join(' > ')}`)).toEqual([
      '2 Interpretation | Part 1 Preliminary',
      '3 Prohibited conduct | Part 2 Offences'
    ]);
    expect(sections[1]!.children.map((p) => `${p.num} ${p.children.map((c) => c.num).join(',')}`)).toEqual(['(1) (a),(b)', '(2) ']);
    // Positions point into the XML: the paragraph (a) sits on its own line there.
    const a = sections[1]!.children[0]!.children[0]!;
    expect(xml.split('\n')[a.position!.start.line - 1]).toContain('uses a cluster munition');
    expect(sections[0]!.children[0]!.defines).toBe('cluster munition');
  });
});
