/**
 * Exceptions worded as counsel finds them in Caribbean, African and
 * Westminster statutes are exceptions, never prohibitions: "It shall not be
 * an offence under section 3 for …", "does not contravene section 4 by reason
 * only of …", "Notwithstanding section 9, … may …", and a limit on one
 * ("Subsection (1) shall not authorise … to use") is not an offence. Found by
 * an adviser's reading of Acts in the styles of Belize, Trinidad and Tobago
 * and Zambia: before, the first made retention "strong" (no exception found)
 * and joint operations "absent".
 */
import {describe, expect, it} from 'vitest';
import {gapReportForText} from '../src/gap/report.js';

const OFFENCES = `# Cluster Munitions (Prohibition) Act 2030

### 1 Short title

This Act may be cited as the Cluster Munitions (Prohibition) Act 2030.

### 3 Prohibitions

(1) A person shall not—

(a) use a cluster munition;

(b) develop, produce or otherwise acquire a cluster munition;

(c) stockpile or retain a cluster munition;

(d) transfer a cluster munition to anyone.

(2) A person who contravenes subsection (1) commits an offence and is liable on conviction to imprisonment for ten years.

`;

const report = (exceptions: string) => gapReportForText(`${OFFENCES}### 5 Exceptions\n\n${exceptions}\n`, 'act.md');
const component = (r: ReturnType<typeof report>, id: string) => r.strength.find((c) => c.id === id)!;
const cited = (r: ReturnType<typeof report>, id: string) => component(r, id).evidence.map((e) => e.citation);

describe('exceptions in the words statutes use', () => {
  it('"It shall not be an offence under section 3 for …" permits retention: partial, never a prohibition', () => {
    const r = report(
      '(1) It shall not be an offence under section 3 for a member of the Defence Force, acting with the written authority of the Minister, to acquire or retain cluster munitions for training in cluster munition detection, clearance or destruction techniques.'
    );
    expect(component(r, 'retention_authorised').rating).toBe('partial');
    expect(cited(r, 'retention_authorised')).toContain('s 5(1)');
    for (const id of ['stockpile_retain', 'develop_produce_acquire']) expect(cited(r, id)).not.toContain('s 5(1)');
  });

  it('an open joint-operations exception is weak; one that keeps the Article 21(4) limits is partial', () => {
    const open = report(
      '(2) It shall not be an offence under section 3 for a member of the Defence Force to take part in military cooperation or operations with the armed forces of a State not party to the Convention, even where those armed forces use cluster munitions.'
    );
    expect(component(open, 'joint_operations').rating).toBe('weak');
    expect(cited(open, 'use')).not.toContain('s 5(2)');
    const limited = report(
      '(3) A member of the Defence Force does not contravene section 3 by reason only of taking part in military cooperation or operations with a State that is not a party to the Convention, if he does not himself use, develop, produce, acquire, possess or transfer a cluster munition, or expressly request its use where the choice of munitions is within his exclusive control.'
    );
    expect(component(limited, 'joint_operations').rating).toBe('partial');
  });

  it('"Notwithstanding section 3, … may participate", limited by "Subsection (1) shall not authorise …": partial, and the limits are no offences', () => {
    const r = report(
      [
        '(1) Notwithstanding section 3, a member of the Defence Force may participate in military co-operation and operations with a State not party to the Convention that might engage in activities prohibited under this Act.',
        '(2) Subsection (1) shall not authorise a member of the Defence Force to—',
        '(a) develop, produce or otherwise acquire cluster munitions;',
        '(b) stockpile or transfer cluster munitions;',
        '(c) use cluster munitions; or',
        '(d) expressly request the use of cluster munitions where the choice of munitions used is within the exclusive control of the Defence Force.'
      ].join('\n\n')
    );
    expect(component(r, 'joint_operations').rating).toBe('partial');
    expect(cited(r, 'joint_operations')).toContain('s 5(1)');
    for (const id of ['use', 'transfer', 'stockpile_retain']) expect(cited(r, id).some((c) => c.startsWith('s 5'))).toBe(false);
  });

  it('a prohibition after "Notwithstanding" or naming a section is still a prohibition', () => {
    const r = gapReportForText(
      `${OFFENCES.replace('(a) use a cluster munition;', '(a) [omitted];')}### 4 Use\n\nNotwithstanding section 5, a person referred to in section 3 shall not use a cluster munition.\n`,
      'act.md'
    );
    expect(cited(r, 'use')).toContain('s 4');
  });
});

