// Bundles the CLI and the library with esbuild. Bundling matters here: module
// loading and compiling dominate start-up for a short-lived CLI (remark,
// unified and yaml are hundreds of small modules).
//
// - The library (dist/index.mjs) is ESM with code splitting.
// - The CLI is one CommonJS bundle per command (dist/cli-<command>.cjs: the
//   shell in src/cli/bin.ts with that command only) started by a small
//   launcher (dist/cli.js, src/cli/launch.ts) that compiles the bundle with
//   V8's code cache. Each bundle is run once here on the bundled examples
//   (warmUp below) and the code cache of what ran is kept in dist/cache/.
// - The bundled model and checklist are parsed once into the parse cache.
import {spawn, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';

// The build id keys the parse cache and the code cache: any change to the source makes old entries miss.
const root = new URL('../', import.meta.url).pathname;
const hash = createHash('sha256');
for (const file of (await readdir(path.join(root, 'src'), {recursive: true})).sort()) {
  if (file.endsWith('.ts')) hash.update(file).update(await readFile(path.join(root, 'src', file)));
}
hash.update(await readFile(path.join(root, 'package-lock.json')));
const buildId = hash.digest('hex').slice(0, 16);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  legalComments: 'none',
  // yaml's Node entry is CommonJS, which a bundler must take whole; its ESM build is the same code
  // and lets unused parts (most of the YAML writer, in commands that only read) be left out.
  alias: {yaml: './node_modules/yaml/browser/index.js'},
  logLevel: 'warning'
};

await rm(new URL('../dist/', import.meta.url), {recursive: true, force: true});

// The library, and the build step that fills the parse cache.
await build({
  ...common,
  // The workshop's worker threads load their own entry (src/app/workshop.ts finds it beside the bundle that starts them).
  entryPoints: {index: 'src/index.ts', 'warm-cache': 'src/warm-cache.ts', 'workshop-worker': 'src/app/workshop-worker.ts'},
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  // Chunks sit beside the entry points so that every module in dist/ finds
  // the data folders at '../model-law/' etc., exactly as src/ modules do.
  chunkNames: '[name]-[hash]',
  // .mjs: dist/package.json makes the .js in dist/ CommonJS (the launcher, below).
  outExtension: {'.js': '.mjs'},
  banner: {js: "import {createRequire as __ccmCreateRequire} from 'node:module'; const require = __ccmCreateRequire(import.meta.url);"},
  define: {__CCM_BUILD__: JSON.stringify(buildId)}
});

// One CommonJS bundle per command. src/cli/registry.ts imports each command module lazily; in the bundle for
// command X, the other commands' modules are left out (the launcher never starts a bundle for another command).
const commands = (await readdir(path.join(root, 'src/cli/commands'))).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const onlyCommand = (name) => ({
  name: 'only-command',
  setup(b) {
    b.onResolve({filter: /^\.\/commands\/[a-z-]+\.js$/}, (args) => {
      const command = /([a-z-]+)\.js$/.exec(args.path)[1];
      return command === name ? undefined : {path: command, namespace: 'other-command'};
    });
    b.onLoad({filter: /.*/, namespace: 'other-command'}, (args) => ({
      contents: `export async function run() { throw new Error('ccm-draft ${args.path} is not in dist/cli-${name}.cjs'); }`,
      loader: 'js'
    }));
  }
});
/**
 * Libraries for the formats an Act may come in besides Markdown (Word, HTML
 * pages, Akoma Ntoso XML) are bundled on their own (dist/vendor-<name>.cjs)
 * and required by the command bundles only when such a file is read. They
 * are a third of what `compare` and `gap` would otherwise read and set up at
 * every start (about 5 ms of a 160 ms compare), for files most runs never
 * see. Each is a library with no state shared with the rest of the tool, so
 * a copy of its own is safe; the tool's modules that use them (src/read/docx.ts,
 * html.ts, akn.ts) stay in the command bundle.
 */
// What each one's module.exports is: the command bundles import a CommonJS module as Node does (the default
// import is module.exports itself), so a default export is put there whole.
const vendored = {
  mammoth: "module.exports = require('mammoth');",
  'rehype-parse': "module.exports = require('rehype-parse').default;",
  'xast-util-from-xml': "module.exports = require('xast-util-from-xml');"
};
const vendorFile = (name) => `./vendor-${name}.cjs`;
await Promise.all(
  Object.entries(vendored).map(([name, contents]) =>
    build({
      ...common,
      stdin: {contents, resolveDir: root, sourcefile: `vendor-${name}.js`, loader: 'js'},
      outfile: path.join(root, 'dist', vendorFile(name)),
      format: 'cjs',
      minifyWhitespace: true
    })
  )
);
const vendor = {
  name: 'vendor',
  setup(b) {
    const names = Object.keys(vendored).map((n) => n.replace(/[-/]/g, '\\$&'));
    b.onResolve({filter: new RegExp(`^(?:${names.join('|')})$`)}, (args) => ({path: vendorFile(args.path), external: true}));
  }
};

