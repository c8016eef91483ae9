import {readFileSync} from 'node:fs';
import {Ajv} from 'ajv';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {flatView} from '../src/act/view.js';
import {readText} from '../src/read/index.js';

const parseAct = (text: string, path: string) => flatView(readText(text, path));
import {COMPONENT_IDS, OBLIGATIONS} from '../src/gap/catalogue.js';
import {gapReportForAct, gapReportForText} from '../src/gap/report.js';
import {renderActGapCsv} from '../src/gap/render-csv.js';
import {renderActGapHtml} from '../src/gap/render-html.js';
import {renderActGapMarkdown} from '../src/gap/render-md.js';
import type {ActGapReport, ComponentFinding} from '../src/gap/types.js';
import {InputError} from '../src/util/diagnostics.js';

const FIXTURES = [
  'nz-style',
  'uk-style',
  'criminal-code',
  'irish-style',
  'plain-lines',
  'build-layout',
  'reworded',
  'cook-islands-style',
  'canada-style',
  'mauritius-style',
  'word-converted'
] as const;

const report = (name: string): ActGapReport => {
  const path = `test/fixtures/acts/${name}.md`;
  return gapReportForText(readFileSync(path, 'utf8'), path, {today: '2027-01-01', modelVersion: '1.0.0'});
};
const finding = (r: ActGapReport, id: string): ComponentFinding => r.strength.find((f) => f.id === id)!;
const ratings = (r: ActGapReport): Record<string, string> => Object.fromEntries(r.strength.map((f) => [f.id, f.rating]));

const schema = JSON.parse(readFileSync('schemas/gap-report.schema.json', 'utf8'));
const validate = new Ajv({allErrors: true, strict: false}).compile(schema);

describe('catalogue', () => {
  test('component ids are exactly the issue 5 list', () => {
    expect(COMPONENT_IDS).toHaveLength(22);
    expect(schema.definitions.component.properties.id.enum).toEqual([...COMPONENT_IDS]);
  });

  test('obligation ids match checklists/article9.yaml when present', () => {
    const text = readFileSync('checklists/article9.yaml', 'utf8');
    const ids = [...text.slice(text.indexOf('\nobligations:')).matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1]);
    expect(OBLIGATIONS.map((o) => o.id)).toEqual(ids);
  });
});

