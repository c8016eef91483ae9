import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Run only by test/temp-cleanup.test.ts, in a child vitest with its own TMPDIR.
    exclude: ['**/node_modules/**', 'test/fixtures/temp-cleanup/**'],
    // The two cores are shared by workers; end-to-end tests spawn processes.
    testTimeout: 30_000,
    pool: 'forks'
  }
});
