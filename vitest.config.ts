import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The two cores are shared by workers; end-to-end tests spawn processes.
    testTimeout: 30_000,
    pool: 'forks'
  }
});
