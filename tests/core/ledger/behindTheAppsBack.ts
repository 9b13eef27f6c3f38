import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { formatTwoContentHash } from '../../../electron/core/ledger/entryHash.ts';
import { readKeySlotFile } from '../../../electron/core/vault/keySlotFile.ts';
import { openSlot } from '../../../electron/core/vault/keySlots.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import { passphrases } from '../treasuryFixture.ts';

/** Opens the ledger outside the app, as someone holding the passphrase and a SQLite tool would, to alter it behind the app's back. */
export async function openBehindTheAppsBack(vaultDir: string, passphrase = passphrases.treasurer): Promise<Database.Database> {
  const keySlots = readKeySlotFile(join(vaultDir, 'key-slots.json'));
  const slot = keySlots.slots[0];
  const dataKey = slot === undefined ? undefined : await openSlot(keySlots.vaultId, slot, passphrase);
  if (dataKey === undefined) throw new Error('the passphrase does not open the first key slot');
  const db = new Database(join(vaultDir, 'ledger.sqlite'));
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${dataKey.toString('hex')}'"`);
  return db;
}

/** Locks the vault, lets `tamper` alter its ledger behind the app's back, then unlocks it again as the treasurer. */
export async function alterBehindTheAppsBack(test: { client: TreasuryClient; vaultDir: string }, tamper: (db: Database.Database) => void): Promise<void> {
  await test.client.vault.lock({});
  const db = await openBehindTheAppsBack(test.vaultDir);
  try {
    tamper(db);
  } finally {
    db.close();
  }
  await test.client.vault.unlock({ passphrase: passphrases.treasurer });
}

type Digest = string | null;

/**
 * The content hash of a stored (format-2) entry row as a forger who knows the format would compute
 * it, with its amount changed and its digests kept (the rows these tests alter have no transfer).
 */
export function forgedContentHash(row: Record<string, string | number | null>, changed: { amount: number }): string {
  return formatTwoContentHash(
    {
      kind: String(row.kind),
      date: String(row.entry_date),
      amount: changed.amount,
      sign: Number(row.sign),
      currency: String(row.currency),
      accountId: Number(row.account_id),
      toAccountId: null,
      fundId: Number(row.fund_id),
      toFundId: null,
      category: row.category as string | null,
      reversesSeq: null,
      recordedAt: String(row.recorded_at),
    },
    {
      memo: row.memo_digest as Digest,
      recipientCode: row.recipient_code_digest as Digest,
      receipt: row.receipt_digest as Digest,
      platformTransactionId: row.platform_transaction_id_digest as Digest,
    },
  );
}
