import { currentScope } from './stryker.scopes.mjs';

// Mutation testing (npm run mutate), kept out of npm test. One run covers one scope so that it fits in
// half an hour on a two-core laptop: MUTATE_SCOPE=ledger npm run mutate (scopes in stryker.scopes.mjs;
// the default is the code where no mutant may survive). Scores are written down in tests/mutation-score.md.
const scope = currentScope();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The runner picks the scope's test files (vitest.mutation.config.ts); per-test coverage then runs
  // only the tests that reach a mutant, and the first failing test ends its run.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: scope.mutate.filter((pattern) => !pattern.startsWith('!')),
  concurrency: 2,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 25,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.stryker-tmp*', 'dist', 'out', 'test-results', 'playwright-report', 'reports', 'build/native/electron'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${scope.name}.json` },
  thresholds: { high: 95, low: 85, break: null },
};
