import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishInterruptedRekey, rekeyPaths } from '../../../electron/core/vault/rekeyFiles.ts';
import { vaultFolder } from '../../../electron/core/vault/vaultFolder.ts';

// What a re-key killed half-way leaves, and what the next unlock makes of it (rekeyCrash.test.ts kills
// real re-keys; here the leftovers are laid out by hand, one case each).
function folderWith(files: Record<string, string>): ReturnType<typeof vaultFolder> {
  const dir = mkdtempSync(join(tmpdir(), 'mutual-ledger-leftovers-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return vaultFolder(dir);
}

const current = { 'ledger.sqlite': 'current ledger', 'key-slots.json': 'current slots' };

describe('the leftovers of a re-key', () => {
  it('nothing left: nothing to do', () => {
    const folder = folderWith(current);
    expect(finishInterruptedRekey(folder)).toBe('none');
    expect(readdirSync(folder.dir).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);
  });

  it.each(['ledger.sqlite.rekey', 'ledger.sqlite.rekey-journal', 'ledger.sqlite.rekey-wal', 'ledger.sqlite.rekey-shm'])(
    'any file of the copy (%s) means the commit never came: the copy and its new slots are thrown away',
    (leftover) => {
      const folder = folderWith({ ...current, [leftover]: 'half a copy', 'key-slots.json.rekey': 'new slots' });
      expect(finishInterruptedRekey(folder)).toBe('undone');
      expect(readdirSync(folder.dir).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);
      expect(readFileSync(folder.keySlots, 'utf8')).toBe('current slots');
    },
  );

  it('new slots alone mean the ledger was already replaced: the slots are put in place', () => {
    const folder = folderWith({ ...current, 'key-slots.json.rekey': 'new slots' });
    expect(finishInterruptedRekey(folder)).toBe('completed');
    expect(readFileSync(folder.keySlots, 'utf8')).toBe('new slots');
    expect(existsSync(rekeyPaths(folder).keySlots)).toBe(false);
  });
});
