import { defineConfig } from 'vitest/config';

// Unit and integration tests; the Playwright end-to-end tests in tests/e2e run separately.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // Tests open native modules (SQLCipher, Argon2) and spawn the CLI: separate processes are safest.
    pool: 'forks',
    // Vitest leaves one core free by default; on a two-core machine that runs every file one after another,
    // while most of them wait on Argon2id threads or a spawned CLI. Two at once uses both cores.
    maxWorkers: 2,
    globalSetup: ['tests/buildCli.ts'],
  },
});
