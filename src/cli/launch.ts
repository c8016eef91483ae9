#!/usr/bin/env node
/**
 * The executable (dist/cli.js): start the CLI from the bundle built for the
 * command being run, with V8's code cache.
 *
 * A short CLI run spends much of its time compiling JavaScript: parsing the
 * bundle and compiling each function the first time it runs. `npm run build`
 * (scripts/build.mjs) makes one CommonJS bundle per command
 * (dist/cli-<command>.cjs, holding the shell in src/cli/bin.ts and only that
 * command), runs each once on the bundled examples, and stores V8's code
 * cache of what ran in dist/cache/. Here the bundle is compiled with that
 * cache, as Node 22's module compile cache does: V8 checks the cache against
 * its own version and flags and against the source, and compiles normally
 * when it does not fit (another Node version, a changed bundle). The cache
 * only saves compiling; what runs is the bundle's source either way.
 *
 * Only builtins are imported here, so this file itself costs nearly nothing.
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/** The bundles `npm run build` made (one per command); injected by the bundler. */
declare const __CCM_BUNDLES__: readonly string[] | undefined;
/** The build id (as in src/parse-cache.ts); injected by the bundler. */
declare const __CCM_BUILD__: string | undefined;

/** The bundle that runs `argv`: the command's own, else the wizard's (no command, `--help`, an unknown word). */
export function bundleFor(argv: readonly string[], bundles: readonly string[]): string {
  const first = argv[0];
  return first !== undefined && bundles.includes(first) ? first : 'wizard';
}

/** What {@link runWithCodeCache} did. */
export interface CodeCacheRun {
  /** Whether V8 refused the cache (undefined: there was none). */
  rejected: boolean | undefined;
  /** Write the code cache of everything compiled so far to the cache file (the build's warm-up runs). */
  saveCache(): void;
}

/**
 * Run a CommonJS file as Node would, compiled with the V8 code cache in
 * `cacheFile` when it fits, else compiled as usual. `require` is the
 * file's: one that resolves from its folder (`createRequire(file)`). The
 * launcher passes its own, which does, as it sits beside the bundles: making
 * one would load Node's `module` and, with it, parts of the ES module loader.
 */
export function runWithCodeCache(file: string, cacheFile: string, require: NodeJS.Require): CodeCacheRun {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Node's own CommonJS wrapper, so the bundle sees exports, require, module, __filename and __dirname.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  // The bundles hold no import() (the build turns them into require), so no dynamic-import callback is needed.
  const script = new vm.Script(wrapped, {filename: file, cachedData});
  const module = {exports: {}};
  const compiled = script.runInThisContext() as (...args: unknown[]) => void;
  compiled.call(module.exports, module.exports, require, module, file, path.dirname(file));
  return {
    rejected: cachedData ? script.cachedDataRejected : undefined,
    saveCache() {
      // A cache read from the file is extended, not replaced: it holds what earlier runs compiled too.
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    }
  };
}

// Run only as the executable, not when a test imports this module.
/**
 * V8 optimises a function once it has used up its "interrupt budget" of
 * work a few times. A command lasts a fraction of a second, so most
 * functions reaching the default budget (67,584 in Node 20's V8) are
 * optimised shortly before the run ends, and on a 2-core machine the
 * optimising compiler takes a core from the run. With a budget of 1 MiB
 * (about 15 times the default) only really hot code is optimised. Measured
 * in the same runs: compare of two 1,000-section Acts 7-20% faster, build
 * about 15%, gap on a 1,000-section Act about 25%; 0.5 MiB and 2-4 MiB did no
 * better, and delaying only the optimising tier (--ticks-before-optimization)
 * did worse. Set before the bundle is compiled: V8 checks a code cache
 * against its flags, so the cache is made (by the build's warm-up runs) and
 * used under the same flags.
 */
export const V8_FLAGS = '--interrupt-budget=1048576';

if (typeof __CCM_BUNDLES__ !== 'undefined' && typeof __CCM_BUILD__ !== 'undefined') {
  v8.setFlagsFromString(V8_FLAGS);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const name = bundleFor(process.argv.slice(2), __CCM_BUNDLES__);
  // This file is CommonJS once built (dist/cli.js), in the folder of the bundles: its `require` is theirs.
  const run = runWithCodeCache(path.join(here, `cli-${name}.cjs`), path.join(here, 'cache', `cli-${name}-${__CCM_BUILD__}.v8`), require);
  // The build's warm-up runs (scripts/build.mjs) store the cache once the command has run.
  if (process.env['CCM_WRITE_CODE_CACHE'] === '1') process.on('exit', () => run.saveCache());
}
