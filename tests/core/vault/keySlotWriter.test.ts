import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keySlotFileText, type KeySlot, type KeySlotFileV2 } from '../../../electron/core/vault/keySlotFile.ts';
import { writeKeySlotsChecked, type SlotCheck } from '../../../electron/core/vault/keySlotWriter.ts';
import { keySlotFileFor, makeSlot } from '../../../electron/core/vault/keySlots.ts';
import { argon2Floor, newDataKey } from '../../../electron/core/vault/keyWrapping.ts';
import { say } from '../../../shared/messages/message.ts';

// The key-slot file is written so that it can never replace a good one with slots that do not open:
// the new text is read back from the disk and every slot checked before the rename. The checks here
// are stand-ins that record what they were shown; slotChecks.test.ts tests the real ones.
const now = new Date('2026-11-30T12:00:00.000Z');
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const vaultId = randomUUID();
const dataKey = newDataKey();
// Two real slots, made once (the file's reader refuses an Argon2id cost below the floor).
const slots = await Promise.all([makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, argon2Floor), makeSlot(vaultId, 'recovery', dataKey, 'synthetic recovery', now, argon2Floor)]);
const file: KeySlotFileV2 = keySlotFileFor(
  { vaultId, createdAt: now.toISOString() },
  slots.map(({ slot }) => slot),
  dataKey,
);

function folderWithOldFile(): { folder: string; path: string } {
  const folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-slot-writer-'));
  folders.push(folder);
  const path = join(folder, 'key-slots.json');
  writeFileSync(path, 'the file as it was', { mode: 0o600 });
  return { folder, path };
}

/** Checks that pass or refuse as told, and record each slot and key they were shown. */
function checks(answers: Partial<Record<KeySlot['kind'], boolean>>): { checks: Map<string, SlotCheck>; shown: [KeySlot, Buffer][] } {
  const shown: [KeySlot, Buffer][] = [];
  const entries = Object.entries(answers).map(([kind, answer]): [string, SlotCheck] => [kind, { opensTo: (readBack, key) => (shown.push([readBack, key]), answer === true) }]);
  return { checks: new Map(entries), shown };
}

const refusal = expect.objectContaining({ code: 'INTERNAL', reason: say('vault.newSlotsFailed') });

describe('writing the key-slot file', () => {
  it('replaces the file once every slot read back from the disk opens, owner-only, leaving no temporary file', () => {
    const { folder, path } = folderWithOldFile();
    const { checks: all, shown } = checks({ treasurer: true, recovery: true });
    writeKeySlotsChecked(path, file, all, dataKey);
    expect(readFileSync(path, 'utf8')).toBe(keySlotFileText(file));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['key-slots.json']);
    expect(shown).toEqual([
      [file.slots[0], dataKey],
      [file.slots[1], dataKey],
    ]);
  });

  const refused: [what: string, answers: Partial<Record<KeySlot['kind'], boolean>>, written: KeySlotFileV2][] = [
    ['a slot that does not open', { treasurer: true, recovery: false }, file],
    ['the first slot not opening', { treasurer: false, recovery: true }, file],
    ['a slot with no check', { treasurer: true }, file],
    ['as many checks as slots, one for a kind the file lacks', { treasurer: true, 'co-treasurer': true }, file],
    ['a check for a slot the file lacks', { treasurer: true, recovery: true, 'co-treasurer': true }, file],
    ['a slot list its data key did not authenticate', { treasurer: true, recovery: true }, keySlotFileFor(file, file.slots, newDataKey())],
  ];
  it.each(refused)('keeps the file as it was for %s, and leaves no temporary file', (_what, answers, written) => {
    const { folder, path } = folderWithOldFile();
    expect(() => writeKeySlotsChecked(path, written, checks(answers).checks, dataKey)).toThrowError(refusal);
    expect(readFileSync(path, 'utf8')).toBe('the file as it was');
    expect(readdirSync(folder)).toEqual(['key-slots.json']);
  });

  it('writes nothing for a file the format refuses', () => {
    const { folder, path } = folderWithOldFile();
    const { checks: all, shown } = checks({ treasurer: true, recovery: true });
    expect(() => writeKeySlotsChecked(path, { ...file, slotListMac: 'short' }, all, dataKey)).toThrow();
    expect(shown).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe('the file as it was');
    expect(readdirSync(folder)).toEqual(['key-slots.json']);
  });
});
