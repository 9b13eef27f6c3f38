import { expect, it } from 'vitest';
import { isBusy } from '../../../electron/core/vault/vaultBusy.ts';

// SQLite's codes for a lock another connection holds (better-sqlite3 puts them on the error's `code`).
it('knows SQLite saying another connection holds the lock, in every extended form', () => {
  for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE'])
    expect([code, isBusy(Object.assign(new Error('busy'), { code }))]).toEqual([code, true]);
});

it('takes nothing else for it', () => {
  const others: unknown[] = [
    Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }),
    Object.assign(new Error('x'), { code: 5 }),
    { code: 'EBUSY' },
    new Error('SQLITE_BUSY'),
    'SQLITE_BUSY',
    null,
    undefined,
  ];
  for (const error of others) expect(isBusy(error)).toBe(false);
});
