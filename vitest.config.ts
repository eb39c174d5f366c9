import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts', 'web/src/**/*.test.ts'],
    // end-to-end tests run the CLI as a child process; on a loaded 2-core machine a setup hook can take > 10 s
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
