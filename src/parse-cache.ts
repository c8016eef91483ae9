/**
 * A content-addressed cache of parsed data files. Parsing the model Act
 * (micromark) and the checklist (YAML with positions) is most of a `build`
 * run's time, yet the bundled files only change when the package does. So
 * `npm run build` parses them once and stores the results in dist/cache/,
 * keyed by a hash of the build and of the file's text: a changed file or a
 * changed parser simply misses the cache and is parsed as usual.
 */
import {createHash} from './util/crypto.js';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {packageRoot} from './paths.js';

declare const __CCM_BUILD__: string | undefined;

/** The build id injected by the bundler; undefined when running from source (tests), which never caches. */
const buildId: string | undefined = typeof __CCM_BUILD__ === 'string' ? __CCM_BUILD__ : undefined;

/** Folder of cache files. */
export const cacheDir: string = path.join(packageRoot, 'dist', 'cache');

/** Cache key of a text of a given kind, or undefined when caching is off. */
export function cacheKey(kind: 'model' | 'checklist', text: string): string | undefined {
  if (!buildId) return undefined;
  return createHash('sha256').update(`${buildId}\0${kind}\0${text}`).digest('hex').slice(0, 32);
}

/** Read a cached parse result, or undefined. */
export function readCache<T>(kind: 'model' | 'checklist', text: string): T | undefined {
  const key = cacheKey(kind, text);
  if (!key) return undefined;
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, `${kind}-${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}
