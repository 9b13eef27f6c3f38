import type { Database } from 'better-sqlite3-multiple-ciphers';
import { nameKey } from '../../../shared/text.ts';
import { appendFact, appendFactsForExistingRows } from '../ledger/ledgerFacts.ts';

/** A step is SQL, or work SQL cannot do (hashing), run inside the same transaction. */
type Step = string | ((db: Database) => void);

/**
 * The ledger's schema, one step per version; PRAGMA user_version records how far a vault has come.
 * Steps are never edited once released: a change is a new step.
 */
const steps: Step[] = [
  `
  CREATE TABLE vault_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    created_at TEXT NOT NULL,
    auto_lock_seconds INTEGER NOT NULL
  );
  CREATE TABLE group_signing_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
    public_key BLOB NOT NULL,
    private_key_pkcs8 BLOB NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE totp (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    last_used_step INTEGER NOT NULL
  );
  CREATE TABLE totp_backup_codes (
    code_hash TEXT PRIMARY KEY,
    used_at TEXT
  );
  `,
  `
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
  `,
  `
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
  `,
  (db) => {
    appendFactsForExistingRows(db);
    appendFact(db, 'earliest-entry-date', { earliestEntryDate: defaultEarliestEntryDate, recordedAt: new Date().toISOString() });
  },
  `
  -- Memo search without reading every entry: an FTS5 index of the memos in trigrams, inside the
  -- encrypted database. It keeps no copy of the text (the entries are its content), and answers the
  -- same case-insensitive "contains" as LIKE, for any search of three characters or more. Kept by
  -- triggers; an entry that leaves the ledger (retention) takes its trigrams with it.
  CREATE VIRTUAL TABLE memo_search USING fts5(memo, tokenize = 'trigram', content = 'entries', content_rowid = 'seq');
  INSERT INTO memo_search (memo_search) VALUES ('rebuild');
  CREATE TRIGGER entries_add_to_memo_search AFTER INSERT ON entries WHEN NEW.memo IS NOT NULL BEGIN
    INSERT INTO memo_search (rowid, memo) VALUES (NEW.seq, NEW.memo);
  END;
  CREATE TRIGGER entries_leave_memo_search AFTER DELETE ON entries WHEN OLD.memo IS NOT NULL BEGIN
    INSERT INTO memo_search (memo_search, rowid, memo) VALUES ('delete', OLD.seq, OLD.memo);
  END;
  `,
  `
  -- One account's entries by date on both sides of a transfer, so a page or a part of a month of one
  -- account reads only its rows; and its transfers between two of its own funds, which its counts
  -- and totals read from the monthly totals take away (see filterMonths.ts).
  DROP INDEX entries_by_to_account;
  CREATE INDEX entries_by_to_account ON entries (to_account_id, entry_date) WHERE to_account_id IS NOT NULL;
  CREATE INDEX entries_within_one_account ON entries (account_id, entry_date) WHERE kind = 'transfer' AND to_account_id = account_id;
  `,
  `
  -- The memo index answers a search alone, with no entry read: it indexes each memo with its ASCII
  -- letters in lower case (SQLite's lower()), matched exactly (case_sensitive 1), so that a phrase
  -- of three characters or more finds precisely the memos holding the search in any ASCII case, and
  -- a count of them reads the index only. It keeps no copy of the text (contentless), and an entry
  -- that leaves the ledger takes its trigrams with it.
  DROP TRIGGER entries_add_to_memo_search;
  DROP TRIGGER entries_leave_memo_search;
  DROP TABLE memo_search;
  CREATE VIRTUAL TABLE memo_search USING fts5(memo, tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1);
  INSERT INTO memo_search (rowid, memo) SELECT seq, lower(memo) FROM entries WHERE memo IS NOT NULL;
  CREATE TRIGGER entries_add_to_memo_search AFTER INSERT ON entries WHEN NEW.memo IS NOT NULL BEGIN
    INSERT INTO memo_search (rowid, memo) VALUES (NEW.seq, lower(NEW.memo));
  END;
  CREATE TRIGGER entries_leave_memo_search AFTER DELETE ON entries WHEN OLD.memo IS NOT NULL BEGIN
    DELETE FROM memo_search WHERE rowid = OLD.seq;
  END;
  `,
  `
  -- Format 2 (docs/ledger-format.md): each new entry commits to its memo, recipient code, receipt and
  -- platform transaction id apart, each with a random salt, so that retention can shred one (its
  -- value and its salt) while verify still checks the rest and nothing shredded can be guessed back.
  -- Entries written before this step stay format 1.
  ALTER TABLE entries ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE entries ADD COLUMN memo_salt TEXT;
  ALTER TABLE entries ADD COLUMN memo_digest TEXT;
  ALTER TABLE entries ADD COLUMN recipient_code_salt TEXT;
  ALTER TABLE entries ADD COLUMN recipient_code_digest TEXT;
  ALTER TABLE entries ADD COLUMN receipt_salt TEXT;
  ALTER TABLE entries ADD COLUMN receipt_digest TEXT;
  ALTER TABLE entries ADD COLUMN platform_transaction_id_salt TEXT;
  ALTER TABLE entries ADD COLUMN platform_transaction_id_digest TEXT;
  -- The one change an entry allows: in format 2, a shreddable field's value and salt made NULL
  -- together, its digest kept. Anything else is refused, as before.
  DROP TRIGGER entries_are_never_changed;
  CREATE TRIGGER entries_are_never_changed BEFORE UPDATE ON entries
    WHEN NOT (OLD.format = 2 AND NEW.format = 2 AND NEW.seq IS OLD.seq AND NEW.kind IS OLD.kind AND NEW.entry_date IS OLD.entry_date
      AND NEW.amount IS OLD.amount AND NEW.sign IS OLD.sign AND NEW.currency IS OLD.currency AND NEW.account_id IS OLD.account_id
      AND NEW.to_account_id IS OLD.to_account_id AND NEW.fund_id IS OLD.fund_id AND NEW.to_fund_id IS OLD.to_fund_id
      AND NEW.category IS OLD.category AND NEW.reverses_seq IS OLD.reverses_seq AND NEW.recorded_at IS OLD.recorded_at
      AND NEW.content_hash IS OLD.content_hash AND NEW.chain_hash IS OLD.chain_hash
      AND NEW.memo_digest IS OLD.memo_digest AND NEW.recipient_code_digest IS OLD.recipient_code_digest
      AND NEW.receipt_digest IS OLD.receipt_digest AND NEW.platform_transaction_id_digest IS OLD.platform_transaction_id_digest
      AND ((NEW.memo IS OLD.memo AND NEW.memo_salt IS OLD.memo_salt) OR (NEW.memo IS NULL AND NEW.memo_salt IS NULL))
      AND ((NEW.recipient_code IS OLD.recipient_code AND NEW.recipient_code_salt IS OLD.recipient_code_salt) OR (NEW.recipient_code IS NULL AND NEW.recipient_code_salt IS NULL))
      AND ((NEW.receipt_sha256 IS OLD.receipt_sha256 AND NEW.receipt_salt IS OLD.receipt_salt) OR (NEW.receipt_sha256 IS NULL AND NEW.receipt_salt IS NULL))
      AND ((NEW.platform_transaction_id IS OLD.platform_transaction_id AND NEW.platform_transaction_id_salt IS OLD.platform_transaction_id_salt) OR (NEW.platform_transaction_id IS NULL AND NEW.platform_transaction_id_salt IS NULL)))
    BEGIN SELECT RAISE(ABORT, 'The ledger is append-only: reverse an entry instead of changing it.'); END;
  CREATE TRIGGER entries_shred_memo_search AFTER UPDATE OF memo ON entries WHEN OLD.memo IS NOT NULL AND NEW.memo IS NULL BEGIN
    DELETE FROM memo_search WHERE rowid = OLD.seq;
  END;
  `,
];

/** Entries, status changes and statements are dated on or after this unless the group sets another day. */
export const defaultEarliestEntryDate = '2000-01-01';

export const ledgerSchemaVersion = steps.length;

/** Brings the ledger's schema up to `version` (the newest unless a test asks for an older one), all steps in one transaction. */
export function migrate(db: Database, version = steps.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new Error(`This vault was written by a newer Mutual Ledger (schema ${current}); update the app to open it.`);
  }
  // Up to date: write nothing, so unlocking never touches the ledger file.
  if (current >= version) return;
  db.function('fold_name', { deterministic: true }, (name: unknown) => nameKey(String(name)));
  db.transaction(() => {
    steps.slice(current, version).forEach((step) => (typeof step === 'string' ? db.exec(step) : step(db)));
    db.pragma(`user_version = ${version}`);
  })();
}
