import type { KeyChange } from '../../shared/contract/index.ts';
import { renderVaultDetails } from './vaultFacts.ts';

/** What a change to the key slots did, in words: the re-key, and a new recovery code if one was issued. */
export function renderKeyChange(done: string, change: KeyChange): string {
  const lines = [done];
  if (change.rekeyed) {
    lines.push(
      "The vault's key is changed: the ledger is re-encrypted under a new key. No copy of key-slots.json or of the vault folder taken before now opens today's ledger, and earlier key-slot backups no longer work: save a new one with `mutual-ledger key-slots backup`.",
    );
  }
  if (change.newRecoveryCode !== null) {
    lines.push(
      '',
      'The old recovery code could not be carried over to the new key (it was made by an earlier version), so it no longer opens the vault. Write down the NEW recovery code now, on paper; it is shown only once:',
      '',
      `    ${change.newRecoveryCode}`,
      '',
    );
  }
  lines.push('', renderVaultDetails(change.details));
  return lines.join('\n');
}

/** Said after every passphrase change: the truth about copies, and the way to make them useless. */
export function oldCopiesWarning(vaultDir: string): string {
  return `The old passphrase no longer opens this vault; a copy of the vault folder (or of key-slots.json) taken before today still opens with it. To make such copies useless, change the vault's key: mutual-ledger rekey --vault ${vaultDir}`;
}
