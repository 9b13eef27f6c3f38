import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../../shared/messages/message.ts';
import { accountBalance } from '../../../electron/core/ledger/balances.ts';
import { chainHash } from '../../../electron/core/ledger/entryHash.ts';
import { periodSummary } from '../../../electron/core/summary/periodSummary.ts';
import { verifySummaryFile } from '../../../electron/core/summary/signedSummary.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { openBehindTheAppsBack, forgedContentHash } from '../ledger/behindTheAppsBack.ts';
import { canaryMemo, handoverDay, outgoingVault } from '../handover/handoverFixture.ts';
import { ledgerWithAccounts } from '../ledger/ledgerFixture.ts';
import { lockAtFirst, passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';

/** The last day of a month, YYYY-MM-DD. */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

// The auditor's summary made from a vault of three years: shredded months, a freeze, a
// reconciliation, a hold placed and lifted, receipts, recipient codes, a member's account.
describe('the auditor’s summary', () => {
  let test: TestTreasury;
  let summaryPath: string;
  let journalPath: string;
  beforeAll(async () => {
    test = await outgoingVault();
    summaryPath = join(test.root, 'summary-2024-2026.json');
    journalPath = join(test.root, 'summary-2024-2026.journal');
    await test.client.audit.summary({ from: '2024-01', to: '2026-10', path: summaryPath, journalPath });
  }, 120_000);

  it('with no cell small enough to hide, every month’s money in, out and adjusted is the ledger’s, shredded months too, and the balances close where the ledger’s do', async () => {
    const { client, vaultDir } = test;
    const expected = new Map<string, unknown>();
    for (const month of ['2024-01', '2024-06', '2025-03', '2026-09', '2026-10']) expected.set(month, (await client.ledger.summarise({ from: `${month}-01`, to: lastDayOf(month) })).totals);
    // Read beside the app (the ledger is in WAL mode): locking would ask for the TOTP code again.
    const db = (await openBehindTheAppsBack(vaultDir)) as unknown as Ledger;
    try {
      expect(db.prepare("SELECT count(*) FROM sealed_months WHERE month <= '2024-06'").pluck().get()).toBeGreaterThan(0);
      const everything = await periodSummary(db, { from: '2024-01', to: '2026-10' }, 1, handoverDay);
      for (const [month, totals] of expected) {
        const row = everything.months.find((each) => each.month === month && each.currency === 'USD');
        const figure = (cell: object | undefined) => (cell !== undefined && 'amount' in cell ? cell.amount : 'hidden');
        expect([{ currency: 'USD', moneyIn: figure(row?.total.moneyIn), moneyOut: figure(row?.total.moneyOut), adjusted: figure(row?.total.adjusted) }], month).toEqual(totals);
      }
      for (const account of everything.accounts) {
        expect(account.closing).toBe(accountBalance(db, account.accountId, '2026-10-31'));
        expect(account.opening).toBe(accountBalance(db, account.accountId, '2023-12-31'));
      }
    } finally {
      db.close();
    }
  });

  it('the month’s report of a shredded month says so and gives the money the ledger’s totals give, its funds and accounts closing where the ledger’s do', async () => {
    const { client } = test;
    for (const month of ['2024-01', '2024-06', '2026-10']) {
      const report = await client.ledger.monthReport({ month });
      const { totals, includesShredded } = await client.ledger.summarise({ from: `${month}-01`, to: lastDayOf(month) });
      expect(report.shredded, month).toBe(includesShredded);
      expect(report.currencies.map((each) => ({ currency: each.currency, ...each.total })).filter((each) => each.moneyIn !== 0 || each.moneyOut !== 0 || each.adjusted !== 0)).toEqual(totals);
      // Where entries are left, the running balance of the account's last entry up to the month's end.
      for (const account of report.shredded ? [] : report.currencies.flatMap((each) => each.accounts)) {
        const [last] = (await client.ledger.list({ accountId: account.accountId, to: lastDayOf(month), limit: 1 })).entries;
        expect(account.closing, `${month} #${account.accountId}`).toBe(last?.balanceAfter);
      }
    }
    expect((await client.ledger.monthReport({ month: '2024-01' })).shredded).toBe(true);
  });

  it('names nobody: no memo, recipient code, handle, member account name, receipt byte or day appears in the summary or its journal', async () => {
    for (const text of [readFileSync(summaryPath, 'utf8'), readFileSync(journalPath, 'utf8')]) {
      for (const canary of [canaryMemo, 'Bail drive', 'R-000000', '@pantry-synthetic', 'Venmo (pantry)', 'synthetic receipt', 'Subpoena', 'Platform review', 'Synthetic Credit Union'])
        expect(text).not.toContain(canary);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    const summary = verifySummaryFile(readFileSync(summaryPath)).summary;
    expect(summary.accounts.map((account) => account.name)).toEqual(['Credit union', null]);
    // The hold and the retention run came in November, after the period.
    expect(summary).toMatchObject({ reconciliations: 1, frozenAtClose: [{ currency: 'USD', accounts: 1 }], retention: { holdStood: false, runs: 0, entriesShredded: 0 } });
    test.clock.now = new Date('2026-12-02T12:00:00Z');
    const november = await test.client.audit.summary({ from: '2026-11', to: '2026-11', path: join(test.root, 'summary-2026-11.json') });
    test.clock.now = handoverDay;
    expect(november.summary.retention).toMatchObject({ holdStood: true, runs: 1 });
    expect(november.summary.retention.entriesShredded).toBeGreaterThan(0);
    // Three entries a month: every cell of them holds fewer than 11.
    expect(summary.months.every((month) => 'hidden' in month.total.moneyIn)).toBe(true);
  });

  it('fails on any one byte changed, or cut, saying what failed; the fingerprint is the vault’s', async () => {
    const { client, root } = test;
    const path = join(root, 'summary-2026-10.json');
    const made = await client.audit.summary({ from: '2026-10', to: '2026-10', path, smallestCell: 5 });
    expect(made.fingerprint).toBe((await client.vault.details({})).groupKeyFingerprint);
    const bytes = readFileSync(path);
    expect(verifySummaryFile(bytes).fingerprint).toBe(made.fingerprint);
    const reasons = new Set<string>();
    for (let position = 0; position < bytes.length; position += 1) {
      const changed = Buffer.from(bytes);
      changed[position] = (changed[position] ?? 0) ^ (position % 3 === 0 ? 0x01 : 0x20);
      const refused = (() => {
        try {
          verifySummaryFile(changed);
        } catch (error) {
          return error as { code: string; reason: { key: string } };
        }
        return undefined;
      })();
      expect(refused?.code, `byte ${position}`).toBe('SUMMARY_NOT_VERIFIED');
      reasons.add(refused?.reason.key ?? '');
    }
    expect([...reasons].sort()).toEqual(expect.arrayContaining(['audit.fingerprintNotTheKeys', 'audit.notInForm', 'audit.notJson', 'audit.signatureDoesNotMatch']));
    // The same figures written another way (a space more, 5 as 5.0) are not the form that was signed.
    for (const [from, to] of [
      ['\n  "summary"', '\n   "summary"'],
      ['"smallestCell": 5', '"smallestCell": 5.0'],
    ] as const)
      expect(() => verifySummaryFile(Buffer.from(bytes.toString('utf8').replace(from, to)))).toThrow(expect.objectContaining({ reason: expect.objectContaining({ key: 'audit.notAsSigned' }) }));
    for (const cut of [1, bytes.length / 2, bytes.length - 1]) expect(() => verifySummaryFile(bytes.subarray(0, cut))).toThrow();
    // Through the contract, with no vault open.
    const auditor = startTreasury();
    const changed = Buffer.from(bytes.toString('utf8').replace('"smallestCell": 5', '"smallestCell": 6'));
    writeFileSync(join(root, 'changed.json'), changed);
    expect((await auditor.client.audit.verify({ path })).fingerprint).toBe(made.fingerprint);
    expect(await rejection(auditor.client.audit.verify({ path: join(root, 'changed.json') }))).toMatchObject({ code: 'SUMMARY_NOT_VERIFIED', reason: say('audit.signatureDoesNotMatch') });
  });

  it('a summary made after a handover carries the same fingerprint, and the new vault still extends the one made before it', async () => {
    const incoming = startTreasury({ now: handoverDay });
    const identity = await incoming.client.handover.identity({ kind: 'classic', path: join(incoming.root, 'receiving.txt') });
    const file = join(test.root, 'handover.age');
    await test.client.handover.export({ path: file, to: { lock: 'recipient', recipient: identity.recipient } });
    await incoming.client.handover.receive({ path: file, vaultDir: incoming.vaultDir, newPassphrase: passphrases.next, with: { key: 'identity', path: identity.path } });
    const before = verifySummaryFile(readFileSync(summaryPath));
    const after = await incoming.client.audit.summary({ from: '2026-09', to: '2026-10', path: join(incoming.root, 'after.json') });
    expect(after.fingerprint).toBe(before.fingerprint);
    // The facts of the summaries made before travel with the ledger: the next one names the last.
    expect(after.summary.previous).toMatchObject({ period: { from: '2026-10', to: '2026-10' } });
    expect(await incoming.client.ledger.verify({ expectSummary: summaryPath })).toMatchObject({ ok: true, headCheck: say('ledger.check.ok') });
    await incoming.treasury.close();
  }, 60_000);

  it('verify --since-summary: today’s ledger extends the summary’s head; rewritten after it and re-hashed to the end, it does not', async () => {
    const { client, vaultDir } = test;
    await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 777, accountId: 1 });
    expect(await client.ledger.verify({ expectSummary: summaryPath })).toMatchObject({ ok: true, headCheck: say('ledger.check.ok') });
    const second = verifySummaryFile(readFileSync(join(test.root, 'summary-2026-10.json'))).summary;
    expect(second.previous).toMatchObject({ period: { from: '2026-11', to: '2026-11' } });

    const db = await openBehindTheAppsBack(vaultDir);
    db.exec('DROP TRIGGER entries_are_never_changed');
    const rows = db.prepare('SELECT * FROM entries ORDER BY seq').all() as Array<Record<string, string | number | null>>;
    const firstKept = rows[0]!;
    let previous = String(firstKept.chain_hash);
    for (const row of rows.slice(1)) {
      const amount = row.seq === firstKept.seq ? Number(row.amount) : Number(row.amount) + 1;
      const content = forgedContentHash(row, { amount });
      previous = chainHash(previous, content, Number(row.seq));
      db.prepare('UPDATE entries SET amount = ?, content_hash = ?, chain_hash = ? WHERE seq = ?').run(amount, content, previous, row.seq);
    }
    db.close();
    const checked = await client.ledger.verify({ expectSummary: summaryPath });
    expect(checked.ok).toBe(false);
    expect(checked.headCheck.key).toMatch(/^ledger\.check\.(anchorRewritten|chainRewritten)$/);
  });

  it('verify --since-summary: a ledger cut short after the summary, with its monthly totals mended to match, does not extend it', async () => {
    const { client, bank, root, vaultDir } = await ledgerWithAccounts(new Date('2026-11-20T12:00:00Z'));
    for (const amount of [1_000, 2_000, 3_000]) await client.ledger.record({ kind: 'contribution', date: '2026-10-05', amount, accountId: bank.id });
    const path = join(root, 'summary.json');
    await client.audit.summary({ from: '2026-10', to: '2026-10', path, smallestCell: 5 });
    const db = await openBehindTheAppsBack(vaultDir);
    db.exec('DROP TRIGGER entries_are_never_deleted');
    db.exec('DELETE FROM entries WHERE seq = 3');
    db.exec("UPDATE monthly_totals SET delta = delta - 3000, gross = gross - 3000, postings = postings - 1 WHERE posting_kind = 'contribution'");
    db.close();
    expect((await client.ledger.verify({})).ok).toBe(true);
    const checked = await client.ledger.verify({ expectSummary: path });
    expect(checked).toMatchObject({ ok: false, headCheck: say('ledger.check.anchorEntryGone', { seq: 3 }) });
  }, 60_000);

  it('a lock part way through stops a summary: no file is written and nothing is recorded', async () => {
    const stopped = await ledgerWithAccounts(new Date('2026-11-20T12:00:00Z'));
    const { client, bank, root, events } = stopped;
    for (let month = 1; month <= 10; month += 1) await client.ledger.record({ kind: 'contribution', date: `2026-${String(month).padStart(2, '0')}-05`, amount: 1_000, accountId: bank.id });
    const before = await client.ledger.head({});
    const path = join(root, 'stopped.json');
    lockAtFirst(stopped, 'months');
    expect(await rejection(client.audit.summary({ from: '2026-01', to: '2026-10', path, pdfPath: join(root, 'stopped.pdf') }))).toMatchObject({ code: 'WORK_CANCELLED' });
    expect(existsSync(path)).toBe(false);
    expect(existsSync(join(root, 'stopped.pdf'))).toBe(false);
    await client.vault.unlock({ passphrase: passphrases.treasurer });
    expect(await client.ledger.head({})).toEqual(before);
    // Unhindered, it reports each month, in order.
    const made = await client.audit.summary({ from: '2026-01', to: '2026-10', path });
    expect(made.summary.months).toHaveLength(10);
    const reported = events.flatMap((event) => (event.name === 'progress' && 'work' in event.payload && event.payload.work === 'summary' ? [event.payload.done] : []));
    expect(reported.slice(-10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  }, 60_000);
});
