/**
 * Whole wizard runs with a scripted prompter: which questions are asked and
 * in what order for each example state profile, back, review and edit,
 * don't-know, resume, Ctrl-C, and refusing a file that is not an answers file.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '../src/answers/file.js';
import {loadChecklist} from '../src/checklist/load.js';
import {defaultChecklistPath} from '../src/paths.js';
import {buildFromAnswers} from '../src/app/build.js';
import {scriptedPrompter, type AskedQuestion} from './helpers/scripted-prompter.js';
import {ExitPromptError} from '../src/wizard/prompter.js';
import {runWizard} from '../src/app/wizard.js';
import {oracle, readExample, root, testIo} from './fixtures/wizard/helpers.js';

const checklist = await loadChecklist(defaultChecklistPath);
const examples = ['generic-small-state', 'stockpiling-state', 'affected-coalition-state'] as const;

async function run(
  io: ReturnType<typeof testIo>,
  prompter: ReturnType<typeof scriptedPrompter>,
  extra: {answers?: string; force?: boolean} = {}
) {
  return runWizard({io, prompter, answers: extra.answers ?? 'answers.yaml', out: 'out', force: extra.force, today: '2027-06-01'});
}

const saved = (io: ReturnType<typeof testIo>, file = 'answers.yaml') => parseAnswers(readFileSync(path.join(io.cwd, file), 'utf8'), file);

describe('whole runs for each example state profile', () => {
  for (const name of examples) {
    it(`${name}: asks the questions its state profile needs, in order, and reproduces the example's bill`, async () => {
      const example = readExample(name);
      const io = testIo();
      const prompter = scriptedPrompter([], oracle(example));
      expect(await run(io, prompter)).toBe(0);
      const order = prompter.asked.map((q) => q.name);
      await expect(`${order.join('\n')}\n`).toMatchFileSnapshot(`fixtures/wizard/order-${name}.txt`);

      // Items the state profile rules out are never asked; all others are, in checklist order.
      const answers = saved(io);
      for (const [id, answer] of Object.entries(example.items)) {
        if (order.includes(`item.${id}`)) expect(answers.items[id]).toEqual(answer);
        else expect(answer.status, `${id} was not asked`).toBe('not-applicable');
      }
      expect(answers.state).toEqual(example.state);
      expect(answers.model).toMatch(/^sha256:/);
      expect(Object.keys(answers.fingerprints?.items ?? {})).toHaveLength(checklist.items.length);

      // The wizard's answers make the same bill as the example file.
      const direct = await buildFromAnswers({
        answers: path.join(root, 'examples', `${name}.yaml`),
        cwd: root,
        out: io.cwd,
        today: new Date('2027-06-01')
      });
      expect(readFileSync(path.join(io.cwd, 'out', 'draft-bill.md'), 'utf8')).toBe(direct.draft.markdown);
      expect(io.stdout.text).toContain('out/draft-bill.md');
      expect(io.stdout.text).toMatch(/The draft has \d+ sections/);
    });
  }

  it('prunes by the state profile and says why', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('generic-small-state')));
    await run(io, prompter);
    const names = prompter.asked.map((q) => q.name);
    for (const id of ['clearance', 'victim-assistance', 'joint-operations', 'stockpile-destruction'])
      expect(names).not.toContain(`item.${id}`);
    expect(io.stdout.text).toContain(`The checklist has ${checklist.items.length} items; 19 apply to this State.`);
    const left = io.stdout.text.slice(io.stdout.text.indexOf('Left out because'));
    expect(left).toMatch(
      /^Left out because of the answers about the State \(recorded as not applicable, with this reason\):\n {2}- Military operations/
    );
    for (const id of ['stockpile-destruction', 'clearance', 'victim-assistance'])
      expect(left).toContain(`  - ${checklist.items.find((i) => i.id === id)!.title}: `);
    // One counter across the whole interview: the first item is not "question 1".
    const counter = /\nQuestion (\d+) of (\d+) \u00b7 Definitions\n/.exec(io.stdout.text);
    expect(Number(counter?.[1])).toBeGreaterThan(10);
    expect(Number(counter?.[2])).toBeGreaterThan(Number(counter?.[1]));
    expect(io.stdout.text).not.toMatch(/Item \d+ of \d+/);
  });

  it('suggests the stockpile destruction deadline from entry into force (Art 3(2))', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('stockpiling-state')));
    await run(io, prompter);
    const deadline = prompter.asked.find((q) => q.name === 'param.stockpile.deadline');
    expect(deadline?.default).toBe('2035-02-01');
    expect(deadline?.hint?.replace(/\s+/g, ' ')).toContain('Suggested: 8 years after entry into force (Article 3(2)).');
  });
});

describe('back', () => {
  it('returns to the previous question from a select and from a typed answer', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([
      {name: 'jurisdiction', answer: 'generic'},
      {name: 'param.country.name', answer: '<'},
      {name: 'jurisdiction', answer: 'nz'},
      {name: 'param.country.name', answer: ''},
      {name: 'param.currency.code', answer: 'back'},
      {name: 'param.country.name', answer: 'Aotearoa New Zealand'},
      {name: 'param.currency.code', interrupt: true}
    ]);
    expect(await run(io, prompter)).toBe(130);
    expect(prompter.asked[3]!.default).toBe('New Zealand');
    expect(prompter.asked[5]!.default).toBe('New Zealand');
    const answers = saved(io);
    expect(answers.jurisdiction).toBe('nz');
    expect(answers.params['country.name']).toBe('Aotearoa New Zealand');
  });

  it('"← Back" on a checklist item returns to the previous item, showing its answer', async () => {
    const example = readExample('generic-small-state');
    const io = testIo();
    let backs = 0;
    const prompter = scriptedPrompter(
      [],
      oracle(example, {
        'item.assistance': () => (backs++ === 0 ? '<back>' : 'act'),
        'item.explosive-bomblets': () => {
          throw new ExitPromptError();
        }
      })
    );
    expect(await run(io, prompter)).toBe(130);
    const names = prompter.asked.map((q) => q.name);
    const at = names.indexOf('item.assistance');
    // The question before is the detail the previous item asked (its fault element), showing its answer.
    expect(names.slice(at, at + 4)).toEqual(['item.assistance', 'param.offences.fault', 'item.assistance', 'item.explosive-bomblets']);
    expect(prompter.asked[at + 1]!.default).toBe('intention');
  });

  it('the first question stays put and says so', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([
      {name: 'jurisdiction', answer: '<back>'},
      {name: 'jurisdiction', interrupt: true}
    ]);
    expect(await run(io, prompter)).toBe(130);
    expect(io.stdout.text).toContain('This is the first question.');
    expect(io.stdout.text).toContain('Stopped before any answer was saved');
  });
});

describe('review and edit', () => {
  it('lists every answer and re-asks questions a change makes relevant (fines → penalty units)', async () => {
    const example = readExample('generic-small-state');
    const io = testIo();
    let reviews = 0;
    let reviewChoices: unknown[] = [];
    const prompter = scriptedPrompter(
      [],
      oracle(example, {
        review: (q: AskedQuestion) => {
          reviewChoices = q.choices ?? [];
          return reviews++ === 0 ? 'param.penalty.style' : '<build>';
        },
        'param.penalty.style': (q) => (reviews === 0 ? q.default : 'penalty-units'),
        'param.penalty.individual.units': () => '250',
        'param.penalty.body_corporate.units': () => '1,500'
      })
    );
    expect(await run(io, prompter)).toBe(0);
    const names = prompter.asked.map((q) => q.name);
    const first = names.indexOf('review');
    expect(names.slice(first + 1, names.indexOf('review', first + 1))).toEqual([
      'param.penalty.style',
      'param.penalty.individual.units',
      'param.penalty.body_corporate.units',
      'param.penalty.lesser.units',
      'param.penalty.lesser.body_corporate.units'
    ]);
    // Before the change, units were never asked.
    expect(names.slice(0, first)).not.toContain('param.penalty.individual.units');
    // The review offers every answered question, grouped, and the defaults of the rest.
    expect(reviewChoices).toContain('item.investment');
    expect(reviewChoices).toContain('param.investment.scope');
    expect(reviewChoices).toContain('state.holds_stocks');
    expect(reviewChoices).toContain('param.crown.name');
    const answers = saved(io);
    expect(answers.params).toMatchObject({
      'penalty.style': 'penalty-units',
      'penalty.individual.units': 250,
      'penalty.body_corporate.units': 1500
    });
    expect(readFileSync(path.join(io.cwd, 'out', 'draft-bill.md'), 'utf8')).toContain('250 penalty units');
  });

  it('a status changed to "act" in the review brings its details', async () => {
    const example = readExample('generic-small-state');
    example.items['investment'] = {status: 'decided-against', reason: 'Not a priority.'};
    delete example.params['investment.scope'];
    const io = testIo();
    let reviews = 0;
    const prompter = scriptedPrompter(
      [],
      oracle(example, {
        review: () => (reviews++ === 0 ? 'item.investment' : '<build>'),
        'item.investment': () => (reviews === 0 ? 'decided-against' : 'act'),
        'param.investment.scope': () => 'public-money'
      })
    );
    expect(await run(io, prompter)).toBe(0);
    const names = prompter.asked.map((q) => q.name);
    const first = names.indexOf('review');
    expect(names.slice(0, first)).not.toContain('param.investment.scope');
    // `legislature.name` is printed only in the definition of public money, so it is asked only now.
    expect(names.slice(first)).toEqual([
      'review',
      'item.investment',
      'param.investment.scope',
      'param.investment.divest_months',
      'param.legislature.name',
      'review'
    ]);
    expect(saved(io).items['investment']).toEqual({status: 'act'});
  });
});

describe("don't know yet", () => {
  it('saves `unknown`, leaves the item open and says so after the build', async () => {
    const example = readExample('generic-small-state');
    example.items['investment'] = {status: 'unknown'};
    delete example.params['investment.scope'];
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(example));
    expect(await run(io, prompter)).toBe(0);
    const names = prompter.asked.map((q) => q.name);
    // Undecided, the model default includes the provision: its details wait on the review screen.
    expect(names.slice(0, names.indexOf('review'))).not.toContain('param.investment.scope');
    expect(saved(io).items['investment']).toEqual({status: 'unknown'});
    expect(io.stdout.text).toContain('Items still open ("don\'t know yet" or unanswered): Investment in cluster munitions.');
  });
});

describe('resume', () => {
  it('starts at the first unanswered question of a partial file', async () => {
    const example = readExample('generic-small-state');
    const io = testIo();
    const stop = () => {
      throw new ExitPromptError();
    };
    expect(await run(io, scriptedPrompter([], oracle(example, {'item.foreign-stockpiling': stop})), {answers: 'partial.yaml'})).toBe(130);
    const prompter = scriptedPrompter([{name: 'item.foreign-stockpiling', interrupt: true}]);
    expect(await run(io, prompter, {answers: 'partial.yaml'})).toBe(130);
    expect(prompter.asked).toHaveLength(1);
    expect(io.stdout.text).toMatch(/Resuming partial\.yaml: \d+ of \d+ questions answered so far\./);
    expect(io.stdout.text).toContain('ccm-draft wizard --answers partial.yaml');
  });

  it('goes straight to the review when everything is answered', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'done.yaml'), readFileSync(path.join(root, 'examples', 'affected-coalition-state.yaml')));
    const prompter = scriptedPrompter([{name: 'review', answer: '<stop>'}]);
    // Everything in the example is answered except the basic parameters it leaves to the profile.
    const example = readExample('affected-coalition-state');
    const fill = oracle(example);
    const prompter2 = scriptedPrompter([], (q) => (q.name === 'review' ? '<stop>' : fill(q)));
    expect(await run(io, prompter2, {answers: 'done.yaml'})).toBe(0);
    expect(prompter2.asked.every((q) => q.name.startsWith('param.') || q.name === 'review')).toBe(true);
    expect(io.stdout.text).toContain('Your answers are saved. Continue later with:');
    void prompter;
  });
});

describe('Ctrl-C', () => {
  it('loses nothing and prints the command to resume', async () => {
    const example = readExample('stockpiling-state');
    const io = testIo();
    const prompter = scriptedPrompter(
      [],
      oracle(example, {
        'item.penalties': () => {
          throw new ExitPromptError();
        }
      })
    );
    expect(await runWizard({io, prompter, answers: 'my state.yaml', out: 'drafts', today: '2027-06-01'})).toBe(130);
    const answers = saved(io, 'my state.yaml');
    expect(Object.keys(answers.items)).toEqual(['definitions', 'core-prohibitions', 'assistance', 'explosive-bomblets']);
    expect(answers.state).toEqual(example.state);
    expect(io.stdout.text).toContain(
      "Stopped. Your answers so far are saved in my state.yaml.\nTo continue where you left off, run:\n  ccm-draft wizard --answers 'my state.yaml' --out drafts"
    );
    expect(existsSync(path.join(io.cwd, 'drafts'))).toBe(false);

    // Resuming asks `penalties` first.
    const again = scriptedPrompter([{name: 'item.penalties', interrupt: true}]);
    expect(await runWizard({io, prompter: again, answers: 'my state.yaml', out: 'drafts', today: '2027-06-01'})).toBe(130);
  });
});

describe('files', () => {
  it('refuses to start on an existing file that is not an answers file', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'notes.yaml'), 'title: my notes\nbody: keep me\n');
    const prompter = scriptedPrompter([]);
    expect(await run(io, prompter, {answers: 'notes.yaml'})).toBe(2);
    expect(io.stderr.text).toContain('notes.yaml:1:1: Unexpected key `title` in the answers file');
    expect(io.stderr.text).toContain('notes.yaml has the problems listed above, so the wizard cannot continue it');
    expect(readFileSync(path.join(io.cwd, 'notes.yaml'), 'utf8')).toBe('title: my notes\nbody: keep me\n');
    expect(prompter.asked).toEqual([]);
  });

  it('asks before replacing an earlier draft, and leaves it alone when told no', async () => {
    const example = readExample('generic-small-state');
    const io = testIo();
    await run(io, scriptedPrompter([], oracle(example)));
    writeFileSync(path.join(io.cwd, 'out', 'draft-bill.md'), 'my edits\n');
    const prompter = scriptedPrompter([], oracle(example, {overwrite: () => false}));
    expect(await run(io, prompter)).toBe(0);
    expect(prompter.asked.map((q) => q.name).slice(-2)).toEqual(['review', 'overwrite']);
    expect(readFileSync(path.join(io.cwd, 'out', 'draft-bill.md'), 'utf8')).toBe('my edits\n');
    expect(io.stdout.text).toContain('Nothing written. Build later with:');
    // --force replaces without asking.
    const forced = scriptedPrompter([], oracle(example));
    expect(await run(io, forced, {force: true})).toBe(0);
    expect(forced.asked.map((q) => q.name)).not.toContain('overwrite');
    expect(readFileSync(path.join(io.cwd, 'out', 'draft-bill.md'), 'utf8')).not.toBe('my edits\n');
  });

  it('makes a copy of the generic profile when asked to create one', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([
      {name: 'jurisdiction', answer: '<create>'},
      {name: 'jurisdiction.copy', invalid: 'profile.txt', error: /ending in \.yaml/},
      {name: 'jurisdiction.copy', answer: 'profiles/valdoria.yaml'},
      {name: 'param.country.name', answer: 'the Republic of Valdoria'},
      {name: 'param.currency.code', interrupt: true}
    ]);
    expect(await run(io, prompter)).toBe(130);
    const copy = readFileSync(path.join(io.cwd, 'profiles', 'valdoria.yaml'), 'utf8');
    expect(copy).toContain('id: valdoria\n');
    expect(saved(io).jurisdiction).toBe('profiles/valdoria.yaml');
    expect(prompter.asked[3]!.default).toBe('the Republic of Examplia');
  });
});
