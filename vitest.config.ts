import { defineConfig } from 'vitest/config';

// Unit and integration tests; the Playwright end-to-end tests in tests/e2e run separately.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // Tests open native modules (SQLCipher, Argon2) and spawn the CLI: separate processes are safest.
    pool: 'forks',
    globalSetup: ['tests/buildCli.ts'],
  },
});
