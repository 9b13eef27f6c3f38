/** Schema step 7: the memo index that answers a search alone, with no entry read. */
export const step7MemoSearchLowered = `
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
  `;
