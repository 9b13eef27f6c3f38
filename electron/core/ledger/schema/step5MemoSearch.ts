/** Schema step 5: memo search without reading every entry (replaced by step 7). */
export const step5MemoSearch = `
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
  `;
