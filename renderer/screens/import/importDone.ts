import type { ImportPreview, ImportResult, PaymentAccount } from '../../../shared/contract/index.ts';

/** What an import wrote, for the ledger to show: the entries' numbers, and the account and dates to show them by. */
export interface ImportDone {
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  accountId: number;
  accountName: string;
  /** The first and last day of the rows booked (YYYY-MM-DD); null when none was. */
  from: string | null;
  to: string | null;
}

/** What `result` wrote, of the preview it was asked for with. */
export function importDone(result: ImportResult, shown: ImportPreview, accounts: PaymentAccount[]): ImportDone {
  const { preview } = result;
  const days = shown.rows
    .filter((row) => row.outcome === 'book' && row.entries.length > 0)
    .map((row) => row.date)
    .sort();
  return {
    entries: preview.booking.entries,
    firstSeq: result.firstSeq,
    lastSeq: result.lastSeq,
    accountId: preview.accountId,
    accountName: accounts.find((account) => account.id === preview.accountId)?.name ?? '',
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
  };
}
