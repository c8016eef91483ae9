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
