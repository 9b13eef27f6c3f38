import { defineConfig } from 'vitest/config';
import { currentScope } from './stryker.scopes.mjs';

// The unit tests Stryker runs against each mutant (npm run mutate): only the scope's own test files.
const { tests } = currentScope();

export default defineConfig({
  test: {
    include: tests.filter((pattern) => !pattern.startsWith('!')),
    exclude: ['node_modules/**', '.stryker-tmp/**', ...tests.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1))],
    testTimeout: 60_000,
  },
});
