import { readdirSync } from 'node:fs';

// What each mutation-testing scope mutates, and the test files run against its mutants. Shared by
// stryker.config.mjs and vitest.mutation.config.ts (the runner reads MUTATE_SCOPE from the environment).
// The CLI, Electron-process and end-to-end tests are left out: they spawn processes or a browser,
// too slow to run once per mutant, and they reach the same services the core tests cover.
const ledgerTests = ['tests/core/ledger/*.test.ts'];
const ledgerWithoutCrashes = ['tests/core/ledger/*.test.ts', '!tests/core/ledger/crashSafety.test.ts'];
// rekeyCrash.test.ts kills child processes at each step (rekeyFailure.test.ts fails the same steps in process).
const vaultTests = ['tests/core/vault/*.test.ts', '!tests/core/vault/rekeyCrash.test.ts'];
// vault.ts's TOTP gate is tested with the rest of TOTP.
const vaultServiceTests = [...vaultTests, 'tests/core/totp/*.test.ts'];
const sourcesIn = (folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`);
const ledgerFolder = sourcesIn('electron/core/ledger');
const vaultFolder = sourcesIn('electron/core/vault');
const ledgerReading = ['entryQuery.ts', 'filterMonths.ts', 'entryRows.ts', 'balances.ts'].map((name) => `electron/core/ledger/${name}`);

const parts = {
  hashing: {
    mutate: ['electron/core/ledger/entryHash.ts', 'electron/core/ledger/canonicalJson.ts', 'electron/core/ledger/ledgerFacts.ts'],
    tests: [
      'tests/core/ledger/knownAnswers.test.ts',
      'tests/core/ledger/factsChain.test.ts',
      'tests/core/ledger/verify.test.ts',
      'tests/core/ledger/anchoring.test.ts',
      'tests/core/ledger/ledgerText.test.ts',
    ],
  },
  rules: {
    mutate: ['electron/core/accounts/accountAvailability.ts', 'electron/core/funds/restrictedFunds.ts'],
    tests: [
      'tests/core/accounts/accountAvailability.test.ts',
      'tests/core/ledger/entryRules.test.ts',
      'tests/core/ledger/appendBatch.test.ts',
      'tests/core/ledger/accounts.test.ts',
      'tests/core/ledger/balanceConservation.test.ts',
    ],
  },
  keys: {
    mutate: ['electron/core/vault/keyWrapping.ts', 'electron/core/vault/slotSealing.ts', 'electron/core/vault/slotChoice.ts', 'electron/core/vault/unlockAhead.ts'],
    tests: [
      'tests/core/vault/keyWrapping.test.ts',
      'tests/core/vault/docsReader.test.ts',
      'tests/core/vault/keySlots.test.ts',
      'tests/core/vault/keySlotFile.test.ts',
      'tests/core/vault/unlockAhead.test.ts',
    ],
  },
  totpGate: { mutate: ['electron/core/totp/totpGate.ts'], tests: ['tests/core/totp/*.test.ts'] },
  /** The queue, long work beside it, and how its progress is shown on a terminal. */
  longWork: {
    mutate: ['electron/core/dispatcher.ts', 'electron/core/longWork.ts', 'electron/core/handlers/workHandlers.ts', 'electron/cli/progressLine.ts'],
    tests: ['tests/core/longWork.test.ts', 'tests/core/dispatcher.test.ts', 'tests/cli/progressLine.test.ts', 'tests/core/ledger/quickCheck.test.ts'],
  },
  csp: { mutate: ['electron/contentSecurityPolicy.ts'], tests: ['tests/electron/contentSecurityPolicy.test.ts'] },
};

// The ledger folder but the reading code and the hashing files the critical scope measures.
const ledgerWriting = ledgerFolder.filter((file) => !parts.hashing.mutate.includes(file) && !ledgerReading.includes(file));
const ledgerVerify = 'electron/core/ledger/verifyLedger.ts';
// The vault folder but vault.ts and the key files the critical scope measures.
const vaultFiles = vaultFolder.filter((file) => file !== 'electron/core/vault/vault.ts' && !parts.keys.mutate.includes(file));
const vaultSlotSchema = 'electron/core/vault/keySlotFile.ts';
const vaultSlotFiles = ['keySlotFile.ts', 'keySlots.ts', 'keySlotWriter.ts', 'recoveryCode.ts', 'passphraseEstimator.ts', 'passphraseStrength.ts', 'groupSigningKey.ts', 'sqlcipherKey.ts'].map(
  (name) => `electron/core/vault/${name}`,
);

const union = (names) => ({
  mutate: names.flatMap((name) => parts[name].mutate),
  tests: [...new Set(names.flatMap((name) => parts[name].tests))],
});

export const scopes = {
  ...parts,
  /** The code where no mutant may survive: the default. */
  critical: union(['hashing', 'rules', 'keys', 'totpGate', 'csp']),
  ledger: { mutate: ['electron/core/ledger/**/*.ts'], tests: ledgerWithoutCrashes },
  /** The ledger folder without the hashing files the critical scope measures, in two runs of under half an hour: reading, then writing and verifying. */
  ledgerReading: {
    mutate: ledgerReading,
    tests: [
      'tests/core/ledger/filterMonths.test.ts',
      'tests/core/ledger/entryRows.test.ts',
      'tests/core/ledger/entryListWindows.test.ts',
      'tests/core/ledger/memoSearch.test.ts',
      'tests/core/ledger/ledger.test.ts',
      'tests/core/ledger/balanceConservation.test.ts',
    ],
  },
  ledgerWriting: { mutate: ledgerWriting, tests: ledgerWithoutCrashes },
  /** ledgerWriting in two runs: the entry's rules and how it is written, then verify. */
  // The reading tests (thousands of rows inserted straight into the table) are left out: they check no rule of writing.
  ledgerEntries: {
    mutate: ledgerWriting.filter((file) => file !== ledgerVerify),
    tests: [
      'ledger',
      'entryRules',
      'appendBatch',
      'accounts',
      'flowLimit',
      'balanceConservation',
      'ledgerText',
      'entryRows',
      'knownAnswers',
      'factsChain',
      'verify',
      'anchoring',
      'quickCheck',
      'recordEntry',
      'receipts',
      'reverseEntry',
      'entryDates',
      'categories',
    ].map((name) => `tests/core/ledger/${name}.test.ts`),
  },
  ledgerVerify: { mutate: [ledgerVerify], tests: ledgerWithoutCrashes },
  /** The vault folder in two runs of under half an hour each, without the key files the critical scope measures. */
  vaultService: { mutate: ['electron/core/vault/vault.ts'], tests: vaultServiceTests },
  /** vault.ts in three runs of under half an hour each: opening, locking and details; the changes of slots; the re-key and what follows it. */
  vaultServiceOpen: { mutate: ['electron/core/vault/vault.ts:1-306'], tests: vaultServiceTests },
  vaultServiceKeys: { mutate: ['electron/core/vault/vault.ts:307-427'], tests: vaultServiceTests },
  vaultServiceRekey: { mutate: ['electron/core/vault/vault.ts:428-700'], tests: vaultServiceTests },
  vaultFiles: { mutate: vaultFiles, tests: vaultTests },
  /** vaultFiles in three runs: the key-slot file's reader, what goes into the file, then the ledger's files, locks and timers. */
  // The reader's zod schema is built at load, so every mutant of it reruns every test: these two make no vault.
  vaultSlotSchema: { mutate: [vaultSlotSchema], tests: ['tests/core/vault/keySlotParsing.test.ts', 'tests/core/vault/keySlotFile.test.ts'] },
  // Every vault test reads the key slots, so with them all each survivor here reran for minutes: these are the ones about the file.
  vaultFilesSlots: {
    mutate: vaultFiles.filter((file) => vaultSlotFiles.includes(file) && file !== vaultSlotSchema),
    tests: [
      'keySlotParsing',
      'keySlotFile',
      'keySlots',
      'keySlotBackup',
      'keyWrapping',
      'docsReader',
      'passphraseStrength',
      'slotChecks',
      'keySlotWriter',
      'groupSigningKey',
      'sqlcipherKey',
      'recoveryCode',
    ].map((name) => `tests/core/vault/${name}.test.ts`),
  },
  // The direct tests of the ledger's files, locks and timers. Every vault test opens a ledger, so with them all each
  // survivor of ledgerDatabase.ts or the schema's steps reran for minutes (the run projected over an hour and a half).
  vaultFilesStore: {
    mutate: vaultFiles.filter((file) => !vaultSlotFiles.includes(file)),
    tests: ['ledgerDatabase', 'idleLock', 'vaultBusy', 'lockFile', 'backoffRecord', 'unlockBackoff', 'privateFiles', 'rekeyLeftovers', 'backgroundReader', 'vaultOpening', 'rekeyFailure'].map(
      (name) => `tests/core/vault/${name}.test.ts`,
    ),
  },
  vault: { mutate: ['electron/core/vault/**/*.ts'], tests: vaultTests },
  totp: { mutate: ['electron/core/totp/**/*.ts'], tests: ['tests/core/totp/*.test.ts'] },
  accounts: { mutate: ['electron/core/accounts/**/*.ts', 'electron/core/funds/**/*.ts'], tests: [...ledgerTests, 'tests/core/accounts/*.test.ts'] },
  /** The contract alone, static mutants included: its schemas are built at load, so every mutant reruns every test here. */
  contract: {
    mutate: ['shared/contract/**/*.ts'],
    tests: ['tests/shared/contract.test.ts', 'tests/shared/recordInput.test.ts', 'tests/shared/columnMapping.test.ts', 'tests/core/dispatcher.test.ts'],
  },
  /** Importing statements: the readers, the plan and the import, by their own tests. */
  import: { mutate: ['electron/core/import/**/*.ts', 'shared/statementText.ts'], tests: ['tests/core/import/*.test.ts', 'tests/shared/statementText.test.ts'] },
  shared: { mutate: ['shared/**/*.ts'], tests: ['tests/shared/*.test.ts', 'tests/core/contractProperty.test.ts', 'tests/core/dispatcher.test.ts'] },
  /** Hiding a summary's small cells, and the one rule of money in and out, by the attack and the rule's own tests. */
  smallCells: {
    mutate: ['electron/core/summary/smallCells.ts', 'electron/core/summary/linearSpan.ts', 'electron/core/ledger/moneyFlow.ts'],
    tests: ['tests/core/summary/smallCellsAttack.test.ts', 'tests/core/ledger/moneyInAndOut.test.ts', 'tests/core/ledger/filterMonths.test.ts'],
  },
};

/** The scope MUTATE_SCOPE names (default: critical). */
export function currentScope() {
  const name = process.env.MUTATE_SCOPE ?? 'critical';
  const scope = scopes[name];
  if (scope === undefined) throw new Error(`MUTATE_SCOPE must be one of: ${Object.keys(scopes).join(', ')}`);
  return { name, ...scope };
}
