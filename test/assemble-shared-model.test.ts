/**
 * Assembly reads the model and never changes it (select-clauses copies what
 * it keeps), so one model serves many bills: the workshop and loadModel rely
 * on it. Over random answers, a bill assembled from a model used for every
 * bill before it is the bill assembled from a fresh copy, and the model's
 * tree is as parsed at the end.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '../src/answers/file.js';
import {parseProfile} from '../src/answers/profile.js';
import {assembleDraft, type Draft} from '../src/assemble/index.js';
import {parseChecklist} from '../src/checklist/load.js';
import {loadModel} from '../src/model/load.js';
import {parseModel} from '../src/model/parse.js';
import {defaultModelPath} from '../src/paths.js';
import {root} from './helpers/cli.js';
import {modelAnswers} from './helpers/model-answers.js';

const modelText = readFileSync(path.join(root, 'model-law', 'cluster-munitions-act.md'), 'utf8');
const checklistText = readFileSync(path.join(root, 'checklists', 'article9.yaml'), 'utf8');
const profiles = ['generic', 'nz', 'westminster-ag'].map((id) =>
  parseProfile(readFileSync(path.join(root, 'jurisdictions', `${id}.yaml`), 'utf8'), `${id}.yaml`)
);
const shared = parseModel(modelText, 'model.md');
const asParsed = JSON.stringify(shared.tree);
const {arbitrary, texts, answersText} = modelAnswers(shared);

/** What a bill is, as every output reads it. */
function outputs(draft: Draft) {
  return {
    markdown: draft.markdown,
    record: draft.record,
    bill: JSON.parse(JSON.stringify(draft.bill)),
    notes: [...draft.notes],
    filled: [...draft.filled],
    messages: draft.messages.map(String)
  };
}

describe('assembly with a shared model', () => {
  it('gives the bill of a fresh model, and leaves the model as parsed', () => {
    const answers = fc.record({
      sample: arbitrary,
      words: fc.array(fc.tuple(fc.constantFrom(...texts), fc.string({minLength: 1, maxLength: 20})), {maxLength: 4}),
      profile: fc.constantFrom(...profiles)
    });
    fc.assert(
      fc.property(answers, ({sample, words, profile}) => {
        const text = answersText(sample, words);
        const assemble = (model: typeof shared) => {
          try {
            return outputs(
              assembleDraft({
                model,
                checklist: parseChecklist(checklistText, 'checklist.yaml'),
                profile,
                answers: parseAnswers(text, 'answers.yaml')
              })
            );
          } catch (error) {
            // Answers a text value makes invalid fail the same way with either model.
            return {error: String(error)};
          }
        };
        expect(assemble(shared)).toEqual(assemble({...shared, tree: JSON.parse(asParsed)}));
      }),
      {numRuns: 60}
    );
    expect(JSON.stringify(shared.tree)).toBe(asParsed);
  });

  it('loadModel gives each caller a model of its own that shares the tree', async () => {
    const a = await loadModel(defaultModelPath);
    const b = await loadModel(defaultModelPath);
    expect(b).not.toBe(a);
    expect(b.tree).toBe(a.tree);
    expect(b.params).not.toBe(a.params);
    expect([...b.params]).toEqual([...a.params]);
    b.path = 'elsewhere.md';
    expect(a.path).toBe(defaultModelPath);
  });
});