describe('strength view: drafting styles', () => {
  test('New Zealand style: investment offence, express-request offence, no transit', () => {
    const r = report('nz-style');
    expect(ratings(r)).toMatchObject({
      use: 'strong',
      develop_produce_acquire: 'strong',
      stockpile_retain: 'strong',
      transfer: 'strong',
      assist_encourage_induce: 'strong',
      penal_sanctions: 'strong',
      investment: 'strong',
      transit: 'absent',
      joint_operations: 'strong',
      explosive_bomblets: 'strong',
      corporate_liability: 'strong',
      extraterritorial: 'strong',
      retention_authorised: 'strong',
      information_powers: 'strong',
      seizure_destruction: 'strong'
    });
    const inv = finding(r, 'investment');
    expect(inv.evidence[0]).toMatchObject({citation: 's 7(2)', section: '7', confidence: 'high'});
    expect(inv.evidence[0]!.snippet).toContain('provides or invests funds');
    expect(finding(r, 'joint_operations').form).toBe('express-request');
    expect(finding(r, 'transit').evidence).toEqual([]);
  });

  test('UK style: interoperability defence limited in Schedule 2, no investment', () => {
    const r = report('uk-style');
    const jo = finding(r, 'joint_operations');
    expect(jo).toMatchObject({rating: 'partial', form: 'interoperability'});
    expect(jo.evidence.map((e) => e.citation)).toEqual(['s 6(1)', 'Sch 2 para 3']);
    expect(finding(r, 'investment').rating).toBe('absent');
    expect(finding(r, 'penal_sanctions').reason).toBe('Imprisonment up to 14 years.');
    // The Schedule 2 list of offences refers to s 2(1)(d); it does not create a possession offence.
    expect(finding(r, 'stockpile_retain').evidence.map((e) => e.citation)).toEqual(['s 2(1)(d)']);
    expect(finding(r, 'explosive_bomblets').rating).toBe('strong');
  });

  test('Criminal Code style: intent-limited assistance, interoperability defence with carve-outs, category B', () => {
    const r = report('criminal-code');
    expect(ratings(r)).toMatchObject({
      assist_encourage_induce: 'partial',
      joint_operations: 'partial',
      extraterritorial: 'strong',
      retention_authorised: 'partial',
      investment: 'absent',
      transit: 'absent'
    });
    expect(finding(r, 'joint_operations').form).toBe('interoperability');
    expect(finding(r, 'joint_operations').evidence[0]!.citation).toBe('s 72.41');
  });

  test('Irish style with mines bundled: public-money investment, mines offences not counted', () => {
    const r = report('irish-style');
    expect(finding(r, 'investment')).toMatchObject({rating: 'partial'});
    expect(finding(r, 'investment').reason).toMatch(/public money/);
    for (const id of ['use', 'develop_produce_acquire', 'transfer'] as const) {
      expect(finding(r, id).evidence.every((e) => e.section === '3')).toBe(true);
    }
    expect(finding(r, 'joint_operations')).toMatchObject({rating: 'absent', form: 'none'});
    expect(finding(r, 'extraterritorial').rating).toBe('partial');
    expect(finding(r, 'penal_sanctions').reason).toBe('Imprisonment up to life.');
  });

  test('the same concepts worded differently are still found', () => {
    const r = report('reworded');
    expect(ratings(r)).toMatchObject({
      use: 'strong',
      develop_produce_acquire: 'strong',
      stockpile_retain: 'strong',
      transfer: 'strong',
      assist_encourage_induce: 'strong',
      investment: 'strong',
      transit: 'strong',
      foreign_stockpiling: 'strong',
      joint_operations: 'strong',
      corporate_liability: 'strong',
      extraterritorial: 'strong',
      retention_authorised: 'strong',
      penal_sanctions: 'strong'
    });
    expect(finding(r, 'transit').evidence.map((e) => e.citation)).toEqual(['s 5']);
    expect(finding(r, 'penal_sanctions').reason).toBe('Imprisonment up to 15 years.');
  });

  test('an Act lacking investment, transit and joint operations reports them absent, not guessed', () => {
    const r = report('build-layout');
    for (const id of ['investment', 'transit', 'joint_operations', 'explosive_bomblets', 'assist_encourage_induce']) {
      expect(finding(r, id)).toMatchObject({rating: 'absent', evidence: []});
    }
    expect(finding(r, 'joint_operations').form).toBe('none');
  });
});

