import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Store tests fork real processes and touch real files; keep the 2-core machines calm.
    pool: 'forks',
    maxWorkers: 2,
    // A ceiling for a hang, not a timing assertion: these machines are noisy, and CLI and parser
    // specs that spawn several processes took over 30 s when the machine was busy.
    testTimeout: 90_000,
  },
});
