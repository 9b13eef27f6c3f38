import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { keySlotFileText, parseKeySlotFile, type KeySlot, type KeySlotFileV2 } from './keySlotFile.ts';
import { slotListIsAuthentic } from './keySlots.ts';
import { renameDurably, syncFile } from './fileSync.ts';

/** What each slot of a file about to be written must open to; see keySlots.ts. */
export interface SlotCheck {
  opensTo(readBack: KeySlot, dataKey: Buffer): boolean;
}

/** Temporary files of this writer start with this, so a crash's leftovers can be recognised and removed. */
export const temporaryPrefix = '.key-slots-';

/**
 * Writes a key-slot file so that it can never replace a good one with a slot that does not open: the
 * new text goes to a temporary file, is read back from the disk and parsed, every slot in it is opened
 * (or compared) and must yield `dataKey`, and only then is it renamed over `path`.
 */
export function writeKeySlotsChecked(path: string, file: KeySlotFileV2, checks: ReadonlyMap<string, SlotCheck>, dataKey: Buffer): void {
  const temporary = join(dirname(path), `${temporaryPrefix}${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temporary, keySlotFileText(file), { mode: 0o600, flag: 'wx' });
  try {
    syncFile(temporary);
    const readBack = parseKeySlotFile(readFileSync(temporary, 'utf8'));
    const allOpen =
      readBack.version === 2 &&
      readBack.slots.length === checks.size &&
      readBack.slots.every((slot) => checks.get(slot.kind)?.opensTo(slot, dataKey) === true) &&
      slotListIsAuthentic(readBack, dataKey);
    if (!allOpen) throw new TreasuryError('INTERNAL', say('vault.newSlotsFailed'));
    renameDurably(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
