import { describe, expect, it } from 'vitest';
import { alterBehindTheAppsBack, forgedContentHash } from './behindTheAppsBack.ts';
import { say } from '../../../shared/messages/message.ts';

const passed = say('ledger.check.ok');
import { ledgerWithAccounts } from './ledgerFixture.ts';

/** A ledger with three contributions (#1 to #3) into the bank account. */
async function threeContributions() {
  const test = await ledgerWithAccounts();
  for (const amount of [1_000, 2_000, 3_000]) await test.client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: test.bank.id });
  return test;
}

describe('verify finds a ledger altered behind the app’s back', () => {
  it('reports the first broken link after a row was changed directly in the database', async () => {
    const test = await ledgerWithAccounts();
    const { client, bank } = test;
    for (const amount of [1_000, 2_000, 3_000, 4_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    expect(await client.ledger.verify()).toMatchObject({ ok: true, integrityCheck: passed, entriesChecked: 4, firstBrokenLink: null, monthlyTotalsCheck: passed, factsCheck: passed });
    await alterBehindTheAppsBack(test, (db) => {
      expect(() => db.prepare('UPDATE entries SET amount = 200 WHERE seq = 2').run()).toThrow(/append-only/);
      db.exec('DROP TRIGGER entries_are_never_changed');
      db.prepare('UPDATE entries SET amount = 200 WHERE seq = 2').run();
    });
    const result = await client.ledger.verify();
    expect(result.ok).toBe(false);
    expect(result.entriesChecked).toBe(1);
    expect(result.firstBrokenLink).toEqual({ seq: 2, problem: say('ledger.check.contentAltered') });
  });

  it('reports monthly totals that no longer match the entries', async () => {
    const test = await ledgerWithAccounts();
    const { client, bank } = test;
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
    await alterBehindTheAppsBack(test, (db) => db.prepare('UPDATE monthly_totals SET delta = delta + 1').run());
    const result = await client.ledger.verify();
    expect(result).toMatchObject({ ok: false, firstBrokenLink: null, monthlyTotalsCheck: say('ledger.check.monthlyTotalsDiffer', { accountId: bank.id, month: '2026-11' }) });
  });

  it('reports a rewritten hash whose chain no longer follows', async () => {
    const test = await threeContributions();
    // A forger who recomputes the content hash of an altered entry still breaks the chain.
    await alterBehindTheAppsBack(test, (db) => {
      db.exec('DROP TRIGGER entries_are_never_changed');
      const row = db.prepare('SELECT * FROM entries WHERE seq = 2').get() as Record<string, string | number | null>;
      db.prepare('UPDATE entries SET amount = 200, content_hash = ? WHERE seq = 2').run(forgedContentHash(row, { amount: 200 }));
    });
    const { client } = test;
    expect((await client.ledger.verify()).firstBrokenLink).toEqual({ seq: 2, problem: say('ledger.check.entryLinkBroken') });
  });

  it('refuses a row deleted through SQL, and reports the gap when the guard is dropped first', async () => {
    const test = await threeContributions();
    await alterBehindTheAppsBack(test, (db) => {
      expect(() => db.prepare('DELETE FROM entries WHERE seq = 2').run()).toThrow(/append-only: reverse an entry instead of deleting it/);
      expect(db.prepare('SELECT COUNT(*) AS n FROM entries').get()).toEqual({ n: 3 });
      db.exec('DROP TRIGGER entries_are_never_deleted');
      db.prepare('DELETE FROM entries WHERE seq = 2').run();
    });
    const result = await test.client.ledger.verify();
    expect(result.ok).toBe(false);
    expect(result.entriesChecked).toBe(1);
    expect(result.firstBrokenLink).toMatchObject({ seq: 3 });
  });

  it('reports a later entry whose chain hash alone was rewritten', async () => {
    const test = await threeContributions();
    await alterBehindTheAppsBack(test, (db) => {
      db.exec('DROP TRIGGER entries_are_never_changed');
      db.prepare('UPDATE entries SET chain_hash = ? WHERE seq = 3').run('0'.repeat(64));
    });
    const result = await test.client.ledger.verify();
    expect(result.ok).toBe(false);
    expect(result.entriesChecked).toBe(2);
    expect(result.firstBrokenLink).toEqual({ seq: 3, problem: say('ledger.check.entryLinkBroken') });
  });
});
