import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Store tests fork real processes and touch real files; keep the 2-core machines calm.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
