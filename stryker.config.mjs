// Mutation testing (npm run mutate), kept out of npm test. One run covers one scope, so that it fits in
// half an hour on a two-core laptop: MUTATE_SCOPE=ledger npm run mutate. The default scope is the code
// where no mutant may survive. Scores are written down in tests/mutation-score.md.
const scopes = {
  critical: [
    'electron/core/ledger/entryHash.ts',
    'electron/core/ledger/canonicalJson.ts',
    'electron/core/ledger/ledgerFacts.ts',
    'electron/core/accounts/accountAvailability.ts',
    'electron/core/funds/restrictedFunds.ts',
    'electron/core/vault/keyWrapping.ts',
    'electron/core/vault/slotSealing.ts',
    'electron/core/totp/totpGate.ts',
    'electron/contentSecurityPolicy.ts',
  ],
  hashing: ['electron/core/ledger/entryHash.ts', 'electron/core/ledger/canonicalJson.ts', 'electron/core/ledger/ledgerFacts.ts'],
  rules: ['electron/core/accounts/accountAvailability.ts', 'electron/core/funds/restrictedFunds.ts'],
  keys: ['electron/core/vault/keyWrapping.ts', 'electron/core/vault/slotSealing.ts'],
  totp: ['electron/core/totp/**/*.ts'],
  ledger: ['electron/core/ledger/**/*.ts'],
  vault: ['electron/core/vault/**/*.ts'],
  accounts: ['electron/core/accounts/**/*.ts', 'electron/core/funds/**/*.ts'],
  shared: ['shared/**/*.ts'],
};

const scope = process.env.MUTATE_SCOPE ?? 'critical';
const mutate = scopes[scope];
if (mutate === undefined) throw new Error(`MUTATE_SCOPE must be one of: ${Object.keys(scopes).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the test files that import a mutated file run against its mutants.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate,
  concurrency: 2,
  timeoutMS: 60_000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'out', 'test-results', 'playwright-report', 'reports', 'build/native/electron'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  thresholds: { high: 95, low: 85, break: null },
};
