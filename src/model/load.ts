/**
 * Read a model Act (or any clause file): Markdown with directives and YAML
 * front matter declaring its parameters. Parsing itself lives in parse.ts and
 * is loaded only on a parse-cache miss, so commands that find the bundled
 * model in the cache never load the Markdown parser.
 */
import {readTextFile, type SizeLimit} from '../util/files.js';
import {cachedModel, type Model} from './model.js';

export {cacheableModel, cachedModel, type CachedModel, type Model, modelFrom, modelHash} from './model.js';

/**
 * The last model read in this process that had no problems, by its text.
 * Assembly never changes a model's tree (it works on a copy), so a process
 * that builds many bills (the workshop, tests) reads the parse cache, or
 * parses, once per model text.
 */
let last: Model | undefined;

/** Read and parse a model file (`limit`: the largest file to read). Unreadable files raise an InputError. */
export async function loadModel(path: string, limit: SizeLimit = {}): Promise<Model> {
  const text = await readTextFile(path, {source: 'model', maxBytes: limit.maxBytes});
  // A fresh object each time (callers set `path`), sharing the tree; the parameters in a Map of the caller's own.
  if (last?.text === text) return {...last, path, params: new Map(last.params), messages: []};
  const model = cachedModel(text, path) ?? (await import('./parse.js')).parseModel(text, path);
  if (model.messages.length === 0) last = {...model, params: new Map(model.params)};
  return model;
}
