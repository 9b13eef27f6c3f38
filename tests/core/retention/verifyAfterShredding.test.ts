// After a run, verify still checks everything that was kept: a redacted entry's amount, date, account
// and kind (its content hash covers them and its digests), the stubs' place in the chain, and the
// totals of sealed months. Each alteration is made as someone holding the key would, behind the app's
// back (its triggers dropped first).
import { describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { uninterrupted } from '../../../electron/core/longWork.ts';
import { applyRetention } from '../../../electron/core/retention/applyRetention.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { say } from '../../../shared/messages/message.ts';
import { chooseRecommended, fillAcrossMonths, now, retentionLedgers } from './ledgerAcrossMonths.ts';

const ledger = retentionLedgers();

/** A ledger after a run, with the triggers that guard its tables dropped, as a tool with the key could. */
async function shreddedLedger(): Promise<Ledger> {
  const { db, write } = ledger();
  fillAcrossMonths(db);
  db.prepare(
    "INSERT INTO payment_accounts (name, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES ('Second', 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-01T00:00:00.000Z')",
  ).run();
  chooseRecommended(db);
  await applyRetention(db, write, now, 'treasurer', uninterrupted);
  for (const trigger of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%never%'").pluck().all() as string[]) db.exec(`DROP TRIGGER ${trigger}`);
  return db;
}

/** The oldest entry left whose memo was shredded, and the oldest stub. */
const redacted = (db: Ledger) => db.prepare('SELECT min(seq) FROM entries WHERE memo IS NULL AND memo_digest IS NOT NULL').pluck().get() as number;
const oldestStub = (db: Ledger) => db.prepare('SELECT min(seq) FROM entry_stubs').pluck().get() as number;

describe('verify after a retention run', () => {
  it('passes on the ledger as the run left it', async () => {
    const db = await shreddedLedger();
    expect(redacted(db)).toBeGreaterThan(0);
    expect(await verifyLedger(db)).toMatchObject({ firstBrokenLink: null, monthlyTotalsCheck: say('ledger.check.ok') });
  });

  it.each([
    ['its amount', 'UPDATE entries SET amount = amount + 1 WHERE seq = ?'],
    ['its date', "UPDATE entries SET entry_date = '2025-12-24' WHERE seq = ?"],
    ['its account', 'UPDATE entries SET account_id = 2 WHERE seq = ?'],
    ['its kind', "UPDATE entries SET kind = 'fee' WHERE seq = ?"],
    ['a digest', "UPDATE entries SET memo_digest = '00' || substr(memo_digest, 3) WHERE seq = ?"],
    ['a shredded memo put back', "UPDATE entries SET memo = 'Dues again' WHERE seq = ?"],
  ])('finds %s changed on an entry whose memo was shredded', async (_, change) => {
    const db = await shreddedLedger();
    const seq = redacted(db);
    db.prepare(change).run(seq);
    expect((await verifyLedger(db)).firstBrokenLink).toEqual({ seq, problem: say('ledger.check.contentAltered') });
  });

  it('finds a stub whose hash was changed', async () => {
    const db = await shreddedLedger();
    const seq = oldestStub(db) + 3;
    db.prepare("UPDATE entry_stubs SET content_hash = '00' || substr(content_hash, 3) WHERE seq = ?").run(seq);
    expect((await verifyLedger(db)).firstBrokenLink).toEqual({ seq, problem: say('ledger.check.entryLinkBroken') });
  });

  it('finds two stubs swapped', async () => {
    const db = await shreddedLedger();
    const first = oldestStub(db) + 4;
    db.exec(`UPDATE entry_stubs SET seq = -1 WHERE seq = ${first}; UPDATE entry_stubs SET seq = ${first} WHERE seq = ${first + 1}; UPDATE entry_stubs SET seq = ${first + 1} WHERE seq = -1`);
    expect((await verifyLedger(db)).firstBrokenLink).toEqual({ seq: first, problem: say('ledger.check.entryLinkBroken') });
  });

  it('finds a stub removed from the chain', async () => {
    const db = await shreddedLedger();
    const seq = oldestStub(db) + 5;
    db.prepare('DELETE FROM entry_stubs WHERE seq = ?').run(seq);
    expect((await verifyLedger(db)).firstBrokenLink).toEqual({ seq: seq + 1, problem: say('ledger.check.entryMissing', { seq }) });
  });

  it('finds the totals of a sealed month changed, and a stub moved to another month', async () => {
    const changedTotals = await shreddedLedger();
    changedTotals.exec("UPDATE monthly_totals SET delta = delta + 100 WHERE month = '2024-02' AND posting_kind = 'contribution'");
    expect((await verifyLedger(changedTotals)).monthlyTotalsCheck).toEqual(say('ledger.check.sealedMonthTotalsChanged', { month: '2024-02' }));

    const movedStub = await shreddedLedger();
    movedStub.exec("UPDATE entry_stubs SET month = '2024-05' WHERE seq = (SELECT min(seq) FROM entry_stubs WHERE month = '2024-04')");
    expect((await verifyLedger(movedStub)).monthlyTotalsCheck).toEqual(say('ledger.check.sealedMonthStubs', { month: '2024-04', sealed: 2, stubs: 1 }));
  });

  it('finds an entry removed with no stub, and a stub in a month that was never sealed', async () => {
    const removed = await shreddedLedger();
    const seq = removed.prepare("SELECT min(seq) FROM entries WHERE entry_date >= '2024-11-01'").pluck().get() as number;
    removed.prepare('DELETE FROM entries WHERE seq = ?').run(seq);
    expect((await verifyLedger(removed)).firstBrokenLink).toEqual({ seq: seq + 1, problem: say('ledger.check.entryMissing', { seq }) });

    const unsealed = await shreddedLedger();
    const live = unsealed.prepare("SELECT seq, content_hash, chain_hash FROM entries WHERE entry_date >= '2025-01-01' ORDER BY seq LIMIT 1").get() as {
      seq: number;
      content_hash: string;
      chain_hash: string;
    };
    unsealed.prepare("INSERT INTO entry_stubs (seq, month, format, content_hash, chain_hash) VALUES (?, '2025-01', 2, ?, ?)").run(live.seq, live.content_hash, live.chain_hash);
    unsealed.prepare('DELETE FROM entries WHERE seq = ?').run(live.seq);
    expect((await verifyLedger(unsealed)).firstBrokenLink).toEqual({ seq: live.seq, problem: say('ledger.check.stubOutsideSealedMonth', { seq: live.seq, month: '2025-01' }) });
  });
});