describe('strength view: Acts written by an NGO adviser', () => {
  test('Cook Islands style: no assistance or investment offence, information offence in its own section, capped permission', () => {
    const r = report('cook-islands-style');
    expect(ratings(r)).toMatchObject({
      assist_encourage_induce: 'absent',
      investment: 'absent',
      transit: 'absent',
      joint_operations: 'absent',
      penal_sanctions: 'strong',
      corporate_liability: 'strong',
      // s 9(3) permits transfer for destruction "to another state": Article 3(7) allows it only to a State Party.
      retention_authorised: 'partial',
      explosive_bomblets: 'strong'
    });
    // s 11 punishes failing to comply with a notice under s 10: the power is backed by an offence.
    expect(finding(r, 'information_powers')).toMatchObject({rating: 'strong'});
    expect(finding(r, 'information_powers').evidence.map((e) => e.citation)).toEqual(['s 10(1)', 's 11']);
    // Residents and local companies only: nationals abroad are not reached.
    expect(finding(r, 'extraterritorial').rating).toBe('partial');
  });

  test('Canada style: 5 years is partial, as in the draft report; the military-cooperation exception lets own forces use', () => {
    const r = report('canada-style');
    expect(finding(r, 'penal_sanctions')).toMatchObject({
      rating: 'partial',
      reason: 'Imprisonment only up to 5 years, below the 7 years of comparable weapons offences.'
    });
    const jo = finding(r, 'joint_operations');
    expect(jo).toMatchObject({rating: 'weak', form: 'interoperability'});
    expect(jo.evidence.map((e) => e.citation)).toContain('s 9(1)');
    // Permitting an express request where the choice is not in national control is not a limit.
    expect(jo.reason).not.toMatch(/carve-outs/);
    expect(ratings(r)).toMatchObject({
      investment: 'absent',
      transit: 'absent',
      information_powers: 'absent',
      corporate_liability: 'absent',
      retention_authorised: 'partial'
    });
  });

  test('Mauritian bill with mines: penal servitude, transit through the named State, bomblets through two definitions', () => {
    const r = report('mauritius-style');
    expect(finding(r, 'penal_sanctions')).toMatchObject({rating: 'strong', reason: 'Imprisonment up to 15 years.'});
    expect(finding(r, 'transit')).toMatchObject({rating: 'strong'});
    expect(finding(r, 'transit').evidence.map((e) => e.citation)).toEqual(['s 4(2)']);
    // "prohibited weapon" means a mine or a cluster munition; "cluster munition" includes an explosive bomblet.
    expect(finding(r, 'explosive_bomblets').rating).toBe('strong');
    // Clause 5 (legality of acts) permits retention: it is not cited as a prohibition.
    for (const id of ['develop_produce_acquire', 'stockpile_retain'] as const)
      expect(finding(r, id).evidence.map((e) => e.section)).toEqual(['4']);
    expect(finding(r, 'retention_authorised').rating).toBe('strong');
    // The failure to answer a request is an offence in clause 7(2).
    expect(finding(r, 'information_powers')).toMatchObject({rating: 'strong'});
    expect(finding(r, 'information_powers').evidence.map((e) => e.citation)).toEqual(['s 6(1)', 's 7(2)']);
  });

  test('converted from Word: title found, twenty-five years read whole, limits on the defence found', () => {
    const r = report('word-converted');
    expect(r.act.title).toBe('CLUSTER MUNITIONS (PROHIBITION) BILL 2027');
    expect(finding(r, 'penal_sanctions').reason).toBe('Imprisonment up to 25 years.');
    expect(finding(r, 'assist_encourage_induce').rating).toBe('strong');
    const jo = finding(r, 'joint_operations');
    expect(jo).toMatchObject({rating: 'partial', form: 'interoperability'});
    expect(jo.evidence.map((e) => e.citation)).toEqual(['s 6(1)', 's 6(2)']);
    expect(finding(r, 'explosive_bomblets').rating).toBe('strong');
  });

  test('imprisonment thresholds match the draft report: 7 strong, 3 to 6 partial, under 3 weak', () => {
    const rate = (penalty: string): string =>
      finding(
        gapReportForText(
          `# Cluster Munitions Act\n\n### 1 Offences\n\n(1) A person must not use a cluster munition.\n\n(2) A person who contravenes subsection (1) is liable to ${penalty}.\n`,
          'p.md'
        ),
        'penal_sanctions'
      ).rating;
    expect(rate('imprisonment for 7 years')).toBe('strong');
    expect(rate('imprisonment for a term not exceeding six years')).toBe('partial');
    expect(rate('imprisonment for a term not exceeding 18 months')).toBe('weak');
    expect(rate('imprisonment for twenty-one years')).toBe('strong');
    expect(rate('penal servitude for 3 years')).toBe('partial');
  });

  test('a paragraph naming a place under an exception is part of the exception, not an extension of the offences abroad', () => {
    const act = [
      '# Cluster Munitions Act',
      '### 1 Offences',
      '(1) A person must not use a cluster munition.',
      '### 2 Exceptions and defences',
      '(1) A person does not commit an offence against section 1 by doing any of the following:',
      '(a) as an authorised officer, destroying a cluster munition; or',
      '(b) outside the State, taking part, under the authority and control of a State Party, in the retention of cluster munitions that the Convention permits to that State Party.'
    ].join('\n\n');
    const r = gapReportForText(`${act}\n`, 'e.md');
    expect(finding(r, 'extraterritorial')).toMatchObject({rating: 'absent', evidence: []});
    // Where a section does extend the offences, it is still found.
    const abroad = `${act}\n\n### 3 Application outside the State\n\nSection 1 applies to conduct outside the State by any citizen of the State and any body corporate incorporated in the State.\n`;
    expect(finding(gapReportForText(abroad, 'e.md'), 'extraterritorial').evidence.map((e) => e.citation)).toEqual(['s 3']);
  });
});

