/** Schema step 8, format 2: shreddable fields committed apart, each with its salt. */
export const step8FormatTwo = `
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
  `;
