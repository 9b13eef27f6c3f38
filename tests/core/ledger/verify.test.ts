import { describe, expect, it } from 'vitest';
import { passphrases } from '../treasuryFixture.ts';
import { forgedContentHash, openBehindTheAppsBack } from './behindTheAppsBack.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

describe('verify finds a ledger altered behind the app’s back', () => {
  it('reports the first broken link after a row was changed directly in the database', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    for (const amount of [1_000, 2_000, 3_000, 4_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    expect(await client.ledger.verify()).toMatchObject({ ok: true, integrityCheck: 'ok', entriesChecked: 4, firstBrokenLink: null, monthlyTotalsCheck: 'ok', factsCheck: 'ok' });
    await client.vault.lock({});

    const db = await openBehindTheAppsBack(vaultDir);
    expect(() => db.prepare('UPDATE entries SET amount = 200 WHERE seq = 2').run()).toThrow(/append-only/);
    db.exec('DROP TRIGGER entries_are_never_changed');
    db.prepare('UPDATE entries SET amount = 200 WHERE seq = 2').run();
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    const result = await client.ledger.verify();
    expect(result.ok).toBe(false);
    expect(result.entriesChecked).toBe(1);
    expect(result.firstBrokenLink).toEqual({ seq: 2, problem: expect.stringMatching(/altered after it was recorded/) });
  });

  it('reports monthly totals that no longer match the entries', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
    await client.vault.lock({});
    const db = await openBehindTheAppsBack(vaultDir);
    db.prepare('UPDATE monthly_totals SET delta = delta + 1').run();
    db.close();
    await client.vault.unlock({ passphrase: passphrases.treasurer });
    const result = await client.ledger.verify();
    expect(result).toMatchObject({ ok: false, firstBrokenLink: null, monthlyTotalsCheck: `the monthly totals of account #${bank.id} for 2026-11 do not match its entries` });
  });

  it('reports a rewritten hash whose chain no longer follows', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    for (const amount of [1_000, 2_000, 3_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    await client.vault.lock({});

    // A forger who recomputes the content hash of an altered entry still breaks the chain.
    const db = await openBehindTheAppsBack(vaultDir);
    db.exec('DROP TRIGGER entries_are_never_changed');
    const row = db.prepare('SELECT * FROM entries WHERE seq = 2').get() as Record<string, string | number | null>;
    const altered = forgedContentHash(row, { amount: 200 });
    db.prepare('UPDATE entries SET amount = 200, content_hash = ? WHERE seq = 2').run(altered);
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    expect((await client.ledger.verify()).firstBrokenLink).toEqual({ seq: 2, problem: expect.stringMatching(/chain hash does not follow/) });
  });

  it('refuses a row deleted through SQL, and reports the gap when the guard is dropped first', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    for (const amount of [1_000, 2_000, 3_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    await client.vault.lock({});

    const db = await openBehindTheAppsBack(vaultDir);
    expect(() => db.prepare('DELETE FROM entries WHERE seq = 2').run()).toThrow(/append-only: reverse an entry instead of deleting it/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM entries').get()).toEqual({ n: 3 });
    db.exec('DROP TRIGGER entries_are_never_deleted');
    db.prepare('DELETE FROM entries WHERE seq = 2').run();
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    const result = await client.ledger.verify();
    expect(result.ok).toBe(false);
    expect(result.entriesChecked).toBe(1);
    expect(result.firstBrokenLink).toMatchObject({ seq: 3 });
  });

  it('reports a later entry whose chain hash alone was rewritten', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    for (const amount of [1_000, 2_000, 3_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    await client.vault.lock({});

    const db = await openBehindTheAppsBack(vaultDir);
    db.exec('DROP TRIGGER entries_are_never_changed');
    db.prepare('UPDATE entries SET chain_hash = ? WHERE seq = 3').run('0'.repeat(64));
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    const result = await client.ledger.verify();
    expect(result.ok).toBe(false);
    expect(result.entriesChecked).toBe(2);
    expect(result.firstBrokenLink).toEqual({ seq: 3, problem: expect.stringMatching(/chain hash does not follow/) });
  });
});
