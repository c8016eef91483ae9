// Bundles the CLI and the library with esbuild. Bundling matters here: module
// loading dominates start-up for a short-lived CLI (remark, unified and yaml
// are hundreds of small modules), and every command lazily imports only what
// it needs, so code splitting keeps each command's start-up small.
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {readdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';

// The build id keys the parse cache: any change to the source makes old cache entries miss.
const root = new URL('../', import.meta.url).pathname;
const hash = createHash('sha256');
for (const file of (await readdir(path.join(root, 'src'), {recursive: true})).sort()) {
  if (file.endsWith('.ts')) hash.update(file).update(await readFile(path.join(root, 'src', file)));
}
hash.update(await readFile(path.join(root, 'package-lock.json')));
const buildId = hash.digest('hex').slice(0, 16);

await rm(new URL('../dist/', import.meta.url), {recursive: true, force: true});
await build({
  // The workshop's worker threads load their own entry (src/app/workshop.ts finds it beside its chunk).
  entryPoints: {
    cli: 'src/cli/bin.ts',
    index: 'src/index.ts',
    'warm-cache': 'src/warm-cache.ts',
    'workshop-worker': 'src/app/workshop-worker.ts'
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks sit beside the entry points so that every module in dist/ finds
  // the data folders at '../model-law/' etc., exactly as src/ modules do.
  chunkNames: '[name]-[hash]',
  packages: 'bundle',
  banner: {js: "import {createRequire as __ccmCreateRequire} from 'node:module'; const require = __ccmCreateRequire(import.meta.url);"},
  legalComments: 'none',
  define: {__CCM_BUILD__: JSON.stringify(buildId)},
  // yaml's Node entry is CommonJS, which a bundler must take whole; its ESM build is the same code
  // and lets unused parts (most of the YAML writer, in commands that only read) be left out.
  alias: {yaml: './node_modules/yaml/browser/index.js'},
  logLevel: 'warning'
});

// Parse the bundled model and checklist once, so each command starts fast.
await import(new URL('../dist/warm-cache.js', import.meta.url).href);
