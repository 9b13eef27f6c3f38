/**
 * Schema step 11: importing statements. A platform's transaction is booked once per account and kind
 * (a payment and the fee on it share the platform's id), which a unique index makes certain; the
 * treasurer's category rules, in order; and the column mappings saved for banks' CSV files.
 */
export const step11Import = `
  CREATE UNIQUE INDEX entries_by_platform_transaction ON entries (platform_transaction_id, account_id, kind)
    WHERE platform_transaction_id IS NOT NULL;

  -- A rule proposes a category for an imported row whose note or description contains its words
  -- (matched as names are: any case, any Unicode form), money in, out, or either. The first rule
  -- in order that matches wins.
  CREATE TABLE category_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    contains TEXT NOT NULL,
    contains_key TEXT NOT NULL,
    direction TEXT CHECK (direction IN ('in', 'out')),
    category TEXT NOT NULL
  );

  -- How a bank's CSV is read: which column holds what, and how dates and amounts are written.
  CREATE TABLE column_mappings (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    mapping TEXT NOT NULL
  );
`;
