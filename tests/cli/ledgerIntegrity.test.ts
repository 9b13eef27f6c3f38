import { describe, expect, it } from 'vitest';
import { sandboxForThisFile, oneErrorLine, runCli } from './cliRunner.ts';
import { addTwoAccounts, daysAgo, openBehindTheAppsBack, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

/** A vault of its own for one test, with the two synthetic accounts and some money in the bank. */
async function vaultWithMoney(name: string): Promise<{ vault: string; run: (args: string[]) => ReturnType<typeof runCli> }> {
  const vault = sandbox.vault(name);
  await seedVault(vault, async (client) => {
    const { bank } = await addTwoAccounts(client);
    await client.ledger.record({ kind: 'contribution', date: daysAgo(5), amount: 50_000, accountId: bank.id });
    await client.funds.add({ name: 'Rent relief', restricted: true, purpose: 'Synthetic purpose' });
  });
  return { vault, run: (args: string[]) => runCli(sandbox, [...args, '--vault', vault], unlockEnv) };
}

describe('the command line refuses precisely and proves what the ledger holds', () => {
  it('a bad amount, date, memo or --vault is a usage error (exit 2) that says what is wrong, and writes nothing', async () => {
    const { run } = await vaultWithMoney('refusals');
    const cases: Array<[string[], string]> = [
      [['--amount', '-5'], 'Enter the amount without a minus sign'],
      [['--amount', '1 50'], 'has a space inside it'],
      [['--amount', 'EUR 100'], 'is in another currency (EUR); this account holds USD'],
      [['--amount', '£50'], 'is in another currency (£)'],
      [['--amount', '5', '--date', '2026-02-30'], 'that day does not exist on the calendar'],
      [['--amount', '5', '--memo', 'x'.repeat(201)], '--memo: Keep it to at most 200 characters.'],
    ];
    for (const [flags, said] of cases) {
      const refused = await run(['record', 'contribution', '--account', 'Credit union', ...flags]);
      expect(refused.code, flags.join(' ')).toBe(2);
      expect(refused.stderr).toMatch(oneErrorLine);
      expect(refused.stderr).toContain(said);
    }
    const named = await run(['account', 'add', '--name', 'Pay\u200Bpal', '--kind', 'paypal', '--currency', 'USD']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('--name: It cannot hold invisible, control or direction characters (found U+200B).');
    const file = sandbox.secretFile('not-a-folder', 'x');
    const notAFolder = await runCli(sandbox, ['status', '--vault', file], unlockEnv);
    expect(notAFolder.code).toBe(2);
    expect(notAFolder.stderr).toContain('that is a file, not a folder');
    expect(JSON.parse((await run(['list', '--json'])).stdout)).toMatchObject({ total: 1 });
  }, 120_000);

  it('finds an account by any spelling of its name, and lists funds that hold nothing yet', async () => {
    const vault = sandbox.vault('names');
    await seedVault(vault, async (client) => {
      await client.accounts.add({ name: 'Café fund', kind: 'bank', currency: 'USD', holder: 'organisation', security: { mfa: true, personalPhone: false, personalName: false, personalCard: false } });
      await client.funds.add({ name: 'Rent relief', restricted: true, purpose: 'Synthetic purpose' });
    });
    const run = (args: string[]) => runCli(sandbox, [...args, '--vault', vault], unlockEnv);
    expect((await run(['record', 'contribution', '--account', 'CAFE\u0301 FUND', '--amount', '5'])).code).toBe(0);
    const balance = await run(['balance']);
    expect(balance.stdout).toMatch(/^Rent relief \(restricted\) +nothing yet$/m);
    const json = JSON.parse((await run(['balance', '--json'])).stdout) as { funds: unknown[] };
    expect(json.funds).toContainEqual({ fundId: 2, name: 'Rent relief', restricted: true, currency: null, balance: 0 });
  }, 60_000);

  it('prints a memo’s control and bidi characters as labels, so it cannot erase its row or fake another', async () => {
    const { run } = await vaultWithMoney('hostile-memo');
    const memo = 'ok\u001b[2K\r#99  2026-01-01  FAKE ROW \u202Eevil';
    expect((await run(['record', 'contribution', '--account', 'Credit union', '--amount', '1', '--memo', memo])).code).toBe(0);
    for (const output of [(await run(['list'])).stdout, (await run(['list', '--memo-contains', 'FAKE'])).stdout]) {
      for (const raw of ['\u001b', '\r', '\u202e']) expect(output).not.toContain(raw);
      expect(output).toContain('ok‹U+001B›[2K‹U+000D›#99  2026-01-01  FAKE ROW ‹U+202E›evil');
    }
  }, 60_000);

  it('status prints the anchor and the chain head; verify --expect-head passes while the ledger extends them and fails once it was cut short', async () => {
    const { vault, run } = await vaultWithMoney('anchor');
    await run(['record', 'contribution', '--account', 'Credit union', '--amount', '2']);
    const status = await run(['status']);
    const head = /^Chain head +(\d+:[0-9a-f]{64})$/m.exec(status.stdout)?.[1];
    const anchor = /^Anchor +(\d+:\d+:[0-9a-f]{64})$/m.exec(status.stdout)?.[1];
    expect(status.stdout).toMatch(/^Entries +2$/m);
    expect(head).toMatch(/^2:/);
    expect(anchor).toMatch(/^2:\d+:/);
    expect((await run(['verify', '--expect-head', anchor!])).code).toBe(0);
    expect(JSON.parse((await run(['status', '--json'])).stdout).ledger).toMatchObject({ entries: 2, head: { seq: 2 } });
    expect((await run(['verify', '--expect-head', head!])).code).toBe(0);
    expect((await run(['verify', '--expect-head', '2:xyz'])).code).toBe(2);

    const db = await openBehindTheAppsBack(vault);
    db.exec('DROP TRIGGER entries_are_never_deleted');
    // The forger takes the entry out of its month's totals too (today's month: not always the first entry's), and drops a month it leaves empty.
    db.exec('UPDATE monthly_totals SET delta = delta - 200, postings = postings - 1, gross = gross - 200 WHERE month = (SELECT substr(entry_date, 1, 7) FROM entries WHERE seq = 2)');
    db.exec('DELETE FROM monthly_totals WHERE postings = 0');
    db.exec('DELETE FROM entries WHERE seq = 2');
    db.close();
    expect((await run(['verify'])).code).toBe(0);
    const anchored = await run(['verify', '--expect-head', head!, '--json']);
    expect(anchored.code).toBe(1);
    // --json: the same field names in every language; each finding in the reader's words.
    expect(JSON.parse(anchored.stdout)).toMatchObject({ ok: false, integrityCheck: 'ok', headCheck: 'The entries chain ends at #1, before the entry #2 written down: entries were cut off since.' });
    expect(anchored.stderr).toContain('The ledger does not extend the head written down.');
    const byAnchor = await run(['verify', '--expect-head', anchor!]);
    expect(byAnchor.code).toBe(1);
    expect(byAnchor.stderr).toContain('entries were cut off since');
  }, 180_000);

  it('verify --quick checks the newest entries as every unlock does, and says what it found broken', async () => {
    const { vault, run } = await vaultWithMoney('quick');
    const quick = await run(['verify', '--quick']);
    expect(quick.code).toBe(0);
    expect(quick.stdout).toMatch(/^OK: the newest 1 entry and \d+ facts checked/);
    expect((await run(['verify', '--quick', '--lang', 'es'])).stdout).toMatch(/^OK: se revisaron el movimiento más reciente y \d+ hechos/);
    expect(JSON.parse((await run(['verify', '--quick', '--json'])).stdout)).toMatchObject({ ok: true, entriesChecked: 1, firstBrokenLink: null, factsCheck: 'ok' });
    const combined = await run(['verify', '--quick', '--expect-head', `1:${'a'.repeat(64)}`]);
    expect(combined.code).toBe(2);
    expect(combined.stderr).toContain('Leave out --quick');

    const db = await openBehindTheAppsBack(vault);
    db.exec('DROP TRIGGER entries_are_never_changed');
    db.exec('UPDATE entries SET amount = 1 WHERE seq = 1');
    db.close();
    const broken = await run(['verify', '--quick', '--json']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBrokenLink: { seq: 1 } });
    expect(JSON.parse(broken.stderr)).toMatchObject({ error: { code: 'LEDGER_BROKEN' } });
    expect(JSON.parse((await run(['verify', '--quick', '--json', '--lang', 'es'])).stdout)).toMatchObject({
      ok: false,
      firstBrokenLink: { seq: 1, problem: 'su contenido no coincide con su hash de contenido: fue alterado después de registrarse' },
      factsCheck: 'ok',
    });
    const said = await run(['verify', '--quick']);
    expect(said.stderr).toMatch(oneErrorLine);
    expect(said.stderr).toContain('The ledger is broken at entry #1: its content does not match its content hash');
  }, 60_000);

  it('earliest-date shows and moves the earliest date; an entry before it is refused', async () => {
    const { run } = await vaultWithMoney('earliest');
    expect((await run(['earliest-date'])).stdout).toBe('Entries may be dated from 1 Jan 2000.\n');
    const early = await run(['record', 'contribution', '--account', 'Credit union', '--amount', '5', '--date', '1995-06-01']);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('cannot be dated before 1 Jan 2000');
    expect((await run(['earliest-date', '--set', '2026-02-30'])).code).toBe(2);
    expect(JSON.parse((await run(['earliest-date', '--set', '1990-01-01', '--json'])).stdout)).toEqual({ earliestDate: '1990-01-01' });
    expect((await run(['record', 'contribution', '--account', 'Credit union', '--amount', '5', '--date', '1995-06-01'])).code).toBe(0);
    const tooLate = await run(['earliest-date', '--set', '2000-01-01']);
    expect(tooLate.code).toBe(1);
    expect(tooLate.stderr).toContain('already holds something dated 1 Jun 1995');
  }, 60_000);
});
