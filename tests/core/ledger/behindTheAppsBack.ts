import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { readKeySlotFile } from '../../../electron/core/vault/keySlotFile.ts';
import { openSlot } from '../../../electron/core/vault/keySlots.ts';
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