describe('transit through a definition', () => {
  it('"transfer" defined to include transit brings transit within the transfer offence', () => {
    const r = gapReportForText(
      OFFENCES.replace(
        '### 3 Prohibitions',
        '### 2 Interpretation\n\nIn this Act—\n\n"transfer" includes, in addition to the physical movement of cluster munitions into or from the territory, the transfer of title to and control over cluster munitions, and the transit of cluster munitions through the territory.\n\n### 3 Prohibitions'
      ),
      'act.md'
    );
    const transit = r.strength.find((c) => c.id === 'transit')!;
    expect(transit.rating).toBe('strong');
    expect(transit.evidence.map((e) => e.citation)).toEqual(['s 2', 's 3(1)(d)']);
    // Without the definition, or with one that leaves transit out, the same offence is no prohibition of transit.
    expect(gapReportForText(OFFENCES, 'act.md').strength.find((c) => c.id === 'transit')!.rating).toBe('absent');
    const without = OFFENCES.replace(
      '### 3 Prohibitions',
      '### 2 Interpretation\n\nIn this Act—\n\n"transfer" means the physical movement of cluster munitions into or from the territory, but does not include transit through the territory.\n\n### 3 Prohibitions'
    );
    expect(gapReportForText(without, 'act.md').strength.find((c) => c.id === 'transit')!.rating).toBe('absent');
  });
});

describe('provisos and exceptions beside a prohibition', () => {
  const act = (rest: string) => `# Cluster Munitions Act 2030

### 1 Short title

This Act may be cited as the Cluster Munitions Act 2030.

### 3 Prohibitions

(1) No person shall—

(a) use a cluster munition;

(b) develop, produce or acquire a cluster munition;

(c) stockpile or retain a cluster munition;

(d) transfer a cluster munition to any person; or

(e) assist, encourage or induce any person to do any of the things mentioned in paragraphs (a) to (d):

Provided that nothing in this subsection shall prohibit any person from holding shares in a company which develops cluster munitions abroad.

(2) Any person who contravenes subsection (1) is guilty of an offence and is liable on conviction to imprisonment for fifteen years.

### 4 Transit

(1) No person shall bring into the Island, for the purpose of carrying it through the Island to another country, any cluster munition.

${rest}
`;

  it('a proviso after the last paragraph saves something from the rule; the paragraph stays an offence', () => {
    const r = gapReportForText(act(''), 'act.md');
    expect(component(r, 'assist_encourage_induce').rating).toBe('strong');
    expect(cited(r, 'assist_encourage_induce')).toContain('s 3(1)(e)');
    // What the proviso saves (holding shares in a producer) is not prohibited by the paragraph it follows.
    expect(component(r, 'investment').rating).toBe('absent');
  });

  it('a transit prohibition that an exception opens to licensed or foreign munitions is weak, and says so', () => {
    expect(component(gapReportForText(act(''), 'act.md'), 'transit').rating).toBe('strong');
    const licensed = gapReportForText(
      act(
        '(2) Subsection (1) does not apply where the cluster munition remains on board a vessel or aircraft of a State not party to the Convention and the Minister has granted a transit licence in respect of it.'
      ),
      'act.md'
    );
    expect(component(licensed, 'transit').rating).toBe('weak');
    expect(cited(licensed, 'transit')).toEqual(['s 4(1)', 's 4(2)']);
    // The passage the law of the sea gives foreign ships is no such loophole.
    const passage = gapReportForText(
      act(
        '(2) This section does not apply to a foreign ship exercising the right of innocent passage, or to a foreign ship or aircraft exercising the right of transit passage, under international law.'
      ),
      'act.md'
    );
    expect(component(passage, 'transit').rating).toBe('strong');
  });
});

describe('what a provision does, not the words it holds', () => {
  it('the definition of "explosive bomblet" alone does not apply the Act to bomblets; a provision that does, does', () => {
    const defined = OFFENCES.replace(
      '### 3 Prohibitions',
      '### 2 Interpretation\n\nIn this Act, "explosive bomblet" means a conventional munition, weighing less than 20 kilograms, which is dispersed or released by a dispenser affixed to an aircraft.\n\n### 3 Prohibitions'
    );
    const onlyDefined = component(gapReportForText(defined, 'act.md'), 'explosive_bomblets');
    expect(onlyDefined.rating).toBe('absent');
    expect(onlyDefined.reason).toBe('Explosive bomblets are mentioned, but no provision applies the Act to them.');
    const applied = `${defined}### 4 Application to explosive bomblets\n\nThe provisions of this Act apply to explosive bomblets as they apply to cluster munitions.\n`;
    const bomblets = component(gapReportForText(applied, 'act.md'), 'explosive_bomblets');
    expect(bomblets.rating).toBe('strong');
    expect(bomblets.evidence.map((e) => e.citation)).toEqual(['s 4']);
  });

  it('a restraint on one fund ("The Guardians must not invest the Fund …") is no prohibition on any person investing', () => {
    const fund = `${OFFENCES}### 5 Investment of the Fund\n\nThe Guardians must not invest the Fund in any entity whose principal business is the development or production of cluster munitions.\n`;
    const investment = component(gapReportForText(fund, 'act.md'), 'investment');
    expect(investment.rating).toBe('partial');
    expect(investment.reason).toMatch(/named body or fund/);
    const anyone = `${OFFENCES}### 5 Investment\n\nA person must not invest in any entity whose principal business is the development or production of cluster munitions.\n`;
    expect(component(gapReportForText(anyone, 'act.md'), 'investment').rating).toBe('strong');
  });
});

