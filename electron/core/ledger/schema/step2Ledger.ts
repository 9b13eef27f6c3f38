/** Schema step 2: payment accounts and their statuses, funds, categories, the append-only entries with their receipts, the postings view and the monthly totals. */
export const step2Ledger = `
  ALTER TABLE vault_settings ADD COLUMN concentration_threshold_percent INTEGER NOT NULL DEFAULT 50;

  CREATE TABLE payment_accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL,
    currency TEXT NOT NULL,
    handle TEXT,
    holder TEXT NOT NULL CHECK (holder IN ('organisation', 'member')),
    mfa INTEGER NOT NULL,
    personal_phone INTEGER NOT NULL,
    personal_name INTEGER NOT NULL,
    personal_card INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE account_status_changes (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES payment_accounts (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'limited', 'frozen', 'closed')),
    effective_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    balance_held INTEGER NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX account_status_changes_by_account ON account_status_changes (account_id, effective_date, id);

  CREATE TABLE funds (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    restricted INTEGER NOT NULL,
    purpose TEXT,
    created_at TEXT NOT NULL
  );
  INSERT INTO funds (id, name, restricted, purpose, created_at) VALUES (1, 'General', 0, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

  CREATE TABLE categories (name TEXT PRIMARY KEY, built_in INTEGER NOT NULL);
  INSERT INTO categories (name, built_in) VALUES ('bail', 1), ('rent', 1), ('food', 1), ('medical', 1), ('transport', 1), ('utilities', 1), ('other', 1);

  -- The ledger: append-only. A correction is a new entry that reverses an old one.
  CREATE TABLE entries (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('contribution', 'disbursement', 'transfer', 'fee', 'adjustment')),
    entry_date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    -- +1 or -1: an adjustment out, and every reversal, run the other way.
    sign INTEGER NOT NULL CHECK (sign IN (1, -1)),
    currency TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES payment_accounts (id),
    to_account_id INTEGER REFERENCES payment_accounts (id),
    fund_id INTEGER NOT NULL REFERENCES funds (id),
    to_fund_id INTEGER REFERENCES funds (id),
    category TEXT,
    recipient_code TEXT,
    memo TEXT,
    receipt_sha256 TEXT,
    platform_transaction_id TEXT,
    reverses_seq INTEGER UNIQUE REFERENCES entries (seq),
    recorded_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    chain_hash TEXT NOT NULL
  );
  CREATE INDEX entries_by_date ON entries (entry_date, seq);
  CREATE INDEX entries_by_account ON entries (account_id, entry_date);
  CREATE INDEX entries_by_to_account ON entries (to_account_id) WHERE to_account_id IS NOT NULL;
  CREATE INDEX entries_by_recipient ON entries (recipient_code) WHERE recipient_code IS NOT NULL;
  CREATE INDEX entries_by_category ON entries (category, entry_date);
  CREATE TRIGGER entries_are_never_changed BEFORE UPDATE ON entries
    BEGIN SELECT RAISE(ABORT, 'The ledger is append-only: reverse an entry instead of changing it.'); END;
  CREATE TRIGGER entries_are_never_deleted BEFORE DELETE ON entries
    BEGIN SELECT RAISE(ABORT, 'The ledger is append-only: reverse an entry instead of deleting it.'); END;

  CREATE TABLE receipts (
    entry_seq INTEGER PRIMARY KEY REFERENCES entries (seq),
    media_type TEXT NOT NULL,
    data BLOB NOT NULL
  );

  CREATE TABLE reconciliations (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES payment_accounts (id),
    statement_date TEXT NOT NULL,
    statement_balance INTEGER NOT NULL,
    ledger_balance INTEGER NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX reconciliations_by_account ON reconciliations (account_id, statement_date, id);

  -- What each entry does to each account and fund: the one place that says which way money goes.
  -- A transfer posts twice: out of the paying account and fund, into the receiving ones.
  CREATE VIEW postings AS
    SELECT seq, entry_date, kind AS posting_kind, category, currency, account_id, fund_id,
           sign * amount * (CASE kind WHEN 'contribution' THEN 1 WHEN 'adjustment' THEN 1 ELSE -1 END) AS delta
      FROM entries
    UNION ALL
    SELECT seq, entry_date, 'transfer-in', category, currency, to_account_id, COALESCE(to_fund_id, fund_id), sign * amount
      FROM entries WHERE kind = 'transfer';

  -- The postings summed per month, account, fund, kind and category, kept by a trigger in the same
  -- transaction as each entry: balances read these few rows instead of a million entries. They are
  -- derived, never typed in; verify recomputes them from the entries. Retention will keep them when
  -- it shreds old entries, so balances and long-range reports stay right.
  CREATE TABLE monthly_totals (
    account_id INTEGER NOT NULL,
    fund_id INTEGER NOT NULL,
    currency TEXT NOT NULL,
    month TEXT NOT NULL,
    posting_kind TEXT NOT NULL,
    category TEXT NOT NULL,
    delta INTEGER NOT NULL,
    postings INTEGER NOT NULL,
    PRIMARY KEY (account_id, fund_id, currency, month, posting_kind, category)
  ) WITHOUT ROWID;
  CREATE TRIGGER entries_add_to_monthly_totals AFTER INSERT ON entries BEGIN
    INSERT INTO monthly_totals (account_id, fund_id, currency, month, posting_kind, category, delta, postings)
      SELECT account_id, fund_id, currency, substr(entry_date, 1, 7), posting_kind, COALESCE(category, ''), delta, 1
        FROM postings WHERE seq = NEW.seq
      ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, postings = postings + 1;
  END;
  `;
