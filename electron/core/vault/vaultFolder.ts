import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The files of one vault folder. Documented in docs/vault-format.md. */
export interface VaultFolder {
  dir: string;
  keySlots: string;
  ledger: string;
  unlockBackoff: string;
  /** Held while any process changes the key slots or re-keys the ledger, so two changes never cross. */
  keyChangeLock: string;
}

export function vaultFolder(dir: string): VaultFolder {
  const absolute = resolve(dir);
  return {
    dir: absolute,
    keySlots: join(absolute, 'key-slots.json'),
    ledger: join(absolute, 'ledger.sqlite'),
    unlockBackoff: join(absolute, 'unlock-backoff.json'),
    keyChangeLock: join(absolute, 'key-change.lock'),
  };
}

/** Whether the folder holds a vault (its key-slot file). */
export function holdsVault(folder: VaultFolder): boolean {
  return existsSync(folder.keySlots);
}

/** Whether a new vault may be made here: the folder is missing or empty. */
export function isFreeForNewVault(folder: VaultFolder): boolean {
  if (!existsSync(folder.dir)) return true;
  return statSync(folder.dir).isDirectory() && readdirSync(folder.dir).length === 0;
}

/** Whether `path` lies outside the folder: a copy kept there would go with the folder. */
export function liesOutside(folder: VaultFolder, path: string): boolean {
  // '..copy.json' is a name inside the folder; only '..' as a whole step leads out of it.
  const fromVault = relative(folder.dir, resolve(path));
  return fromVault === '..' || fromVault.startsWith(`..${sep}`) || isAbsolute(fromVault);
}

/** Where a vault is made before it is whole: a hidden folder beside the one asked for, renamed to it at the end. */
export function stagingFolderFor(folder: VaultFolder): VaultFolder {
  return vaultFolder(join(dirname(folder.dir), `.${basename(folder.dir)}.in-making`));
}

/**
 * Whether a file in a vault folder is one of the vault's own (docs/vault-format.md lists them): the key
 * slots, the ledger with its journal, WAL and index, what a re-key leaves, the backoff record, the
 * lock files, and the temporary files of a write.
 */
export function isVaultFile(name: string): boolean {
  return /^(key-slots\.json|ledger\.sqlite|unlock-backoff\.json|unlock-attempt\.lock|key-change\.lock)$|^(ledger\.sqlite|key-slots\.json)(\.rekey)?(-wal|-shm|-journal)?$|^\.key-slots-.*\.tmp$|^\.[0-9a-f]{12}\.tmp$/.test(
    name,
  );
}
