/**
 * Each assembly stage on its own, over the fixtures in fixtures/assemble: the
 * tree after clause selection and after parameter filling (printed back as
 * clause markup), the numbers given to every clause id, and what was left out
 * and why. Golden files sit beside each fixture's input.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '../src/answers/file.js';
import {parseProfile} from '../src/answers/profile.js';
import {resolveAnswers} from '../src/answers/resolve.js';
import type {AssembleOptions} from '../src/assemble/context.js';
import {stringifyOptions} from '../src/assemble/index.js';
import {fillParameters} from '../src/assemble/fill-parameters.js';
import {numberClauses} from '../src/assemble/number.js';
import {selectClauses} from '../src/assemble/select-clauses.js';
import {parseChecklist} from '../src/checklist/load.js';
import {modelParser, parseModel} from '../src/model/parse.js';
import {analyseModel} from '../src/model/structure.js';
import {tinyChecklist, tinyProfile} from './helpers/assemble.js';

const root = path.join(import.meta.dirname, 'fixtures', 'assemble');

function setup(folder: string): {options: AssembleOptions; tree: Root} | undefined {
  const read = (file: string) => readFileSync(path.join(folder, file), 'utf8');
  const model = parseModel(read('model.md'), 'model.md');
  const checklist = parseChecklist(
    existsSync(path.join(folder, 'checklist.yaml')) ? read('checklist.yaml') : tinyChecklist,
    'checklist.yaml'
  );
  const structure = analyseModel(model);
  const answers = parseAnswers(read('answers.yaml'), 'answers.yaml');
  const resolution = resolveAnswers(model, checklist, parseProfile(tinyProfile, 'profile.yaml'), answers);
  if ([...structure.messages, ...resolution.messages, ...answers.messages].some((m) => m.fatal)) return undefined;
  return {options: {model, structure, resolution, answersPath: 'answers.yaml'}, tree: model.tree};
}

const print = (tree: Root) => modelParser().data('settings', stringifyOptions).stringify(tree);

describe('assembly stages', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = path.join(root, name);
    const ready = setup(folder);
    if (!ready) continue; // Bad-input fixtures stop before the stages; assemble.test.ts covers their messages.
    it(name, async () => {
      const {options} = ready;
      const file = new VFile({path: 'model.md'});
      // Selection returns the bill's own copy of the tree (the model's is never changed); the later stages edit it in place.
      const tree = selectClauses(options)(ready.tree, file);
      await expect(print(tree)).toMatchFileSnapshot(path.join(folder, 'stage-1-select.md'));
      fillParameters(options)(tree, file);
      await expect(print(tree)).toMatchFileSnapshot(path.join(folder, 'stage-2-fill.md'));
      numberClauses(options)(tree, file);
      const data = file.data.ccm!;
      const numbers = Object.fromEntries([...data.numbers].map(([id, n]) => [id, n.citation]));
      await expect(`${JSON.stringify({numbers, omitted: data.omitted}, null, 2)}\n`).toMatchFileSnapshot(
        path.join(folder, 'stage-3-numbers.json')
      );
    });
  }
});
