/**
 * Schema step 12: an entry's monthly totals and memo index are added once per batch of entries, by
 * insertEntryRows, not by a trigger per row. The triggers cost more than half of an imported
 * statement's time (a hundred thousand rows); one grouped statement per batch does the same work in
 * a fraction of it. The entries table stays append-only, and verify still recomputes every unsealed
 * month's totals from the entries.
 */
export const step12EntriesAddedPerBatch = `
  DROP TRIGGER entries_add_to_monthly_totals;
  DROP TRIGGER entries_add_to_memo_search;
`;
