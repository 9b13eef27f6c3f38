// A script that pipes a long --json somewhere gets all of it: the CLI waits for the pipe to take its
// output before it exits (a pipe takes 64 KiB at a time, and exiting first cut the rest off).
import { describe, expect, it } from 'vitest';
import { runCli, sandboxForThisFile } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('a long output', () => {
  it('reaches a pipe whole', async () => {
    const vault = sandbox.vault('long');
    await seedVault(vault, async (client) => {
      const { bank } = await addTwoAccounts(client);
      for (let index = 0; index < 300; index += 1) {
        await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 100 + index, accountId: bank.id, memo: `Dues collected at the meeting, ${'envelope '.repeat(15)}#${index}` });
      }
    });
    const listed = await runCli(sandbox, ['list', '--vault', vault, '--limit', '1000', '--json'], unlockEnv);
    expect(listed.stderr).toBe('');
    expect(listed.stdout.length).toBeGreaterThan(128 * 1024);
    expect((JSON.parse(listed.stdout) as { entries: unknown[] }).entries).toHaveLength(300);
  });
});
