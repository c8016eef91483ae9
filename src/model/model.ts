/**
 * The {@link Model} type and how one is put together, from a fresh parse or
 * from the parse cache. Shared by load.ts (which reads files) and parse.ts
 * (loaded only on a cache miss), so neither imports the other.
 */
import {createHash} from '../util/crypto.js';
import type {Root} from 'mdast';
import type {VFileMessage} from 'vfile-message';
import {readCache} from '../parse-cache.js';
import type {ParamDecl} from './params.js';
import type {CachedStructure} from './structure-cache.js';

/** A loaded model Act. */
export interface Model {
  /** Path as given. */
  path: string;
  /** The source text. */
  text: string;
  /** `sha256:` + the first 16 hex digits of the source's hash: the model version answers are made against. */
  hash: string;
  id: string;
  title: string;
  version: string;
  /** The parsed tree (directives included, positions kept). Treat as read-only: assembly works on a copy. */
  tree: Root;
  /** Declared parameters by name, in declaration order. */
  params: Map<string, ParamDecl>;
  /** Problems found while reading the front matter. */
  messages: VFileMessage[];
}

/** Content hash of a model text, as recorded in answers files. */
export function modelHash(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** The part of a parsed model kept in the parse cache (see parse-cache.ts). */
export interface CachedModel {
  tree: Root;
  meta: Record<string, unknown>;
  params: Array<[string, ParamDecl]>;
  /** The structure of the tree (src/model/structure-cache.ts), when its walk found nothing to report. */
  structure?: CachedStructure | undefined;
}

/** Structures read from the parse cache, by the tree they belong to (analyseModel looks here first). */
const cachedStructures = new WeakMap<Root, CachedStructure>();

/** The cached structure of a tree read from the parse cache, if any. */
export function cachedStructureOf(tree: Root): CachedStructure | undefined {
  return cachedStructures.get(tree);
}

/** A model from the parse cache, or undefined on a miss. */
export function cachedModel(text: string, path: string): Model | undefined {
  const cached = readCache<CachedModel>('model', text);
  return cached ? modelFromCache(text, path, cached) : undefined;
}

/** A model from a parse-cache entry (its structure, if kept, goes with its tree). */
export function modelFromCache(text: string, path: string, cached: CachedModel): Model {
  if (cached.structure) cachedStructures.set(cached.tree, cached.structure);
  return modelFrom(text, path, cached.tree, cached.meta, new Map(cached.params), []);
}

/** What the parse cache stores for a model that parsed without problems (with its structure, when given). */
export function cacheableModel(model: Model, structure?: CachedStructure): CachedModel | undefined {
  if (model.messages.length > 0) return undefined;
  return {tree: model.tree, meta: {id: model.id, title: model.title, version: model.version}, params: [...model.params], structure};
}

/** Assemble a {@link Model} from its parsed parts (used by the parser and by the parse cache). */
export function modelFrom(
  text: string,
  path: string,
  tree: Root,
  meta: Record<string, unknown>,
  params: Map<string, ParamDecl>,
  messages: VFileMessage[]
): Model {
  return {
    path,
    text,
    hash: modelHash(text),
    id: typeof meta['id'] === 'string' ? meta['id'] : 'model',
    title: typeof meta['title'] === 'string' ? meta['title'] : 'Model Act',
    version: meta['version'] === undefined ? '0' : String(meta['version']),
    tree,
    params,
    messages
  };
}
