// Two `mutual-ledger record` processes writing to one vault at the same moment: no write that was
// reported done is lost, nothing is corrupted, and the one that cannot write says so. Synthetic data only.
import { afterAll, expect, it } from 'vitest';
import { createSandbox, runCli, type CliRun } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

/**
 * Switch on once issue 6 is merged (BEGIN IMMEDIATE with a busy timeout, and the VAULT_BUSY code): then
 * a writer that loses the race is always told "the vault is busy in another window", never INTERNAL.
 */
const vaultBusyIsTheOnlyRefusal: boolean = false;
const rounds = 4;

const sandbox = createSandbox();
afterAll(() => sandbox.remove());

function errorCode(run: CliRun): string {
  return (JSON.parse(run.stderr) as { error: { code: string } }).error.code;
}

it(`two writers at once, ${rounds} times: every write that exited 0 is in the ledger, and it verifies`, async () => {
  const vault = sandbox.vault('two-writers');
  await seedVault(vault, addTwoAccounts);
  const record = (memo: string) =>
    runCli(sandbox, ['record', 'contribution', '--vault', vault, '--account', 'Credit union', '--amount', '10', '--memo-file', '-', '--json'], { ...unlockEnv, input: memo });

  const runs: Array<{ memo: string; run: CliRun }> = [];
  for (let round = 1; round <= rounds; round += 1) {
    const memos = [`writer A round ${round}`, `writer B round ${round}`];
    const results = await Promise.all(memos.map(record));
    memos.forEach((memo, index) => runs.push({ memo, run: results[index] as CliRun }));
  }

  for (const { memo, run } of runs) {
    expect([0, 1], `${memo}: ${run.stderr}`).toContain(run.code);
    if (run.code === 1) {
      const accepted = vaultBusyIsTheOnlyRefusal ? ['VAULT_BUSY'] : ['VAULT_BUSY', 'INTERNAL'];
      expect(accepted, `${memo}: ${run.stderr}`).toContain(errorCode(run));
    }
  }
  const listed = await runCli(sandbox, ['list', '--vault', vault, '--limit', '1000', '--json'], unlockEnv);
  const memos = (JSON.parse(listed.stdout) as { entries: Array<{ memo: string | null }> }).entries.map((entry) => entry.memo);
  const done = runs.filter(({ run }) => run.code === 0).map(({ memo }) => memo);
  expect(memos).toEqual(expect.arrayContaining(done));
  // Nothing recorded twice, nothing recorded that was reported as refused.
  expect([...memos].sort()).toEqual([...done].sort());

  const verified = await runCli(sandbox, ['verify', '--vault', vault, '--json'], unlockEnv);
  expect(verified.code).toBe(0);
  expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, integrityCheck: 'ok', entriesChecked: done.length });
}, 120_000);