describe('Convention view', () => {
  test('every obligation is listed once, in order, with sections or what is missing', () => {
    const r = report('nz-style');
    expect(r.convention.map((o) => o.id)).toEqual(OBLIGATIONS.map((o) => o.id));
    const byId = Object.fromEntries(r.convention.map((o) => [o.id, o]));
    expect(byId['art-1-1-a']).toMatchObject({status: 'implemented', sections: ['s 7(1)(a)'], missing: ''});
    expect(byId['art-21-3-4']!.status).toBe('implemented');
    expect(byId['art-4']!.status).toBe('missing');
    expect(byId['art-4']!.note).toMatch(/administrative/);
    expect(byId['art-7-1-b']!.status).toBe('partial');
    for (const o of r.convention) expect(o.status === 'implemented' ? o.missing === '' : o.missing.length > 0).toBe(true);
  });
});

describe('outputs', () => {
  for (const name of FIXTURES) {
    test(`${name}: JSON validates against the schema; golden Markdown and JSON`, async () => {
      const r = report(name);
      const valid = validate(JSON.parse(JSON.stringify(r)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      await expect(renderActGapMarkdown(r)).toMatchFileSnapshot(`fixtures/gap/${name}.md`);
      await expect(`${JSON.stringify(r, null, 2)}\n`).toMatchFileSnapshot(`fixtures/gap/${name}.json`);
    });
  }

  test('each precedent is said once: the note never repeats "none on record" or contradicts the precedent', () => {
    for (const name of FIXTURES) {
      const md = renderActGapMarkdown(report(name));
      const lines = md.split('\n').filter((l) => l.startsWith('**Precedent:**'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.match(/on record/gi)?.length ?? 0, line).toBeLessThanOrEqual(1);
        // A note that frames a precedent ("A stronger precedent to compare with.") is followed by one, never by "None".
        expect(line, line).not.toMatch(/precedent[^.]*\.\s+None on record/i);
      }
    }
  });

  test('Act text cannot change the structure of the Markdown, HTML or CSV report', () => {
    const hostile = [
      'a | b *c* [d](e) <x>',
      '`y`',
      '# 99',
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
      ':::section',
      '=SUM(A1)',
      '"quoted", comma'
    ];
    const act = `# Cluster Munitions Act\n\n### 1 Offences\n\n(1) A person must not use a cluster munition ${hostile.join(' ')}.\n\n(2) A person who contravenes subsection (1) is liable to imprisonment for 10 years ${hostile.join(' ')}.\n`;
    const r = gapReportForText(act, 'h.md', {today: '2027-01-01', modelVersion: '1.0.0'});
    const md = renderActGapMarkdown(r);
    // The summary table keeps its 22 rows and 5 columns whatever the quotes hold.
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && /\(`\w+`\) \|/.test(l));
    expect(rows).toHaveLength(22);
    expect(md).not.toMatch(/^# 99/m);
    expect(md).not.toMatch(/(^|[^\\])<script>/);
    const html = renderActGapHtml(r);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
    const csv = renderActGapCsv(r);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 22 + OBLIGATIONS.length);
    expect(csv).not.toMatch(/(^|,)"=SUM/m);
  });
});

describe('bad input', () => {
  test('empty text and non-Acts raise InputError with a position', () => {
    expect(() => gapReportForText('', 'e.md')).toThrow(InputError);
    try {
      gapReportForText('Just a note.\n\nNothing else.\n', 'n.md');
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).messages[0]!.ruleId).toBe('not-an-act');
      expect((error as InputError).messages[0]!.line).toBe(1);
    }
  });

  test('analysis never throws on any readable document', () => {
    const piece = fc.constantFrom(
      '### 1 Title\n',
      '(1) A person must not use a cluster munition.\n',
      '(a) invests funds in production;\n',
      'Schedule 2\n',
      'It is a defence to take part in military operations with a State not party.\n',
      '\u202E',
      '(i)',
      '\n\n',
      '**',
      'imprisonment for life',
      '…'
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({maxLength: 30})), {maxLength: 40}), (parts) => {
        const act = parseAct(`### 1 Start\n\n${parts.join('')}`, 'p.md');
        const r = gapReportForAct(act);
        expect(r.strength).toHaveLength(22);
        expect(validate(JSON.parse(JSON.stringify(r)))).toBe(true);
      }),
      {numRuns: 300}
    );
  });
});

