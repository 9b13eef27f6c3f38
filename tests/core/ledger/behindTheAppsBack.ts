import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openSlot, type KeySlotFile } from '../../../electron/core/vault/keySlotFile.ts';
import { passphrases } from '../treasuryFixture.ts';

/** Opens the ledger outside the app, as someone holding the passphrase and a SQLite tool would. */
export async function openBehindTheAppsBack(vaultDir: string): Promise<Database.Database> {
  const keySlots = JSON.parse(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8')) as KeySlotFile;
  const dataKey = await openSlot(keySlots.vaultId, keySlots.slots[0]!, passphrases.treasurer);
  const db = new Database(join(vaultDir, 'ledger.sqlite'));
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${dataKey!.toString('hex')}'"`);
  return db;
}

