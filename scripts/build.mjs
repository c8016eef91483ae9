// Bundles the CLI and the library with esbuild. Bundling matters here: module
// loading dominates start-up for a short-lived CLI (remark, unified and yaml
// are hundreds of small modules), and every command lazily imports only what
// it needs, so code splitting keeps each command's start-up small.
import {build} from 'esbuild';
import {rm} from 'node:fs/promises';

await rm(new URL('../dist/', import.meta.url), {recursive: true, force: true});
await build({
  entryPoints: {cli: 'src/cli/bin.ts', index: 'src/index.ts'},
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
  logLevel: 'warning'
});