describe('a provision is read with its lead-in, and only for what it says (workshop near misses)', () => {
  const act = (offences: string, application = '') =>
    `# Test Act 2027\n\n### 1 Interpretation\n\nIn this Act, **cluster munition** has the meaning in the Convention.\n\n### 2 Offences\n\n${offences}\n\n### 3 Penalties\n\nA person who commits an offence against section 2 is liable on conviction to imprisonment for a term not exceeding 10 years.\n${application}`;
  const rate = (text: string, id: string) => finding(gapReportForText(text, 'a.md', {today: '2027-01-01', modelVersion: '1.0.0'}), id);

  test('assisting only with intent that the other person act is partial, even when the intent sits in the lead-in', () => {
    const text = act(
      '(1) A person commits an offence who uses a cluster munition.\n\n(2) A person commits an offence who assists, encourages or induces another person, intending that the other person engage in conduct that:\n\n(a) is an offence against subsection (1); or\n\n(b) would be such an offence if done in the State.'
    );
    expect(rate(text, 'assist_encourage_induce').rating).toBe('partial');
  });

  test('"directly or indirectly" or "to anyone" elsewhere does not widen a paragraph that only forbids selling or exporting', () => {
    const text = act(
      '(1) A person commits an offence who, directly or indirectly:\n\n(a) develops or produces a cluster munition; or\n\n(b) sells or exports a cluster munition.\n\n(2) A person commits an offence who knowingly gives false information to anyone about a cluster munition.'
    );
    expect(rate(text, 'transfer').rating).toBe('partial');
  });

  test('an offence of storing munitions here "for any person outside" the State reaches no conduct abroad', () => {
    const text = act(
      '(1) A person commits an offence who uses a cluster munition.\n\n(2) A person commits an offence who, in the State, stores a cluster munition for or on behalf of any person outside the State.',
      '\n### 4 Application\n\nAn act outside the State that would be an offence against section 2 if done in the State is an offence if it is done by a citizen of the State.\n'
    );
    const f = rate(text, 'extraterritorial');
    expect(f.rating).toBe('partial');
    expect(f.evidence.map((e) => e.citation)).toEqual(['s 4']);
  });
});

describe('citations a counsel can check', () => {
  // A short Act in the words of the model's offences, investment and fault-element sections.
  const act = [
    '# Cluster Munitions Act 2027',
    '',
    '### 10 Prohibited conduct',
    '',
    '(1) A person commits an offence who develops, produces or otherwise acquires a cluster munition.',
    '',
    '### 11 Assisting, encouraging or inducing',
    '',
    '(1) A person commits an offence who, in any way, assists, encourages or induces another person to engage in conduct that:',
    '',
    '(a) is an offence against section 10 or this section; or',
    '',
    '(b) would be an offence against section 10 if the other person were a citizen.',
    '',
    '### 12 Investment in cluster munitions',
    '',
    '(1) A person commits an offence who, knowing that a body corporate is a cluster munitions producer:',
    '',
    '(a) invests funds in it, whether by acquiring shares or other securities issued by it; or',
    '',
    '(b) continues to hold an investment in it.',
    '',
    '### 15 Fault element',
    '',
    '(1) A person commits an offence against this Part only if the person engages intentionally in the conduct that makes up the offence and knows that the conduct relates to a cluster munition.',
    ''
  ].join('\n');
  const report = gapReportForText(act, 'act.md');
  const cited = (id: string) => report.strength.find((c) => c.id === id)!.evidence.map((e) => e.citation);

  test('a body corporate that an offence is about (the producer invested in) makes no body corporate liable', () => {
    expect(report.strength.find((c) => c.id === 'corporate_liability')!.rating).toBe('absent');
    const liable = gapReportForText(
      `${act}\n### 16 Offences by bodies corporate\n\n(1) In the case of a body corporate, the fine for an offence against section 10 is five times the fine for an individual.\n`,
      'act.md'
    );
    const corporate = liable.strength.find((c) => c.id === 'corporate_liability')!;
    expect(corporate.rating).toBe('partial');
    expect(corporate.evidence.map((e) => e.citation)).toEqual(['s 16(1)']);
  });

  test('a "producer" is not production, and "makes up the offence" is not making anything', () => {
    expect(cited('develop_produce_acquire')).toEqual(['s 10(1)']);
  });

  test('assisting conduct that is "an offence against section 10" is tied to the munitions by that reference', () => {
    const assist = report.strength.find((c) => c.id === 'assist_encourage_induce')!;
    expect(assist.confidence).toBe('medium');
    expect(assist.confidenceWhy).toMatch(/reference to the offences in section 10/);
    // The Convention view cites what the component rests on, not "implemented" with nothing to check.
    const art = report.convention.find((o) => o.article === '1(1)(c)')!;
    expect(art.status).not.toBe('missing');
    expect(art.sections).toEqual(['s 11(1)', 's 11(1)(a)', 's 11(1)(b)']);
  });
});

