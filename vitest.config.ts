import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    setupFiles: ['tests/fixtures/home.ts'],
    // One throwaway PostgreSQL cluster for the run: the server's store is tested on both engines.
    globalSetup: ['tests/fixtures/postgres-setup.ts'],
    // Integration tests start real servers and child processes: two workers and generous
    // timeouts keep them reliable on small CI machines (the CLI's derive test takes 30 s alone
    // and has taken 62 s on two busy cores).
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
