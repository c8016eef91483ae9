/**
 * How the real (inquirer) prompts render the wizard's questions: the configs
 * built by src/cli/prompter.ts, driven with @inquirer/testing.
 */
import input from '@inquirer/input';
import select, {Separator} from '@inquirer/select';
import {render} from '@inquirer/testing';
import {describe, expect, it} from 'vitest';
import {inputConfig, selectConfig} from '../src/cli/prompter.js';
import {readTyped} from '../src/wizard/values.js';
import {loadModel} from '../src/model/load.js';
import {defaultModelPath} from '../src/paths.js';

const model = await loadModel(defaultModelPath);
const locale = {dateFormat: 'D MMMM YYYY', currency: {code: 'XCD', symbol: '$'}};

describe('select questions', () => {
  const question = {
    name: 'item.transit',
    message: 'Transit: how will the State deal with it?',
    default: 'existing-law',
    choices: [
      {value: 'act', name: 'Put it in the new Act', short: 'in the new Act', description: 'The model sections go into the bill.'},
      {
        value: 'existing-law',
        name: 'Already covered by existing law (you will cite it)',
        short: 'existing law',
        description: 'You will be asked which law.'
      },
      {separator: '── other'},
      {value: '<back>', name: '← Back', description: 'Go back to the previous question.'}
    ]
  };

  it('starts on the current answer, shows its description, and offers Back', async () => {
    const {answer, events, getScreen} = await render(
      select,
      selectConfig(question, (text) => new Separator(text))
    );
    const screen = getScreen();
    expect(screen).toContain('? Transit: how will the State deal with it?');
    expect(screen).toMatch(/❯ Already covered by existing law/);
    expect(screen).toContain('You will be asked which law.');
    expect(screen).toContain('── other');
    expect(screen).toContain('← Back');
    events.keypress('down');
    expect(getScreen()).toMatch(/❯ ← Back/);
    expect(getScreen()).toContain('Go back to the previous question.');
    events.keypress('enter');
    await expect(answer).resolves.toBe('<back>');
  });

  it('does not wrap around from the first choice to Back', async () => {
    const {answer, events, getScreen} = await render(
      select,
      selectConfig({...question, default: undefined}, (text) => new Separator(text))
    );
    events.keypress('up');
    expect(getScreen()).toMatch(/❯ Put it in the new Act/);
    events.keypress('enter');
    await expect(answer).resolves.toBe('act');
    expect(getScreen()).toContain('in the new Act');
  });
});

describe('typed questions', () => {
  const decl = model.params.get('penalty.individual.prison_years')!;
  const config = inputConfig({
    name: 'param.penalty.individual.prison_years',
    message: decl.label,
    default: '10',
    validate: (value) => {
      if (value.trim() === '<') return true;
      const read = readTyped(decl, value, locale);
      return read.ok ? true : read.message;
    }
  });

  it('shows the suggestion and accepts it with Enter', async () => {
    const {answer, events, getScreen} = await render(input, config);
    expect(getScreen()).toContain('Maximum imprisonment for an individual (main offences) (10)');
    events.keypress('enter');
    await expect(answer).resolves.toBe('10');
  });

  it('refuses a value out of range as it is entered, keeping the line to correct', async () => {
    const {answer, events, getScreen} = await render(input, config);
    events.type('150');
    events.keypress('enter');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(getScreen()).toContain('150');
    expect(getScreen()).toContain('150 is outside the range allowed; please type a whole number from 1 to 99 (years)');
    for (let i = 0; i < 3; i++) events.keypress('backspace');
    events.type('14 years');
    events.keypress('enter');
    await expect(answer).resolves.toBe('14 years');
  });

  it('says what is wrong while the value is being typed, and nothing once it is right', async () => {
    const {answer, events, getScreen} = await render(input, config);
    events.type('ten');
    expect(getScreen()).toMatch(/ten {2}✗ \S/);
    for (let i = 0; i < 3; i++) events.keypress('backspace');
    events.type('150');
    expect(getScreen()).toContain('150  ✗ 150 is outside the range allowed');
    events.keypress('backspace');
    expect(getScreen()).not.toContain('✗');
    events.keypress('enter');
    await expect(answer).resolves.toBe('15');
  });

  it('accepts "<" to go back', async () => {
    const {answer, events} = await render(input, config);
    events.type('<');
    events.keypress('enter');
    await expect(answer).resolves.toBe('<');
  });
});
