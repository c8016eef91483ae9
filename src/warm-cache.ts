/**
 * Build step (run by scripts/build.mjs from dist/warm-cache.mjs): parse the
 * bundled model and checklist once and store the results in the parse cache.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {cacheableChecklist, parseChecklist} from './checklist/load.js';
import {cacheableModel} from './model/load.js';
import {parseModel} from './model/parse.js';
import {analyseModel} from './model/structure.js';
import {cacheableStructure} from './model/structure-cache.js';
import {cacheDir, cacheKey} from './parse-cache.js';
import {defaultChecklistPath, defaultModelPath} from './paths.js';

mkdirSync(cacheDir, {recursive: true});
const modelText = readFileSync(defaultModelPath, 'utf8');
const checklistText = readFileSync(defaultChecklistPath, 'utf8');
const parsedModel = parseModel(modelText, defaultModelPath);
const parsedChecklist = parseChecklist(checklistText, defaultChecklistPath);
// The model's structure as a build against the bundled checklist finds it (src/model/structure-cache.ts).
const structure = cacheableStructure(
  parsedModel.tree,
  analyseModel(parsedModel, {checklistItems: new Set(parsedChecklist.items.map((item) => item.id))})
);
const model = cacheableModel(parsedModel, structure);
const checklist = cacheableChecklist(parsedChecklist);
// Files with problems are not cached: their messages must be produced by a real parse.
if (model) writeFileSync(path.join(cacheDir, `model-${cacheKey('model', modelText)}.json`), JSON.stringify(model));
if (checklist) writeFileSync(path.join(cacheDir, `checklist-${cacheKey('checklist', checklistText)}.json`), JSON.stringify(checklist));
