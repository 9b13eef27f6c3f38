import { describe, expect, it } from 'vitest';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { quickCheck, quickCheckEntries, verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { say } from '../../../shared/messages/message.ts';
import { contributionContent, ledgersClosedAfterEachTest, noPersonalTies, openEmptyLedger } from './bareLedger.ts';

// The check on every unlock re-hashes the newest entries and links them to the one before them; it
// is what makes a large vault open at once. What it cannot see (an older entry altered), the full
// verify does.
const now = new Date('2026-11-30T12:00:00Z');
const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-quick-');

/** A ledger whose one account (#1) was added through the app, so its facts are whole. */
function bareLedger(): Ledger {
  const db = emptyLedger();
  addAccount(db, { name: 'Credit union', kind: 'bank', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
  return db;
}
const total = quickCheckEntries + 10;

function ledgerOf(entries: number): Ledger {
  const db = bareLedger();
  appendEntries(
    db,
    Array.from({ length: entries }, (_, index) => ({ content: contributionContent({ amount: 100 + index }) })),
    now,
  );
  return db;
}

function alter(db: Ledger, sql: string): void {
  db.exec('DROP TRIGGER IF EXISTS entries_are_never_changed; DROP TRIGGER IF EXISTS entries_are_never_deleted;');
  db.exec(sql);
}

describe('the check on every unlock', () => {
  it('passes a whole ledger, checking only its newest entries and every fact', async () => {
    const db = ledgerOf(total);
    expect(await quickCheck(db)).toEqual({
      ok: true,
      entriesChecked: quickCheckEntries,
      firstBrokenLink: null,
      factsChecked: (await verifyLedger(db)).factsChecked,
      factsCheck: say('ledger.check.ok'),
    });
    expect(await quickCheck(ledgerOf(3))).toMatchObject({ ok: true, entriesChecked: 3 });
    expect(await quickCheck(bareLedger())).toMatchObject({ ok: true, entriesChecked: 0 });
  });

  it('finds a newest entry altered, the first one it reads included', async () => {
    for (const seq of [total, total - quickCheckEntries + 1]) {
      const db = ledgerOf(total);
      alter(db, `UPDATE entries SET amount = amount + 1 WHERE seq = ${seq}`);
      expect(await quickCheck(db), String(seq)).toMatchObject({ ok: false, firstBrokenLink: { seq, problem: say('ledger.check.contentAltered') } });
    }
  });

  it('finds the entry it links from rewritten or gone', async () => {
    const linkedFrom = total - quickCheckEntries;
    const rewritten = ledgerOf(total);
    alter(rewritten, `UPDATE entries SET chain_hash = '${'0'.repeat(64)}' WHERE seq = ${linkedFrom}`);
    expect(await quickCheck(rewritten)).toMatchObject({ ok: false, firstBrokenLink: { seq: linkedFrom + 1, problem: say('ledger.check.entryLinkBroken') } });
    const gone = ledgerOf(total);
    alter(gone, `DELETE FROM entries WHERE seq = ${linkedFrom}`);
    expect(await quickCheck(gone)).toMatchObject({ ok: false, entriesChecked: 0, firstBrokenLink: { seq: linkedFrom, problem: say('ledger.check.entryMissing', { seq: linkedFrom }) } });
  });

  it('finds an account changed behind the app’s back, however long ago it was added', async () => {
    const db = ledgerOf(total);
    db.exec("UPDATE payment_accounts SET currency = 'EUR' WHERE id = 1");
    expect(await quickCheck(db)).toMatchObject({ ok: false, firstBrokenLink: null, factsCheck: say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.account', { id: 1 }) }) });
  });

  it('leaves an older entry to the full verify', async () => {
    const db = ledgerOf(total);
    alter(db, 'UPDATE entries SET amount = amount + 1 WHERE seq = 2');
    expect(await quickCheck(db)).toMatchObject({ ok: true });
    expect(await verifyLedger(db)).toMatchObject({ ok: false, firstBrokenLink: { seq: 2 } });
  });
});
