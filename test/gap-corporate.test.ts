/**
 * Liability of bodies corporate (Article 9) as counsel reads it: a body
 * corporate that offends or is punished, in the wordings common-law Acts
 * use, is found; a body corporate that an offence is only about (the
 * company invested in, financed or producing) is not. Each wording is
 * section 5 of the same small Act (found in a review of the detector, with
 * wordings from UK, Irish, Australian, New Zealand, Caribbean and Indian
 * statutes, and decoys from investment offences).
 */
import {describe, expect, it} from 'vitest';
import {gapReportForText} from '../src/gap/report.js';

const ACT =
  '# Cluster Munitions (Prohibition) Act 2015\n\n## 1 Short title\n\nThis Act may be cited as the Cluster Munitions (Prohibition) Act 2015.\n\n## 2 Interpretation\n\nIn this Act, "Convention" means the Convention on Cluster Munitions done at Dublin on 30 May 2008.\n\n"cluster munition" has the meaning given in Article 2 of the Convention.\n\n## 3 Offences\n\n(1) A person shall not use, develop, produce, acquire, stockpile, retain or transfer a cluster munition.\n\n(2) A person who contravenes subsection (1) commits an offence and is liable on conviction to imprisonment for a term not exceeding 10 years.\n\n## 4 Assistance\n\nA person shall not assist, encourage or induce anyone to engage in any activity prohibited by section 3.\n\n';

const corporate = (section5: string) =>
  gapReportForText(`${ACT}## 5 Corporate\n\n${section5}\n`, 'act.md', {today: '2027-01-01', modelVersion: '1.0.0'}).strength.find(
    (c) => c.id === 'corporate_liability'
  )!;

/** Bodies corporate that offend or are punished. */
const LIABLE = [
  'A body corporate that contravenes section 3 commits an offence punishable on conviction by a fine not exceeding 5,000 penalty units.',
  'A corporation that contravenes section 3 is liable to a fine not exceeding 10,000 penalty units.',
  'A body corporate may be found guilty of an offence against section 3, including one punishable by imprisonment.',
  'This Act applies to bodies corporate in the same way as it applies to individuals.',
  'A person commits an offence if the person uses a cluster munition. Penalty: Imprisonment for 10 years. Note: A body corporate may be fined up to 5 times the maximum amount (see subsection 4B(3) of the Crimes Act 1914).',
  'Bodies corporate that contravene section 3 are guilty of an offence and liable to a fine.',
  'Where a body corporate is convicted of an offence under section 3, it is liable to a fine of one million dollars.',
  'An offence under section 3 committed by a body corporate is punishable by a fine of one million dollars.',
  'If a body corporate contravenes section 3, the body corporate commits an offence punishable by 5000 penalty units.',
  'Where an offence under this Act is committed by a body corporate and is proved to have been so committed with the consent or connivance of any person, being a director, manager, secretary or other officer of the body corporate, that person shall, as well as the body corporate, be guilty of an offence.',
  'Where an offence under this Act has been committed by a company, every person who at the time the offence was committed was in charge of, and was responsible to, the company for the conduct of the business of the company, as well as the company, shall be deemed to be guilty of the offence and shall be liable to be proceeded against and punished accordingly.',
  'Where a company commits an offence under section 3, the company shall be punishable with fine which may extend to ten crore rupees.',
  'Any company which contravenes the provisions of section 3 shall be punishable with fine which may extend to ten lakh rupees.',
  'A company contravening section 3 shall be punished with fine which may extend to one crore rupees.',
  'A legal person that contravenes section 3 shall be liable to a fine of up to 1,000,000 euros.',
  'Where an offence under section 3 is committed by an individual, the penalty is imprisonment for 10 years; where it is committed by a body corporate, the penalty is a fine of 5,000 penalty units.',
  'Every person who commits an offence against section 3 is liable on conviction,— (a) in the case of an individual, to imprisonment for a term not exceeding 7 years or a fine not exceeding $500,000, or both; (b) in the case of a body corporate, to a fine not exceeding $5,000,000.',
  'In this Act, a person (including a body corporate) who contravenes section 3 commits an offence.',
  'A person (including a body corporate) who contravenes section 3 commits an offence.',
  'A person, including a body corporate, who contravenes section 3 is guilty of an offence.',
  'In this section, a person includes a body corporate. A person who contravenes section 3 is liable, in the case of an individual, to imprisonment for 10 years and, in the case of a body corporate, to a fine of 500 penalty units.',
  'Where a corporation commits an offence of producing cluster munitions, each director of the corporation is also guilty of the offence.',
  'A company that produces cluster munitions in contravention of section 3 commits an offence and is liable to a fine of 1,000,000 dollars.',
  'Where a body corporate produces cluster munitions in contravention of section 3, the body corporate commits an offence.',
  'Penalty for contravention of section 3: (a) individual — imprisonment for 10 years; (b) body corporate — 5,000 penalty units.',
  'A person who contravenes section 3 commits an offence. Penalty: (a) for an individual: imprisonment for 10 years; (b) for a body corporate: 5000 penalty units.',
  'Where an offence under this Act committed by a body corporate is proved to have been committed with the consent or connivance of, or to be attributable to any neglect on the part of, a director, manager, secretary or other similar officer of the body corporate, he as well as the body corporate shall be guilty of that offence and shall be liable to be proceeded against and punished accordingly.',
  'A body corporate guilty of an offence under section 3 shall, on conviction on indictment, be liable to a fine.',
  'Where a body corporate is guilty of an offence under section 3, the body corporate is, on conviction, liable to a fine not exceeding 1,000,000 dollars.',
  'A body corporate which is guilty of an offence under section 3 is liable on conviction on indictment to a fine.',
  'Whoever, being a company, contravenes section 3 shall be punished with fine which may extend to one crore rupees.'
];

/** Bodies corporate that an offence is about, not who commits it (and nothing at all). */
const NOT_LIABLE = [
  'A person who invests in a company that produces cluster munitions commits an offence and is liable to imprisonment for 5 years.',
  'It is an offence for a financial institution to provide credit to a company which develops cluster munitions.',
  'A person who, knowing that a body corporate is a cluster munitions producer, invests in it commits an offence.',
  'A person who provides financial services to a company that produces cluster munitions commits an offence.',
  'A person shall not directly or indirectly invest funds in a body corporate that develops or produces cluster munitions. Penalty: imprisonment for 5 years.',
  'A person shall not finance cluster munitions produced by a company or any other entity. A person who contravenes this section commits an offence.',
  'A person who knowingly acquires shares issued by a company that manufactures cluster munitions is guilty of an offence.',
  'A person shall not provide funds to any organisation that is engaged in the production of cluster munitions, whether or not the organisation is a body corporate. Penalty: 10 years imprisonment.',
  'A person who invests in an entity where a company within its group produces cluster munitions commits an offence.',
  'In this Act, "cluster munitions producer" means a body corporate that develops or produces cluster munitions. A person who invests in a cluster munitions producer commits an offence.',
  'A person must not make an investment in any company that is a producer of cluster munitions. A person who contravenes this section commits an offence.',
  'Nothing here.'
];

describe('liability of bodies corporate', () => {
  it.each(LIABLE)('found: %s', (text) => {
    const found = corporate(text);
    expect(found.rating).not.toBe('absent');
    expect(found.evidence.map((e) => e.citation)).toContain('s 5');
  });

  it.each(NOT_LIABLE)('not found: %s', (text) => {
    expect(corporate(text).rating).toBe('absent');
  });
});
