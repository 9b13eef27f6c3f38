/** Schema step 9: retention — entries kept as stubs in the chain, sealed months, and the shred log. */
export const step9Retention = `
  -- An entry retention removed whole keeps its place in the chain as a stub: its number, the month it
  -- was dated in, its format and both its hashes. Its money stays in the monthly totals of its month,
  -- which is sealed: sealed_months (recorded as facts) holds how many entries the month had and a
  -- hash of its totals, so verify can check them with no entry left. See docs/retention.md.
  CREATE TABLE entry_stubs (
    seq INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    format INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    chain_hash TEXT NOT NULL
  );
  CREATE TRIGGER entry_stubs_are_never_changed BEFORE UPDATE ON entry_stubs
    BEGIN SELECT RAISE(ABORT, 'A shredded entry''s stub is never changed.'); END;
  CREATE TRIGGER entry_stubs_are_never_deleted BEFORE DELETE ON entry_stubs
    BEGIN SELECT RAISE(ABORT, 'A shredded entry''s stub is never deleted.'); END;

  CREATE TABLE sealed_months (
    month TEXT PRIMARY KEY,
    entries INTEGER NOT NULL,
    totals_hash TEXT NOT NULL,
    sealed_at TEXT NOT NULL
  );
  CREATE TRIGGER sealed_months_are_never_changed BEFORE UPDATE ON sealed_months
    BEGIN SELECT RAISE(ABORT, 'A sealed month is never changed.'); END;
  CREATE TRIGGER sealed_months_are_never_deleted BEFORE DELETE ON sealed_months
    BEGIN SELECT RAISE(ABORT, 'A sealed month is never deleted.'); END;

  -- An entry leaves the table only for its stub, written first with the same hashes, in a sealed month.
  DROP TRIGGER entries_are_never_deleted;
  CREATE TRIGGER entries_are_never_deleted BEFORE DELETE ON entries
    WHEN NOT EXISTS (SELECT 1 FROM entry_stubs s JOIN sealed_months m ON m.month = s.month
                      WHERE s.seq = OLD.seq AND s.month = substr(OLD.entry_date, 1, 7) AND s.format = OLD.format
                        AND s.content_hash = OLD.content_hash AND s.chain_hash = OLD.chain_hash)
    BEGIN SELECT RAISE(ABORT, 'The ledger is append-only: reverse an entry instead of deleting it.'); END;

  -- The chain as verify walks it and new entries extend it: the entries and the stubs, by number.
  CREATE VIEW chain AS
    SELECT seq, content_hash, chain_hash FROM entries
    UNION ALL SELECT seq, content_hash, chain_hash FROM entry_stubs;

  -- When a run shredded, what started it, and how many of each policy: never what.
  CREATE TABLE shred_log (
    id INTEGER PRIMARY KEY,
    ran_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    memos INTEGER NOT NULL,
    receipts INTEGER NOT NULL,
    recipient_codes INTEGER NOT NULL,
    entries INTEGER NOT NULL,
    shred_log INTEGER NOT NULL
  );
  `;
