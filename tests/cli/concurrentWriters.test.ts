// Four `mutual-ledger record` processes writing to one vault at the same moment: no write that was
// reported done is lost, nothing is corrupted, and one that cannot write says the vault is busy, never
// "something went wrong inside" (before BEGIN IMMEDIATE, about one run in six did). Synthetic data only.
import { expect, it } from 'vitest';
import { sandboxForThisFile, runCli, type CliRun } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

const rounds = 3;
const writers = ['A', 'B', 'C', 'D'];

const sandbox = sandboxForThisFile();

function errorCode(run: CliRun): string {
  return (JSON.parse(run.stderr) as { error: { code: string } }).error.code;
}

it(`${writers.length} writers at once, ${rounds} times: every write that exited 0 is in the ledger, and it verifies`, async () => {
  const vault = sandbox.vault('writers');
  await seedVault(vault, addTwoAccounts);
  const record = (memo: string) =>
    runCli(sandbox, ['record', 'contribution', '--vault', vault, '--account', 'Credit union', '--amount', '10', '--memo-file', '-', '--json'], { ...unlockEnv, input: memo });

  const runs: Array<{ memo: string; run: CliRun }> = [];
  for (let round = 1; round <= rounds; round += 1) {
    const memos = writers.map((writer) => `writer ${writer} round ${round}`);
    const results = await Promise.all(memos.map(record));
    memos.forEach((memo, index) => runs.push({ memo, run: results[index] as CliRun }));
  }

  for (const { memo, run } of runs) {
    expect([0, 1], `${memo}: ${run.stderr}`).toContain(run.code);
    if (run.code === 1) expect(errorCode(run), `${memo}: ${run.stderr}`).toBe('VAULT_BUSY');
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
}, 240_000);
