import { describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/messages/dates.ts';
import { sandboxForThisFile, oneErrorLine, runCli } from './cliRunner.ts';
import { addTwoAccounts, daysAgo, openBehindTheAppsBack, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger account status, reverse, reconcile and verify', () => {
  const vault = sandbox.vault('refusals');
  const run = (args: string[]) => runCli(sandbox, [...args, '--vault', vault], unlockEnv);

  it('account status --set frozen records the freeze with the balance held', async () => {
    await seedVault(vault, async (client) => {
      const { bank, venmo } = await addTwoAccounts(client);
      await client.ledger.record({ kind: 'contribution', date: daysAgo(10), amount: 50_000, accountId: bank.id, memo: 'Pledges' });
      await client.ledger.record({ kind: 'contribution', date: daysAgo(9), amount: 25_000, accountId: venmo.id });
      await client.ledger.record({ kind: 'disbursement', date: daysAgo(8), amount: 4_000, accountId: bank.id, category: 'food', recipientCode: 'R-TEST01' });
    });
    const freeze = await run(['account', 'status', '--account', 'venmo', '--set', 'frozen', '--reason', 'Platform review', '--date', daysAgo(3)]);
    expect(freeze.stderr).toBe('');
    expect(freeze.code).toBe(0);
    expect(freeze.stdout).toContain(`Venmo is frozen since ${formatDay(daysAgo(3), 'en')}: Platform review`);
    expect(freeze.stdout).toContain('Held at the freeze: $250.00.');
  });

  it('a disbursement from the frozen account exits 1 with one line naming the account that could pay instead; nothing is written; the history shows the freeze', async () => {
    const refused = await run(['record', 'disbursement', '--account', 'Venmo', '--amount', '20', '--category', 'food']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(oneErrorLine);
    expect(refused.stderr).toContain('Venmo is frozen');
    expect(refused.stderr).toContain('Credit union (active, $460.00)');
    // The hint is in the message already: said once, not twice.
    expect(refused.stderr.split('Credit union').length).toBe(2);

    // Both only read: side by side.
    const [listed, history] = await Promise.all([run(['list', '--json']), run(['account', 'status', '--account', '2', '--json'])]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject({ total: 3, offset: 0, limit: 50 });
    // Without --set, account status prints the history.
    expect(history.code).toBe(0);
    expect(JSON.parse(history.stdout)).toEqual([{ status: 'frozen', date: daysAgo(3), reason: 'Platform review', balanceHeld: 25000, recordedAt: expect.any(String) }]);
  });

  it('reverse corrects an entry once; a second reversal exits 1', async () => {
    const first = await run(['reverse', '3', '--memo', 'Recorded twice']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Recorded entry #4, which reverses #3.');
    expect(first.stdout).toMatch(/Amount +\$40\.00 in/);
    expect(first.stdout).toMatch(/Memo +Recorded twice/);

    const second = await run(['reverse', '#3']);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(oneErrorLine);
    expect(second.stderr).toContain('Entry #3 was already reversed by entry #4.');
  });

  it('a payout dated before the freeze is recorded with a note; reverse --date dates its correction then, never before', async () => {
    const payout = await run(['record', 'disbursement', '--account', 'venmo', '--amount', '5', '--category', 'food', '--date', daysAgo(5)]);
    expect(payout.code).toBe(0);
    expect(payout.stdout).toContain(`Note: Recorded, dated ${formatDay(daysAgo(5), 'en')}: Venmo has been frozen since ${formatDay(daysAgo(3), 'en')}, so this happened before that.`);
    const early = await run(['reverse', '5', '--date', daysAgo(6)]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(oneErrorLine);
    expect(early.stderr).toContain(`A correction cannot be dated before the entry it corrects: #5 is dated ${formatDay(daysAgo(5), 'en')}.`);
    const dated = JSON.parse((await run(['reverse', '5', '--date', daysAgo(5), '--json'])).stdout) as { seq: number; date: string; notices: unknown[] };
    expect(dated).toMatchObject({ seq: 6, date: daysAgo(5) });
    expect(dated.notices).toHaveLength(1);
  });

  it('account reconcile --dry-run shows the difference and records nothing; without it, records', async () => {
    const preview = await run(['account', 'reconcile', '--account', 'credit union', '--statement-balance', '455.50', '--date', daysAgo(1), '--dry-run', '--json']);
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.stdout)).toMatchObject({
      accountId: 1,
      date: daysAgo(1),
      statementBalance: 45550,
      ledgerBalance: 46000,
      clearedBalance: 46000,
      difference: -450,
      previousDate: null,
      cleared: [1, 3],
      recorded: false,
    });

    const recorded = await run(['account', 'reconcile', '--account', 'Credit union', '--statement-balance', '460', '--date', daysAgo(1)]);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toMatch(/Ledger balance +\$460\.00/);
    expect(recorded.stdout).toContain('none: the cleared entries match the statement');
    expect(recorded.stdout).toContain('2 entries not cleared before');
    expect(recorded.stdout).toMatch(/^ *3 +yes +\d+ \w{3} \d{4} +disbursement +-\$40\.00$/m);
    expect(recorded.stdout).toMatch(/\nRecorded\.\n$/);
  });

  it('account list shows balances, the freeze, the flags, the reconciliation and the warnings', async () => {
    const listed = await run(['account', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ *1 +Credit union +credit-union +USD +\$500\.00 +active since \d+ \w{3} \d{4} +\d+ \w{3} \d{4}, matched$/m);
    expect(listed.stdout).toMatch(/^ *2 +Venmo +venmo +USD +\$250\.00 +frozen since \d+ \w{3} \d{4} \(3 days, held \$250\.00\) +tied to a member, no MFA +never$/m);
    expect(listed.stdout).toContain('Warning: $250.00 is stuck in frozen accounts.');
  });

  it("verify exits 0 on an intact ledger, and 1 naming the entry altered behind the app's back", async () => {
    const intact = await run(['verify']);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^OK: 6 entries and \d+ facts checked/);

    const db = await openBehindTheAppsBack(vault);
    db.exec('DROP TRIGGER entries_are_never_changed');
    db.prepare('UPDATE entries SET amount = 2 WHERE seq = 2').run();
    db.close();

    const broken = await run(['verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^NOT OK: 1 entry and \d+ facts checked before the broken link\.$/m);
    expect(broken.stderr).toMatch(oneErrorLine);
    expect(broken.stderr).toMatch(/The ledger is broken at entry #2: .*altered after it was recorded/);
  });
});
