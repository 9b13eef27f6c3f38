import { readFileSync } from 'node:fs';
import type { Confirmation } from '../../../shared/contract/index.ts';
import { argon2Floor, deriveAhead, saltBytes } from './keyWrapping.ts';
import { slotsToTry } from './slotChoice.ts';
import { vaultFolder } from './vaultFolder.ts';

export { discardDerivedAhead } from './keyWrapping.ts';

interface UncheckedSlot {
  kind: string;
  kdf: { memoryKiB?: unknown; iterations?: unknown; parallelism?: unknown; salt?: unknown };
}

/**
 * Begins the first Argon2id an unlock with `secret` will run, before the rest of the core (zod,
 * the contract, SQLCipher: about as long again as Argon2id) has loaded, so that the two run side by side.
 *
 * It reads the key-slot file without its schema, which is what takes the time to load, so it
 * trusts nothing there: it starts Argon2id only for a slot made with the standard parameters and a
 * salt of the standard length, so nothing in the file can choose how much work it does. Nothing is
 * decided here either: the unlock still reads and checks the file, asks the backoff, opens the slot
 * and checks the slot list. Its derivation of the same secret, salt and parameters takes this result
 * instead of running Argon2id again. Anything that goes wrong is left for the unlock to find and report.
 */
export function beginUnlockAhead(vaultDir: string, secret: Confirmation): void {
  try {
    // A file of any other shape (not JSON, no list of slots, a slot that is not an object, no kdf)
    // throws on the way here, and begins nothing.
    const { slots } = JSON.parse(readFileSync(vaultFolder(vaultDir).keySlots, 'utf8')) as { slots: UncheckedSlot[] };
    const [first] = slotsToTry(slots, secret);
    if (first === undefined) return;
    const { memoryKiB, iterations, parallelism, salt } = first.slot.kdf;
    const standard = memoryKiB === argon2Floor.memoryKiB && iterations === argon2Floor.iterations && parallelism === argon2Floor.parallelism;
    const saltRead = typeof salt === 'string' ? Buffer.from(salt, 'base64') : undefined;
    if (standard && saltRead?.length === saltBytes) deriveAhead(first.text, saltRead, argon2Floor);
  } catch {
    // No vault, a damaged file: the unlock says so, in its own words and order.
  }
}
