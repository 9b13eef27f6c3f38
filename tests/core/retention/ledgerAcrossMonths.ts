// A bare ledger with entries in every month from June 2023 to November 2026: contributions with memos,
// disbursements with recipient codes, platform transaction ids and receipts, and a reversal in 2025 of
// an entry from 2024. Synthetic data only.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { appendEntries, type NewEntry } from '../../../electron/core/ledger/appendEntry.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { writeInWorker, type WriteElsewhere } from '../../../electron/core/vault/backgroundWriter.ts';
import { setRetentionAges } from '../../../electron/core/retention/retentionAges.ts';
import { contributionContent, openBareLedger, openedLedgersClosedAfterEachTest } from '../ledger/bareLedger.ts';

export const today = '2026-11-20';
export const now = new Date(`${today}T12:00:00Z`);

export interface RetentionLedger {
  db: Ledger;
  path: string;
  key: Buffer;
  write: WriteElsewhere;
}

/** Opens bare ledgers for a test file, each with its worker writer, and closes and removes them after each test. */
export function retentionLedgers(): () => RetentionLedger {
  const opener = openedLedgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-retention-');
  return () => {
    const { db, folder, key } = opener();
    const path = join(folder, 'ledger.sqlite');
    return { db, path, key, write: writeInWorker(path, key, {}) };
  };
}

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** The months from June 2023 to November 2026, as YYYY-MM. */
export const months = Array.from({ length: 42 }, (_, index) => {
  const month = 5 + index;
  return `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
});

/** Fills the ledger: per month a contribution with a memo and a disbursement with a code, a transaction id and a receipt. */
export function fillAcrossMonths(db: Ledger): void {
  db.prepare('INSERT INTO categories (name, built_in) VALUES (?, 0)').run('pantry');
  const batch: NewEntry[] = months.flatMap((month, index) => {
    const receipt = { mediaType: 'image/png', data: Buffer.from(`receipt of ${month}`) };
    return [
      { content: contributionContent({ date: `${month}-03`, amount: 10_000 + index, memo: `Dues for ${month}`, category: index % 2 === 0 ? 'other' : 'pantry' }) },
      {
        content: contributionContent({
          kind: 'disbursement',
          date: `${month}-17`,
          amount: 2_000 + index,
          recipientCode: `R-${String(index).padStart(6, '0')}`,
          platformTransactionId: `TX-${month}`,
          receiptSha256: sha256(receipt.data),
          memo: `Groceries ${month}`,
          category: 'food',
        }),
        receipt,
      },
    ];
  });
  appendEntries(db, batch, now);
  // The contribution of 2024-03 reversed in 2025-02: the reversal outlives the entry it names.
  const reversed = db.prepare("SELECT seq, amount FROM entries WHERE entry_date = '2024-03-03'").get() as { seq: number; amount: number };
  appendEntries(db, [{ content: contributionContent({ date: '2025-02-10', amount: reversed.amount, sign: -1, reversesSeq: reversed.seq, memo: `Reverses #${reversed.seq}` }) }], now);
}

/** The recommended schedule, chosen now. */
export function chooseRecommended(db: Ledger): void {
  setRetentionAges(db, { recommended: true }, now);
}
