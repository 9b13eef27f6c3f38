// A vault made before retention (schema 8) is brought to schema 9 at unlock: its entries, facts and
// totals are as they were, it still verifies, and nothing is shredded until the group chooses a schedule.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { uninterrupted } from '../../../electron/core/longWork.ts';
import { applyRetention } from '../../../electron/core/retention/applyRetention.ts';
import { retentionAges } from '../../../electron/core/retention/retentionAges.ts';
import { writeOnSameConnection } from '../../../electron/core/vault/backgroundWriter.ts';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { ledgerSchemaVersion } from '../../../electron/core/ledger/schema/migrate.ts';
import { contributionContent, openBareLedgerAtSchema } from '../ledger/bareLedger.ts';
import { appendFormatOneEntries } from '../ledger/formatOne.ts';
import { retentionPlan } from '../../../electron/core/retention/retentionPlan.ts';
import { chooseRecommended, now } from './ledgerAcrossMonths.ts';

describe('schema step 9', () => {
  it('upgrades a vault of schema 8, which then verifies, keeps everything, and shreds only once a schedule is chosen', async () => {
    const old = openBareLedgerAtSchema('mutual-ledger-schema-nine-', 8);
    // Entries as the app wrote them then; the one of June 2026 has a memo past the recommended 90 days.
    appendFormatOneEntries(
      old.db,
      ['2023-02-03', '2023-02-20', '2026-06-01', '2026-10-01'].map((date) => contributionContent({ date, memo: `memo ${date}` })),
    );
    const entries = old.db.prepare('SELECT * FROM entries').all();
    const totals = old.db.prepare('SELECT * FROM monthly_totals').all();
    old.db.close();
    const db = openLedger(join(old.folder, 'ledger.sqlite'), old.key);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(ledgerSchemaVersion);
      expect(db.prepare('SELECT * FROM entries').all()).toEqual(entries);
      expect(db.prepare('SELECT * FROM monthly_totals').all()).toEqual(totals);
      expect((await verifyLedger(db)).firstBrokenLink).toBeNull();
      expect(retentionAges(db).chosen).toBe(false);
      expect(await applyRetention(db, writeOnSameConnection(db), now, 'unlock', uninterrupted)).toEqual({ run: null, compacted: false });
      chooseRecommended(db);
      // The memo of June 2026 is due, but in format 1 it can only go with its whole month: the plan says so.
      const memos = retentionPlan(db, retentionAges(db).ages, '2026-11-20').policies.find((plan) => plan.policy === 'memos');
      expect(memos).toMatchObject({ total: 0, keptUntilTheirMonthGoes: 1 });
      const { run } = await applyRetention(db, writeOnSameConnection(db), now, 'unlock', uninterrupted);
      expect(run?.counts).toMatchObject({ entries: 2, memos: 0 });
      expect(await verifyLedger(db)).toMatchObject({ firstBrokenLink: null, entriesChecked: 4 });
      expect(db.prepare("SELECT memo FROM entries WHERE entry_date = '2026-06-01'").pluck().get()).toBe('memo 2026-06-01');
    } finally {
      closeLedger(db);
    }
  });
});
