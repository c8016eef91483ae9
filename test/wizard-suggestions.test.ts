/**
 * Suggestions that must follow the drafter's earlier answers (found by QA in a
 * terminal): a renamed State, the consent chosen, the profile's currency, a
 * Convention deadline that has already passed.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '../src/answers/file.js';
import {scriptedPrompter, type AskedQuestion} from './helpers/scripted-prompter.js';
import {coreStateName, renameState} from '../src/wizard/steps.js';
import {runWizard} from '../src/app/wizard.js';
import {oracle, readExample, testIo} from './fixtures/wizard/helpers.js';

const asked = (prompter: {asked: AskedQuestion[]}, name: string) => prompter.asked.filter((q) => q.name === name);
const bill = (io: ReturnType<typeof testIo>) => readFileSync(path.join(io.cwd, 'out', 'draft-bill.md'), 'utf8');

describe('renaming the State', () => {
  it('finds the distinctive part of a name and renames it in other names', () => {
    expect(coreStateName('the Republic of Examplia')).toBe('Examplia');
    expect(coreStateName('the Commonwealth of Northhaven')).toBe('Northhaven');
    expect(coreStateName('New Zealand')).toBe('New Zealand');
    expect(
      renameState(
        'BE IT ENACTED by the Parliament of the Republic of Examplia as follows:',
        'the Republic of Examplia',
        'the Republic of Palmira'
      )
    ).toBe('BE IT ENACTED by the Parliament of the Republic of Palmira as follows:');
    expect(renameState('the Examplia Police Force', 'the Republic of Examplia', 'Palmira')).toBe('the Palmira Police Force');
    expect(renameState('High Court', 'the Republic of Examplia', 'Palmira')).toBeUndefined();
  });

  it("replaces the profile's placeholder State in the enacting formula, police and other names, and the bill never names it", async () => {
    const io = testIo();
    const prompter = scriptedPrompter(
      [],
      oracle(readExample('generic-small-state'), {'param.country.name': () => 'the Republic of Palmira'})
    );
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    // Still asked, now suggesting the new name.
    expect(asked(prompter, 'param.enacting.formula')[0]?.default).toBe(
      'BE IT ENACTED by the Parliament of the Republic of Palmira as follows:'
    );
    expect(asked(prompter, 'param.police.name')[0]?.default).toBe('the Palmira Police Force');
    expect(io.stdout.text).toContain("The profile's other names said Examplia; they now say Palmira");
    expect(bill(io)).not.toContain('Examplia');
    expect(bill(io)).toContain('Parliament of the Republic of Palmira');
    const answers = parseAnswers(readFileSync(path.join(io.cwd, 'answers.yaml'), 'utf8'), 'answers.yaml');
    expect(answers.params['police.name']).toBe('the Palmira Police Force');
  });

  it('leaves names alone when the State keeps the profile name', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('generic-small-state')));
    await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'});
    expect(asked(prompter, 'param.police.name')[0]?.default).toBe('the Examplia Police Force');
    expect(io.stdout.text).not.toContain("The profile's other names said");
  });
});

describe('consent to prosecution', () => {
  it("suggests the Director of Public Prosecutions when the drafter chooses the DPP's consent", async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('generic-small-state'), {'param.prosecution.consent': () => 'dpp'}));
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const officer = asked(prompter, 'param.prosecution.consent_officer')[0]!;
    expect(officer.default).toBe('Director of Public Prosecutions');
    expect(officer.hint?.replace(/\s+/g, ' ')).toContain('Suggested from the consent you chose.');
    expect(bill(io)).toContain('written consent of the Director of Public Prosecutions');
    expect(bill(io)).not.toContain('consent of the Attorney-General');
  });

  it('asks the officer again when the consent is changed on the review screen', async () => {
    const io = testIo();
    let reviews = 0;
    const example = readExample('generic-small-state');
    const base = oracle(example);
    const prompter = scriptedPrompter(
      [],
      oracle(example, {
        // First review: change the consent; then build.
        review: (q) => (reviews++ === 0 ? 'param.prosecution.consent' : base(q)),
        'param.prosecution.consent': () => (reviews === 0 ? 'attorney-general' : 'dpp')
      })
    );
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const officers = asked(prompter, 'param.prosecution.consent_officer');
    expect(officers.map((q) => q.default)).toEqual(['Attorney-General', 'Director of Public Prosecutions']);
    expect(bill(io)).toContain('written consent of the Director of Public Prosecutions');
  });
});

describe("model default amounts are suggested in the profile's currency", () => {
  it('suggests 500000 (XCD), not USD 500000, when a penalty-units profile switches to fines', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('affected-coalition-state'), {'param.penalty.style': () => 'fine'}));
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const fine = asked(prompter, 'param.penalty.individual.fine')[0]!;
    expect(fine.default).toBe('500000');
    expect(fine.hint?.replace(/\s+/g, ' ')).toContain('Suggested from the model default amount, in XCD.');
    expect(bill(io)).not.toContain('USD');
  });
});

describe('Convention deadlines', () => {
  it('says when the suggested deadline has already passed and what that means', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('stockpiling-state')));
    await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2040-01-01'});
    const hint = asked(prompter, 'param.stockpile.deadline')[0]!.hint!.replace(/\s+/g, ' ');
    expect(hint).toContain('Suggested: 8 years after entry into force (Article 3(2)).');
    expect(hint).toContain(
      'That date has passed (today is 2040-01-01): unless the work is finished, the State needs an extension under Article 3(3)-(5)'
    );
  });

  it('says nothing when it has not', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('stockpiling-state')));
    await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2030-01-01'});
    expect(asked(prompter, 'param.stockpile.deadline')[0]!.hint).not.toContain('has passed');
  });
});

describe('the currency, asked once up front (issue 13, item 13)', () => {
  it("asks the State's currency before any amount, suggests the profile's, and every typed amount is in it", async () => {
    const io = testIo();
    const prompter = scriptedPrompter(
      [],
      oracle(readExample('generic-small-state'), {
        'param.currency.code': () => 'WST',
        'param.currency.symbol': () => 'T',
        'param.currency.name': () => 'Samoan tālā',
        'param.penalty.individual.fine': () => '50000'
      })
    );
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const names = prompter.asked.map((q) => q.name);
    const money = names.findIndex((n) => /\.fine$/.test(n));
    expect(names.filter((n) => n === 'param.currency.code')).toHaveLength(1);
    expect(names.indexOf('param.currency.code')).toBeLessThan(money);
    expect(asked(prompter, 'param.currency.code')[0]!.default).toBe('XCD');
    // The profile's symbol and name belong to its own currency: not suggested for another.
    expect(asked(prompter, 'param.currency.symbol')[0]!.default).toBe('-');
    expect(asked(prompter, 'param.currency.name')[0]!.default).toBeUndefined();
    expect(asked(prompter, 'param.penalty.individual.fine')[0]!.hint).toContain("An amount in WST, the State's currency");
    const answers = parseAnswers(readFileSync(path.join(io.cwd, 'answers.yaml'), 'utf8'), 'answers.yaml');
    expect(answers.params['penalty.individual.fine']).toBe(50000);
    const text = bill(io);
    expect(text).toContain('**T** means Samoan tālā;');
    expect(text).toContain('a fine not exceeding T50,000');
    // Amounts the profile gave as bare numbers are now in the State's currency too: one currency in the bill.
    expect(text).not.toMatch(/XCD|\$/);
  });
});

describe('a State with no armed forces (issue 13, item 14)', () => {
  it('does not ask about joint operations, prunes the military items and prints no member of the armed forces', async () => {
    const io = testIo();
    const example = readExample('generic-small-state');
    example.state['armed_forces'] = false;
    delete example.items['military-measures'];
    const prompter = scriptedPrompter([], oracle(example));
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const names = prompter.asked.map((q) => q.name);
    expect(names).toContain('state.armed_forces');
    expect(names).not.toContain('state.joint_operations');
    expect(names).not.toContain('item.military-measures');
    expect(names).not.toContain('param.armed_forces.name');
    const answers = parseAnswers(readFileSync(path.join(io.cwd, 'answers.yaml'), 'utf8'), 'answers.yaml');
    expect(answers.state).toMatchObject({armed_forces: false, joint_operations: false});
    // Foreign States' forces are still named (transfer, assistance, foreign stockpiling); the State's own are not.
    expect(bill(io)).not.toMatch(/member of the armed forces|defence force maintained by the Government/i);
  });
});

describe('names the Act prints after "the" (issue 13, item 15)', () => {
  it('keeps a typed "the Ministry of …" without its "the", says so, and the bill never reads "the the"', async () => {
    const io = testIo();
    const prompter = scriptedPrompter(
      [],
      oracle(readExample('generic-small-state'), {'param.authority.name': () => 'the Ministry of Foreign Affairs and Trade'})
    );
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const answers = parseAnswers(readFileSync(path.join(io.cwd, 'answers.yaml'), 'utf8'), 'answers.yaml');
    expect(answers.params['authority.name']).toBe('Ministry of Foreign Affairs and Trade');
    expect(io.stdout.text).toContain('Saved as "Ministry of Foreign Affairs and Trade": the Act already prints "the" before it.');
    expect(bill(io)).not.toMatch(/\bthe the\b/i);
  });
});

describe('only what the bill will use is asked (currency under penalty units)', () => {
  it('asks no currency symbol or name when fines are in penalty units and no amount of money is printed', async () => {
    const io = testIo();
    const example = readExample('generic-small-state');
    example.jurisdiction = 'westminster-ag';
    const prompter = scriptedPrompter([], oracle(example));
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const names = prompter.asked.map((q) => q.name);
    const text = bill(io);
    // The bill states its fines in penalty units: no amount of money, so no symbol and no definition of one.
    expect(text).toMatch(/penalty units/);
    expect(text).not.toMatch(/\$\d/);
    expect(text).not.toMatch(/\*\*\$\*\* means/);
    expect(names).not.toContain('param.currency.code');
    expect(names).not.toContain('param.currency.symbol');
    expect(names).not.toContain('param.currency.name');
    expect(names).not.toContain('param.currency.define');
  });

  it('still asks them when fines are amounts of money', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('generic-small-state')));
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const names = prompter.asked.map((q) => q.name);
    expect(names).toContain('param.currency.symbol');
    expect(names).toContain('param.currency.name');
  });
});
