/** Schema step 6: one account’s entries by date on both sides of a transfer, and its transfers between its own funds. */
export const step6AccountIndexes = `
  -- One account's entries by date on both sides of a transfer, so a page or a part of a month of one
  -- account reads only its rows; and its transfers between two of its own funds, which its counts
  -- and totals read from the monthly totals take away (see filterMonths.ts).
  DROP INDEX entries_by_to_account;
  CREATE INDEX entries_by_to_account ON entries (to_account_id, entry_date) WHERE to_account_id IS NOT NULL;
  CREATE INDEX entries_within_one_account ON entries (account_id, entry_date) WHERE kind = 'transfer' AND to_account_id = account_id;
  `;
