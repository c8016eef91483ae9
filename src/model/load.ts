/**
 * Read a model Act (or any clause file): Markdown with directives and YAML
 * front matter declaring its parameters. Parsing itself lives in parse.ts and
 * is loaded only on a parse-cache miss, so commands that find the bundled
 * model in the cache never load the Markdown parser.
 */
import {readTextFile, type SizeLimit} from '../util/files.js';
import {cachedModel, type Model} from './model.js';

export {cacheableModel, cachedModel, type CachedModel, type Model, modelFrom, modelHash} from './model.js';

/** Read and parse a model file (`limit`: the largest file to read). Unreadable files raise an InputError. */
export async function loadModel(path: string, limit: SizeLimit = {}): Promise<Model> {
  const text = await readTextFile(path, {source: 'model', maxBytes: limit.maxBytes});
  const cached = cachedModel(text, path);
  if (cached) return cached;
  const {parseModel} = await import('./parse.js');
  return parseModel(text, path);
}
