/**
 * Import directions (checked by `npm run check:imports`, part of `npm test`).
 *
 *   src/cli  →  src/app  →  pipeline (every other folder)  →  src/util
 *
 * The CLI is the only code that knows about terminals and argv; the
 * application layer holds the use cases (build, lint, the wizard session,
 * the Article 7 report, compare's model base); the pipeline never calls back
 * up into a use case; utilities know nothing of the domain.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'cli-is-the-edge',
      comment: 'Nothing outside src/cli imports src/cli: the CLI is a thin shell over the library.',
      severity: 'error',
      from: {path: '^src/', pathNot: '^src/cli/'},
      to: {path: '^src/cli/'}
    },
    {
      name: 'pipeline-does-not-call-use-cases',
      comment: 'Only the CLI and the public barrel call the application layer; the pipeline never calls back up.',
      severity: 'error',
      from: {path: '^src/', pathNot: '^src/(cli/|app/|index\\.ts$)'},
      to: {path: '^src/app/'}
    },
    {
      name: 'utilities-know-no-domain',
      comment: 'src/util holds plain helpers (files, dates, diagnostics); it imports nothing of the domain.',
      severity: 'error',
      from: {path: '^src/util/'},
      to: {path: '^src/', pathNot: '^src/(util/|paths\\.ts$|version\\.ts$)'}
    },
    {
      name: 'one-prompt-adapter',
      comment: 'Only src/cli/prompter.ts imports inquirer; the wizard talks to the Prompter interface.',
      severity: 'error',
      from: {path: '^src/', pathNot: '^src/cli/prompter\\.ts$'},
      to: {path: 'node_modules/(@inquirer|inquirer)/'}
    },
    {
      name: 'no-test-code-in-src',
      comment: 'Test-only packages are devDependencies: the shipped code must not need them.',
      severity: 'error',
      from: {path: '^src/'},
      to: {path: 'node_modules/(vitest|fast-check|@inquirer/testing|playwright-core)/'}
    },
    {
      name: 'no-circular',
      comment: 'Circular imports hide the pipeline order.',
      severity: 'error',
      from: {path: '^src/'},
      to: {circular: true, viaOnly: {dependencyTypesNot: ['type-only']}}
    }
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types']}
  }
};
