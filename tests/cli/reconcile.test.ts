// `mutual-ledger account reconcile` with ticks: --dry-run lists the entries to clear, --cleared names
// the ones the statement shows, --record-difference books what is left, --json for scripts, and a
// refusal that writes nothing. Synthetic data only.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/messages/dates.ts';
import { sandboxForThisFile, oneErrorLine, runCli } from './cliRunner.ts';
import { addTwoAccounts, daysAgo, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger account reconcile, ticking entries', () => {
  const vault = sandbox.vault('reconcile');
  const run = (args: string[]) => runCli(sandbox, [...args, '--vault', vault], unlockEnv);
  const json = async (args: string[]) => {
    const result = await run([...args, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };

  it('--dry-run lists the entries not cleared yet, with what each did to the account, and records nothing', async () => {
    await seedVault(vault, async (client) => {
      const { bank, venmo } = await addTwoAccounts(client);
      await client.ledger.record({ kind: 'contribution', date: daysAgo(10), amount: 50_000, accountId: bank.id, memo: 'Pledges' });
      await client.ledger.record({ kind: 'disbursement', date: daysAgo(8), amount: 4_000, accountId: bank.id, category: 'food' });
      await client.ledger.record({ kind: 'contribution', date: daysAgo(7), amount: 2_000, accountId: venmo.id });
      await client.ledger.record({ kind: 'contribution', date: daysAgo(6), amount: 1_000, accountId: bank.id, memo: 'Late pledge' });
    });
    const preview = await run(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '455.50', '--date', daysAgo(5), '--cleared', '1,2', '--dry-run']);
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/Cleared balance +\$460\.00/);
    expect(preview.stdout).toContain('-$4.50 (the statement shows less than the cleared entries)');
    expect(preview.stdout).toContain('3 entries not cleared before');
    expect(preview.stdout).toMatch(/^ *1 +yes +\d+ \w{3} \d{4} +contribution +\+\$500\.00 +Pledges$/m);
    expect(preview.stdout).toMatch(/^ *4 +\d+ \w{3} \d{4} +contribution +\+\$10\.00 +Late pledge$/m);
    expect(preview.stdout).toContain('1 entry is left for the next reconciliation.');
    expect(preview.stdout).toMatch(/Not recorded \(--dry-run\)\.\n$/);
    expect(await json(['account', 'list'])).toMatchObject({ accounts: [expect.objectContaining({ lastReconciled: null }), expect.anything()] });
  });

  it('--cleared with --record-difference fee books the fee, clears it with the ticked entries, and the account shows matched', async () => {
    const reconciled = await json(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '455.50', '--date', daysAgo(5), '--cleared', '#1,2', '--record-difference', 'fee']);
    expect(reconciled).toMatchObject({ cleared: [1, 2, 5], clearedBalance: 45_550, difference: 0, differenceEntry: 5, recorded: true });
    const listed = await json(['list', '--account', 'Credit union']);
    expect(listed).toMatchObject({ entries: expect.arrayContaining([expect.objectContaining({ seq: 5, kind: 'fee', amount: 450 })]) as unknown });
    // The list says which entries are cleared: in --json, and in a column of its own.
    expect((listed.entries as Array<{ seq: number; cleared: boolean }>).map((row) => [row.seq, row.cleared])).toEqual([
      [5, true],
      [4, false],
      [2, true],
      [1, true],
    ]);
    const table = await run(['list', '--account', 'Credit union']);
    expect(table.stdout).toMatch(/^# +DATE +KIND +AMOUNT +CLEARED +ACCOUNT/m);
    expect(table.stdout).toMatch(/^1 +\d+ \w{3} \d{4} +contribution +\+\$500\.00 +yes +Credit union +General +other +Pledges +\$500\.00$/m);
    expect(table.stdout).toMatch(/^4 +\d+ \w{3} \d{4} +contribution +\+\$10\.00 +Credit union +General +other +Late pledge +\$470\.00$/m);
    const accounts = await run(['account', 'list']);
    expect(accounts.stdout).toContain(', matched');

    // What was not ticked waits for the next statement, which starts from this one's cleared balance.
    const next = await json(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '465.50', '--date', daysAgo(1), '--dry-run']);
    expect(next).toMatchObject({ previousBalance: 45_550, uncleared: [{ seq: 4, kind: 'contribution', memo: 'Late pledge', effect: 1_000 }], clearedBalance: 46_550, difference: 0 });
  });

  it('refuses an entry already cleared and a fee for a statement that shows more, with one line each, recording nothing', async () => {
    const before = await json(['account', 'list']);
    const cleared = await run(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '465.50', '--date', daysAgo(1), '--cleared', '2']);
    expect(cleared.code).toBe(1);
    expect(cleared.stdout).toBe('');
    expect(cleared.stderr).toMatch(oneErrorLine);
    expect(cleared.stderr).toContain('Entry #2 is not one this reconciliation can clear');
    const fee = await run(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '470', '--date', daysAgo(1), '--record-difference', 'fee']);
    expect(fee.code).toBe(1);
    expect(fee.stderr).toContain('A fee can explain a statement that shows less');
    const kind = await run(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '470', '--record-difference', 'refund']);
    expect(kind.code).toBe(2);
    expect(await json(['account', 'list'])).toEqual(before);
  });

  it('--record-difference adjustment books a statement that shows more as an adjustment in', async () => {
    const reconciled = await json(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '470', '--date', daysAgo(1), '--record-difference', 'adjustment']);
    expect(reconciled).toMatchObject({ cleared: [4, 6], differenceEntry: 6, clearedBalance: 47_000, difference: 0 });
    const adjustment = await json(['list', '--kind', 'adjustment']);
    expect(adjustment).toMatchObject({ entries: [expect.objectContaining({ seq: 6, amount: 450, direction: 'in', memo: `Reconciles the statement of ${formatDay(daysAgo(1), 'en')}` })] });
  });
});
