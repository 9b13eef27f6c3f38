import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/core/ledger/entryHash.ts';
import type { KeySlotFile } from '../../../electron/core/vault/keySlotFile.ts';
import { openSlot } from '../../../electron/core/vault/keySlots.ts';
import { passphrases } from '../treasuryFixture.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

/** Opens the ledger outside the app, as someone holding the passphrase and a SQLite tool would. */
async function openBehindTheAppsBack(vaultDir: string): Promise<Database.Database> {
  const keySlots = JSON.parse(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8')) as KeySlotFile;
  const dataKey = await openSlot(keySlots.vaultId, keySlots.slots[0]!, passphrases.treasurer);
  const db = new Database(join(vaultDir, 'ledger.sqlite'));
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${dataKey!.toString('hex')}'"`);
  return db;
}

describe('verify finds a ledger altered behind the app’s back', () => {
  it('reports the first broken link after a row was changed directly in the database', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    for (const amount of [1_000, 2_000, 3_000, 4_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    expect(await client.ledger.verify()).toEqual({ ok: true, integrityCheck: 'ok', entriesChecked: 4, firstBrokenLink: null, monthlyTotalsCheck: 'ok' });
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
    const altered = contentHash({
      kind: String(row.kind),
      date: String(row.entry_date),
      amount: 200,
      sign: Number(row.sign),
      currency: String(row.currency),
      accountId: Number(row.account_id),
      toAccountId: null,
      fundId: Number(row.fund_id),
      toFundId: null,
      category: row.category as string | null,
      recipientCode: null,
      memo: null,
      receiptSha256: null,
      platformTransactionId: null,
      reversesSeq: null,
      recordedAt: String(row.recorded_at),
    });
    db.prepare('UPDATE entries SET amount = 200, content_hash = ? WHERE seq = 2').run(altered);
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    expect((await client.ledger.verify()).firstBrokenLink).toEqual({ seq: 2, problem: expect.stringMatching(/chain hash does not follow/) });
  });
});