describe('an assisting offence tied to the prohibitions by number (review of the tie)', () => {
  const act = (title: string, prohibition: string[], assisting: string) =>
    [`# ${title}`, '', '### 10 Prohibitions', '', ...prohibition.flatMap((p) => [p, '']), '### 12 Assisting', '', assisting, ''].join('\n');
  const assist = (text: string) => {
    const report = gapReportForText(text, 'act.md');
    return {
      component: report.strength.find((c) => c.id === 'assist_encourage_induce')!,
      article: report.convention.find((o) => o.article === '1(1)(c)')!
    };
  };
  const ban = '(1) A person commits an offence who uses, develops, produces or acquires a cluster munition.';

  test('found by that reference alone when the title does not name cluster munitions', () => {
    const {component, article} = assist(
      act(
        'Weapons Prohibition Act 2027',
        [ban],
        '(1) A person commits an offence who assists, encourages or induces another person to engage in conduct that is an offence against section 10.'
      )
    );
    expect(component.rating).not.toBe('absent');
    expect(component.confidence).toBe('medium');
    expect(component.confidenceWhy).toMatch(/reference to the offences in section 10, which name them/);
    expect(article.sections).toEqual(['s 12(1)']);
  });

  test('a list of sections is read whole ("sections 5 and 10")', () => {
    const {component} = assist(
      act(
        'Weapons Prohibition Act 2027',
        [ban],
        '(1) A person commits an offence who assists, encourages or induces another person to engage in conduct that is an offence against sections 5 and 10.'
      )
    );
    expect(component.confidence).toBe('medium');
  });

  test('never by a section of another Act, nor by a subsection about something else', () => {
    const firearms = assist(
      act(
        'Cluster Munitions Act 2027',
        [ban],
        '(1) A person commits an offence who assists, encourages or induces another person to engage in conduct that is an offence against section 10 of the Firearms Act 1983.'
      )
    );
    expect(firearms.component.confidenceWhy).not.toMatch(/reference to the offences/);
    const chemical = assist(
      act(
        'Cluster Munitions and Chemical Weapons Act 2027',
        [ban, '(2) A person commits an offence who uses a chemical weapon.'],
        '(1) A person commits an offence who assists, encourages or induces another person to engage in conduct that is an offence against section 10(2).'
      )
    );
    expect(chemical.component.confidenceWhy).not.toMatch(/reference to the offences/);
  });

  test('an obligation read as met cites what it rests on, at low confidence too', () => {
    const {component, article} = assist(
      act(
        'Cluster Munitions Act 2027',
        [ban],
        '(1) A person commits an offence who assists, encourages or induces another person to engage in any conduct that is prohibited.'
      )
    );
    if (article.status !== 'missing') expect(article.sections.length).toBeGreaterThan(0);
    expect(component.rating).not.toBe('absent');
  });
});

describe('production worded with "make"', () => {
  const produce = (offence: string) =>
    gapReportForText(['# Weapons Act 2027', '', '### 5 Offences', '', `(1) ${offence}`, ''].join('\n'), 'act.md').strength.find(
      (c) => c.id === 'develop_produce_acquire'
    )!;

  test.each([
    'A person must not make a cluster munition.',
    'No person shall make any cluster munition.',
    'A person commits an offence who is involved in making any cluster munition.'
  ])('"%s" is a prohibition of production', (offence) => {
    expect(produce(offence).rating).not.toBe('absent');
    expect(produce(offence).evidence.map((e) => e.citation)).toEqual(['s 5(1)']);
  });

  test('making a munition safe, or making a report, is not', () => {
    expect(produce('A person must not make a cluster munition safe except as authorised.').rating).toBe('absent');
    expect(produce('A person who holds a cluster munition must make a report to the Minister.').rating).toBe('absent');
  });
});