await Promise.all(
  commands.map(async (name) => {
    await build({
      ...common,
      entryPoints: {[`cli-${name}`]: 'src/cli/bin.ts'},
      outdir: 'dist',
      outExtension: {'.js': '.cjs'},
      format: 'cjs',
      // Whitespace and comments out: less to read at every start (names stay, so stack traces still read).
      minifyWhitespace: true,
      // import() of a builtin becomes require(): a script compiled by the launcher has no ESM loader behind it.
      supported: {'dynamic-import': false},
      plugins: [onlyCommand(name), vendor],
      // Strict, as the ES modules it is made of (esbuild's own "use strict" would come after the banner).
      // paths.ts finds the package from import.meta.url; in CommonJS that is the bundle's own file.
      banner: {js: "'use strict';\nvar __ccmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
      define: {__CCM_BUILD__: JSON.stringify(buildId), 'import.meta.url': '__ccmImportMetaUrl'}
    });
    await asciiOnly(path.join(root, 'dist', `cli-${name}.cjs`));
  })
);

/**
 * Rewrite a bundle so that it is pure ASCII: every other character becomes a
 * `\uXXXX` escape. esbuild escapes strings but leaves regular expression
 * literals as written (our readers' patterns hold curly quotes and dashes),
 * and one such character makes V8 hold the whole 2 MB bundle as a two-byte
 * string, decoded from UTF-8 at every start (15-30 ms here). The escape
 * means the same character in a string, a template, an identifier and a
 * regular expression with or without the `u` flag (an astral character
 * becomes its surrogate pair, which `u` patterns read as one code point).
 * An escaped character (`\’`, an identity escape) loses its backslash.
 */
async function asciiOnly(file) {
  const source = await readFile(file, 'utf8');
  // No `u` flag: an astral character is matched as its two surrogates, each escaped.
  const ascii = source.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, character) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  await writeFile(file, ascii);
}
// The launcher is CommonJS: an ES module entry would cost every run Node's ESM loader (and, through the
// namespace of node:fs, its streams): about 10 ms. dist/package.json says so for dist/cli.js.
writeFileSync(
  path.join(root, 'dist', 'package.json'),
  `${JSON.stringify({'//': 'The launcher dist/cli.js is CommonJS; the library is .mjs.', type: 'commonjs'}, null, 2)}\n`
);
await build({
  ...common,
  entryPoints: {cli: 'src/cli/launch.ts'},
  outdir: 'dist',
  format: 'cjs',
  banner: {js: "'use strict';\nvar __ccmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
  define: {
    __CCM_BUILD__: JSON.stringify(buildId),
    __CCM_BUNDLES__: JSON.stringify(commands),
    'import.meta.url': '__ccmImportMetaUrl'
  }
});

// Parse the bundled model and checklist once, so each command starts fast.
await import(new URL('../dist/warm-cache.mjs', import.meta.url).href);

await warmUp();

/**
 * Run each command's bundle on the bundled examples with CCM_WRITE_CODE_CACHE=1,
 * so the launcher stores V8's code cache of everything that ran. Runs of one
 * bundle are in sequence (each extends the cache the one before wrote);
 * bundles warm up two at a time. A failed run is a build error: the same
 * commands work in the tests.
 */
async function warmUp() {
  const work = mkdtempSync(path.join(tmpdir(), 'ccm-warm-up-'));
  try {
    const cli = path.join(root, 'dist', 'cli.js');
    const out = (name) => path.join(work, name);
    const draft = path.join(out('a'), 'draft-bill.md');
    const other = path.join(out('b'), 'draft-bill.md');
    // An Act the tool did not write: the draft without its build record, read by the lenient reader.
    const act = path.join(work, 'act', 'act.md');
    const build = (example, folder) => [
      'build',
      '--answers',
      `examples/${example}.yaml`,
      '--out',
      folder,
      '--force',
      '--today',
      '2027-06-01'
    ];
    const runs = {
      lint: [['lint']],
      gap: [
        ['gap', draft, '--today', '2027-06-01'],
        ['gap', act]
      ],
      compare: [
        ['compare', draft, other],
        ['compare', act, other]
      ],
      export: ['docx', 'akn', 'html'].map((to) => [
        'export',
        draft,
        '--to',
        to,
        '--out',
        path.join(work, `bill.${to}`),
        '--date',
        '2027-06-01'
      ]),
      report: [['report', 'article7', '--answers', 'examples/generic-small-state.yaml', '--out', out('report')]],
      matrix: [['matrix', draft, other]],
      // A room of two participants, prepared in this thread (CCM_WORKSHOP_THREADS below; worker threads start from dist/workshop-worker.mjs).
      workshop: [
        ['workshop', 'init', out('room'), '--states', 'State A,State B'],
        ['workshop', out('room'), '--today', '2027-06-01']
      ],
      wizard: [['--help']]
    };
    const run = (args, {env = process.env, command = process.execPath, argv = [cli, ...args], cwd = root} = {}) =>
      new Promise((resolve, reject) => {
        const child = spawn(command, argv, {
          cwd,
          env: {...env, CCM_WRITE_CODE_CACHE: '1', CCM_WORKSHOP_THREADS: '0'},
          stdio: ['ignore', 'ignore', 'pipe']
        });
        let stderr = '';
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
        });
        child.on('error', reject);
        child.on('close', (status) =>
          status === 0 || status === 1
            ? resolve()
            : reject(new Error(`warm-up \`ccm-draft ${args.join(' ')}\` exited ${status}:\n${stderr}`))
        );
      });
    // The builds first: the other commands read their drafts.
    await run(build('generic-small-state', out('a')));
    await run(build('stockpiling-state', out('b')));
    mkdirSync(path.dirname(act), {recursive: true});
    copyFileSync(draft, act);
    const queue = commands.filter((name) => name !== 'build');
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        for (const args of runs[name] ?? [['--help']]) await run(args);
        // The wizard to its first question needs a terminal: `script` (util-linux) gives it one, as bench/wizard.mjs does.
        if (name === 'wizard' && spawnSync('script', ['--version']).status === 0) {
          const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
          const env = {...process.env, CCM_WIZARD_EXIT_AT_FIRST_PROMPT: '1', NO_COLOR: '1'};
          delete env.CI;
          const line = `${quote(process.execPath)} ${quote(cli)} wizard --answers warm-up.yaml`;
          await run(['wizard'], {env, command: 'script', argv: ['-qec', line, '/dev/null'], cwd: work});
        }
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}