describe('a power to lift the prohibitions', () => {
  it('"The Minister may, by order, exempt any person … from any provision of section 3" caps the prohibitions at partial and is cited', () => {
    const r = gapReportForText(
      `${OFFENCES}### 7 Exemptions\n\nThe Minister may, by order published in the Gazette, exempt any person or class of persons from any provision of section 3, subject to such conditions as he may specify in the order.\n`,
      'act.md'
    );
    for (const id of ['use', 'develop_produce_acquire', 'stockpile_retain']) {
      expect(component(r, id).rating, id).toBe('partial');
      expect(component(r, id).reason).toMatch(/exempt anyone from it \(s 7\)/);
      expect(cited(r, id)).toContain('s 7');
    }
    // A power limited to what the Convention permits (training, destruction) is no such loophole.
    const limited = gapReportForText(
      `${OFFENCES}### 7 Exemptions\n\nThe Minister may exempt any person from section 3 for the purpose of training in the detection, clearance or destruction of cluster munitions.\n`,
      'act.md'
    );
    expect(component(limited, 'use').rating).toBe('strong');
  });
});

describe('an omnibus Act whose cluster munitions Part leaves general provisions out', () => {
  const omnibus = (application: string) => `# Weapons Conventions Act 2030

## Part 1 Preliminary

### 1 Short title

This Act may be cited as the Weapons Conventions Act 2030.

## Part 4 Cluster munitions

### 16 Prohibitions

(1) A person shall not use, develop, produce, acquire, stockpile, retain or transfer a cluster munition.

(2) A person who contravenes subsection (1) commits an offence and is liable on conviction to imprisonment for ten years.

### 17 Application of other provisions

${application}

## Part 6 International obligations

### 40 National Authority

(1) The Minister is the National Authority for the purposes of the Conventions to which this Act gives effect.

(2) The National Authority shall prepare and submit the reports required by Article 7 of the Convention on Cluster Munitions to the Secretary-General of the United Nations, and shall be the national point of contact for international cooperation and assistance under Article 6 of that Convention.
`;
  it('"Part 6 does not apply to this Part" takes the National Authority functions away from cluster munitions', () => {
    const applied = gapReportForText(omnibus('Sections 30 to 32 apply to this Part.'), 'act.md');
    expect(component(applied, 'transparency').rating).not.toBe('absent');
    const left = gapReportForText(omnibus('Section 33 and Part 6 do not apply to this Part.'), 'act.md');
    expect(component(left, 'transparency').rating).toBe('absent');
    expect(component(left, 'cooperation').rating).toBe('absent');
  });
});

describe('assisting in the South Asian style', () => {
  it('"instigates, aids or procures any person … to do any act which would be prohibited to a State Party" stands alone', () => {
    const r = gapReportForText(
      `${OFFENCES}### 5 Abetment\n\nWhoever abets the commission of an offence punishable under section 3, or instigates, aids or procures any person, whether in the State or elsewhere, to do any act which would be prohibited to a State Party under the Convention, shall be punished with the punishment provided for that offence.\n`,
      'act.md'
    );
    expect(component(r, 'assist_encourage_induce').rating).toBe('strong');
    const party = gapReportForText(
      `${OFFENCES}### 5 Abetment\n\nWhoever abets the commission of an offence punishable under section 3 shall be punished with the punishment provided for that offence.\n`,
      'act.md'
    );
    expect(component(party, 'assist_encourage_induce').rating).toBe('partial');
  });
});

describe('stockpile destruction', () => {
  it('forfeiture and destruction of the munitions of an offence is not the destruction of the stockpile', () => {
    const forfeited = gapReportForText(
      `${OFFENCES}### 12 Forfeiture\n\nOn conviction of a person for an offence against section 3, every cluster munition in respect of which the offence was committed is forfeited to the State and must be destroyed.\n`,
      'act.md'
    );
    expect(component(forfeited, 'stockpile_destruction').rating).toBe('absent');
    const stockpile = gapReportForText(
      `${OFFENCES}### 12 Destruction of stockpiles\n\nThe Minister must ensure that all cluster munitions held by the armed forces are destroyed as soon as possible.\n`,
      'act.md'
    );
    expect(component(stockpile, 'stockpile_destruction').rating).not.toBe('absent');
  });
});
