import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { accountBalance } from '../../../electron/core/ledger/balances.ts';
import { countEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { ledgerSchemaVersion } from '../../../electron/core/ledger/schema/migrate.ts';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { say } from '../../../shared/messages/message.ts';
import { contributionContent, openBareLedgerAtSchema } from './bareLedger.ts';
import { appendFormatOneEntries } from './formatOne.ts';

const now = new Date('2026-11-30T12:00:00Z');

describe('schema step 12: monthly totals and the memo index added per batch', () => {
  it('a ledger whose totals and index the triggers kept is brought over, and what is written after is added once, no more', async () => {
    const older = openBareLedgerAtSchema('mutual-ledger-schema-11-', 11);
    try {
      appendFormatOneEntries(older.db, [contributionContent({ amount: 1_000, memo: 'Rent for household 12' }), contributionContent({ kind: 'disbursement', amount: 300, memo: 'Groceries' })]);
      closeLedger(older.db);
      const db = openLedger(join(older.folder, 'ledger.sqlite'), older.key);
      expect(db.pragma('user_version', { simple: true })).toBe(ledgerSchemaVersion);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('entries_add_to_monthly_totals', 'entries_add_to_memo_search')").pluck().get()).toBe(0);
      expect(accountBalance(db, 1)).toBe(700);

      appendEntries(
        db,
        [
          { content: contributionContent({ amount: 250, memo: 'rent, second half' }) },
          { content: contributionContent({ kind: 'adjustment', sign: -1, amount: 50, memo: null }) },
          { content: contributionContent({ kind: 'fee', amount: 5, memo: 'Card fee' }) },
        ],
        now,
      );
      // 1,000 − 300, then + 250 − 50 − 5.
      expect(accountBalance(db, 1)).toBe(895);
      expect(countEntries(db, { memoContains: 'RENT' })).toBe(2);
      expect(countEntries(db, { memoContains: 'card fee' })).toBe(1);
      const postings = db.prepare('SELECT sum(postings) FROM monthly_totals').pluck().get();
      expect(postings).toBe(5);
      expect((await verifyLedger(db)).monthlyTotalsCheck).toEqual(say('ledger.check.ok'));
      closeLedger(db);
    } finally {
      rmSync(older.folder, { recursive: true, force: true });
    }
  });
});
