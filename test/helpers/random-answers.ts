/**
 * Test helper: random answers files over the bundled checklist and model
 * (fast-check arbitraries), for property tests that every document agrees
 * with the bill built from them.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type {AnswersFile, ItemAnswer} from '../../src/answers/file.js';
import {parseChecklist} from '../../src/checklist/load.js';
import {parseModel} from '../../src/model/parse.js';
import {root} from './cli.js';

const checklist = parseChecklist(readFileSync(path.join(root, 'checklists', 'article9.yaml'), 'utf8'), 'checklist.yaml');
const model = parseModel(readFileSync(path.join(root, 'model-law', 'cluster-munitions-act.md'), 'utf8'), 'model.md');

/** Choice parameters of the model and their values. */
const choices = [...model.params.values()]
  .filter((p) => p.type === 'choice')
  .map((p) => ({name: p.name, values: p.options!.map((o) => o.value)}));

/** Date parameters of the model. */
const dates = [...model.params.values()].filter((p) => p.type === 'date').map((p) => p.name);

/** Text answers the drafter types: citations, agencies, reasons, names. */
export const textAnswerNames = ['citation', 'agency', 'reason'] as const;

/** Text parameters that are printed in the bill (names, titles). */
export const textParams = [...model.params.values()]
  .filter((p) => p.type === 'text' && !p.pattern && !/^(enacting\.formula|act\.title|law\.)/.test(p.name))
  .map((p) => p.name);

const benign = fc.constantFrom(
  'Penal Code 1961, s 98',
  'Ministry of Foreign Affairs',
  'No stocks are held.',
  'Decided by Cabinet in 2026',
  'Customs and Excise Act 1996, s 54',
  'National Mine Action Authority'
);

/** Options for {@link answersArbitrary}. */
export interface AnswersArbitraryOptions {
  /** Texts typed as answers (default: plausible ones). */
  text?: fc.Arbitrary<string>;
  /** Also fill the model's text parameters (names, titles) with `text`. */
  textParams?: boolean;
}

/** Random answers: state profile, item decisions with their citation/agency/reason, penalties and choices. */
export function answersArbitrary(options: AnswersArbitraryOptions = {}): fc.Arbitrary<AnswersFile> {
  const text = options.text ?? benign;
  const item = (id: string) => {
    const statuses = checklist.items.find((i) => i.id === id)!.statuses;
    return fc.option(
      fc.record({status: fc.constantFrom(...statuses), text}).map(({status, text: t}): ItemAnswer => {
        if (status === 'existing-law') return {status, citation: t};
        if (status === 'administrative') return {status, agency: t};
        if (status === 'not-applicable' || status === 'decided-against') return {status, reason: t};
        return {status};
      }),
      {nil: undefined, freq: 4}
    );
  };
  const items = fc.record(Object.fromEntries(checklist.items.map((i) => [i.id, item(i.id)])));
  const state = fc.record({
    holds_stocks: fc.option(fc.boolean(), {nil: undefined}),
    contaminated: fc.option(fc.boolean(), {nil: undefined}),
    victims: fc.option(fc.boolean(), {nil: undefined}),
    producer: fc.option(fc.boolean(), {nil: undefined}),
    joint_operations: fc.option(fc.boolean(), {nil: undefined}),
    financial_sector: fc.option(fc.boolean(), {nil: undefined}),
    entry_into_force: fc.option(
      fc.integer({min: 2011, max: 2030}).map((y) => `${y}-0${(y % 9) + 1}-01`),
      {nil: undefined}
    )
  });
  const params = fc.record({
    'penalty.individual.prison_years': fc.integer({min: 1, max: 20}),
    'penalty.individual.fine': fc.integer({min: 1000, max: 5_000_000}),
    'penalty.individual.units': fc.integer({min: 10, max: 100_000}),
    'penalty.body_corporate.fine': fc.integer({min: 1000, max: 50_000_000}),
    'penalty.body_corporate.units': fc.integer({min: 10, max: 500_000}),
    ...Object.fromEntries(choices.map((c) => [c.name, fc.constantFrom(...c.values)])),
    // Dates some choices need (a commencement date, deadlines the bill may print).
    ...Object.fromEntries(dates.map((name) => [name, fc.integer({min: 2027, max: 2040}).map((y) => `${y}-11-01`)])),
    ...(options.textParams ? Object.fromEntries(textParams.map((name) => [name, text])) : {})
  });
  return fc
    .record({jurisdiction: fc.constantFrom('generic', 'nz', 'westminster-ag'), state, items, params})
    .map(({jurisdiction, state: s, items: i, params: p}) => ({
      path: 'random.yaml',
      schema: 1,
      jurisdiction,
      state: Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
      items: Object.fromEntries(Object.entries(i).filter(([, v]) => v !== undefined)) as Record<string, ItemAnswer>,
      params: p as Record<string, unknown>,
      messages: []
    }));
}
