import { defineConfig } from 'vitest/config';

// The unit tests Stryker runs against each mutant (npm run mutate). The CLI, Electron, lint, docs and
// end-to-end tests spawn processes or browsers: too slow to run per mutant, and they reach the core
// through the same services the core tests cover.
export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/electron/contentSecurityPolicy.test.ts'],
    exclude: ['tests/e2e/**', 'tests/cli/**', 'node_modules/**', '.stryker-tmp/**'],
    testTimeout: 60_000,
  },
});
