import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphrases, startTreasury } from '../treasuryFixture.ts';
import { dataKeyFromDocs, ledgerFromDocs } from './docsReader.ts';

describe('a reader written only from docs/vault-format.md', () => {
  it('opens a vault with the passphrase and with the recovery code, before and after a re-key', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    const { recoveryCode } = await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
    await client.vault.rekey({ confirmWith: { passphrase: passphrases.treasurer } });
    const details = await client.vault.details();
    await treasury.close();

    const keySlots = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    expect(JSON.parse(keySlots).version).toBe(2);
    for (const secret of [{ passphrase: passphrases.treasurer }, { passphrase: passphrases.coTreasurer }, { recoveryCode: recoveryCode.toLowerCase() }]) {
      const dataKey = await dataKeyFromDocs(keySlots, secret);
      expect(dataKey).toBeDefined();
      const db = ledgerFromDocs(join(vaultDir, 'ledger.sqlite'), dataKey!);
      expect(db.prepare('SELECT auto_lock_seconds FROM vault_settings WHERE id = 1').get()).toEqual({ auto_lock_seconds: details.autoLockSeconds });
      db.close();
    }
    expect(await dataKeyFromDocs(keySlots, { passphrase: passphrases.next })).toBeUndefined();
  });
});
