/**
 * Random answers over a model's own parameters, for property tests of
 * assembly: every state fact, every boolean switch, every choice, and the
 * free-text parameters by name.
 */
import fc from 'fast-check';
import {serializeAnswers} from '../../src/answers/file.js';
import type {Model} from '../../src/model/model.js';

/** One sample of {@link modelAnswers}' arbitrary. */
export interface ModelAnswers {
  state: Record<string, boolean>;
  switches: boolean[];
  picks: string[];
}

/** The arbitrary, the model's free-text parameter names, and the answers file text for a sample. */
export function modelAnswers(model: Model): {
  arbitrary: fc.Arbitrary<ModelAnswers>;
  texts: string[];
  answersText: (sample: ModelAnswers, words?: ReadonlyArray<readonly [string, string]>) => string;
} {
  const params = [...model.params.values()];
  const booleans = params.filter((p) => p.type === 'boolean').map((p) => p.name);
  const choices = params.filter((p) => p.type === 'choice').map((p) => ({name: p.name, values: p.options!.map((o) => o.value)}));
  const texts = params.filter((p) => p.type === 'text' && !p.pattern).map((p) => p.name);
  const arbitrary = fc.record({
    state: fc.record({
      holds_stocks: fc.boolean(),
      contaminated: fc.boolean(),
      victims: fc.boolean(),
      producer: fc.boolean(),
      joint_operations: fc.boolean(),
      financial_sector: fc.boolean()
    }),
    switches: fc.tuple(...booleans.map(() => fc.boolean())),
    picks: fc.tuple(...choices.map((c) => fc.constantFrom(...c.values)))
  });
  const answersText = (sample: ModelAnswers, words: ReadonlyArray<readonly [string, string]> = []): string => {
    const values: Record<string, unknown> = {};
    booleans.forEach((name, i) => {
      values[name] = sample.switches[i];
    });
    choices.forEach((c, i) => {
      values[c.name] = sample.picks[i];
    });
    for (const [name, value] of words) values[name] = value;
    // Required values without defaults (the model only asks for them when their text is included).
    for (const decl of params) if (decl.default === undefined && decl.type === 'date') values[decl.name] = '2030-01-01';
    return serializeAnswers({schema: 1, state: sample.state, items: {}, params: values});
  };
  return {arbitrary, texts, answersText};
}
