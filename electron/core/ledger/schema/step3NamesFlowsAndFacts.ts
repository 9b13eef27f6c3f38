/** Schema step 3: names unique as people read them, the money that has flowed, restricted funds by date, reconciliations kept append-only, and the facts chain. */
export const step3NamesFlowsAndFacts = `
  -- Names are unique as people read them: "Café", "Cafe\u0301" and "CAFÉ" are one name. The key is
  -- the name folded (NFKC, case-folded) by the app; an older vault's clashing names keep their rows,
  -- told apart by their number.
  ALTER TABLE payment_accounts ADD COLUMN name_key TEXT;
  ALTER TABLE funds ADD COLUMN name_key TEXT;
  UPDATE payment_accounts SET name_key = fold_name(name);
  UPDATE payment_accounts SET name_key = name_key || ' #' || id
   WHERE id NOT IN (SELECT MIN(id) FROM payment_accounts GROUP BY name_key);
  UPDATE funds SET name_key = fold_name(name);
  UPDATE funds SET name_key = name_key || ' #' || id WHERE id NOT IN (SELECT MIN(id) FROM funds GROUP BY name_key);
  CREATE UNIQUE INDEX payment_accounts_by_name_key ON payment_accounts (name_key);
  CREATE UNIQUE INDEX funds_by_name_key ON funds (name_key);

  -- The money that has flowed through each group of postings, in and out alike: the ledger refuses an
  -- entry that would take a currency's flow past what a JavaScript number holds exactly, so every
  -- balance and total below it is exact.
  ALTER TABLE monthly_totals ADD COLUMN gross INTEGER NOT NULL DEFAULT 0;
  UPDATE monthly_totals SET gross = (
    SELECT COALESCE(SUM(ABS(p.delta)), 0) FROM postings p
     WHERE p.account_id = monthly_totals.account_id AND p.fund_id = monthly_totals.fund_id AND p.currency = monthly_totals.currency
       AND substr(p.entry_date, 1, 7) = monthly_totals.month AND p.posting_kind = monthly_totals.posting_kind
       AND COALESCE(p.category, '') = monthly_totals.category);
  DROP TRIGGER entries_add_to_monthly_totals;
  CREATE TRIGGER entries_add_to_monthly_totals AFTER INSERT ON entries BEGIN
    INSERT INTO monthly_totals (account_id, fund_id, currency, month, posting_kind, category, delta, postings, gross)
      SELECT account_id, fund_id, currency, substr(entry_date, 1, 7), posting_kind, COALESCE(category, ''), delta, 1, ABS(delta)
        FROM postings WHERE seq = NEW.seq
      ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, postings = postings + 1, gross = gross + excluded.gross;
  END;

  -- A restricted fund's balance is checked on every date from a backdated entry on.
  CREATE INDEX entries_by_fund ON entries (fund_id, entry_date);
  CREATE INDEX entries_by_to_fund ON entries (to_fund_id, entry_date) WHERE to_fund_id IS NOT NULL;

  -- The ledger's facts (accounts, freezes, funds, categories, reconciliations, settings) in a hash
  -- chain of their own, as entries are: see docs/ledger-format.md.
  CREATE TABLE facts (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    chain_hash TEXT NOT NULL
  );
  CREATE INDEX facts_by_kind ON facts (kind, seq);
  CREATE TRIGGER facts_are_never_changed BEFORE UPDATE ON facts
    BEGIN SELECT RAISE(ABORT, 'The ledger''s facts are append-only.'); END;
  CREATE TRIGGER facts_are_never_deleted BEFORE DELETE ON facts
    BEGIN SELECT RAISE(ABORT, 'The ledger''s facts are append-only.'); END;
  CREATE TRIGGER status_changes_are_never_changed BEFORE UPDATE ON account_status_changes
    BEGIN SELECT RAISE(ABORT, 'An account''s status history is append-only: record a new status instead.'); END;
  CREATE TRIGGER status_changes_are_never_deleted BEFORE DELETE ON account_status_changes
    BEGIN SELECT RAISE(ABORT, 'An account''s status history is append-only: record a new status instead.'); END;
  CREATE TRIGGER reconciliations_are_never_changed BEFORE UPDATE ON reconciliations
    BEGIN SELECT RAISE(ABORT, 'Reconciliations are append-only: record a new one instead.'); END;
  CREATE TRIGGER reconciliations_are_never_deleted BEFORE DELETE ON reconciliations
    BEGIN SELECT RAISE(ABORT, 'Reconciliations are append-only: record a new one instead.'); END;
  `;
