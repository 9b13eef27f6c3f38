// An entry as the entries table stores it, written once for the code that writes entries and the
// code that checks them: the columns in one order, a row's values from what an entry says, and back.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { fieldDigest, formatOneContentHash, formatTwoContentHash, type Commitments, type EntryContent, type FieldDigests, type ShreddableField } from '../entryHash.ts';

/** The stored columns of an entry, in the order they are written and read. */
export const entryColumns = [
  'seq',
  'kind',
  'entry_date',
  'amount',
  'sign',
  'currency',
  'account_id',
  'to_account_id',
  'fund_id',
  'to_fund_id',
  'category',
  'recipient_code',
  'memo',
  'receipt_sha256',
  'platform_transaction_id',
  'reverses_seq',
  'recorded_at',
  'content_hash',
  'chain_hash',
  'format',
  'memo_salt',
  'memo_digest',
  'recipient_code_salt',
  'recipient_code_digest',
  'receipt_salt',
  'receipt_digest',
  'platform_transaction_id_salt',
  'platform_transaction_id_digest',
] as const;

type Column = (typeof entryColumns)[number];

/** A stored entry read as an array in entryColumns' order (a million objects with named columns cost verify seconds). */
export type StoredEntryRow = Array<string | number | null>;

/** Where each column sits in a StoredEntryRow. */
export const at = Object.fromEntries(entryColumns.map((column, index) => [column, index])) as Record<Column, number>;

const insertEntrySql = `INSERT INTO entries (${entryColumns.join(', ')}) VALUES (${entryColumns.map(() => '?').join(', ')})`;

// What the entries seq BETWEEN ? AND ? add to the monthly totals, one row per group of postings.
const addToMonthlyTotalsSql = `
  INSERT INTO monthly_totals (account_id, fund_id, currency, month, posting_kind, category, delta, postings, gross)
    SELECT account_id, fund_id, currency, substr(entry_date, 1, 7), posting_kind, COALESCE(category, ''), SUM(delta), COUNT(*), SUM(ABS(delta))
      FROM postings WHERE seq BETWEEN ? AND ?
     GROUP BY account_id, fund_id, currency, substr(entry_date, 1, 7), posting_kind, COALESCE(category, '')
    ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, postings = postings + excluded.postings, gross = gross + excluded.gross`;

// Their memos, to the memo index (schema step 7: lower-cased ASCII letters).
const addToMemoSearchSql = 'INSERT INTO memo_search (rowid, memo) SELECT seq, lower(memo) FROM entries WHERE seq BETWEEN ? AND ? AND memo IS NOT NULL';

/**
 * Writes entry rows (each made with entryRowValues), numbered one after another, then adds them to
 * the monthly totals and the memo index, once for the whole batch (schema step 12). Every way an
 * entry reaches the table comes through here, so the totals and the index always hold every entry.
 * The caller runs it in a transaction.
 */
export function insertEntryRows(db: Database, rows: Iterable<StoredEntryRow>): void {
  const insert = db.prepare(insertEntrySql);
  let first: StoredEntryRow[number] | undefined;
  let last: StoredEntryRow[number] | undefined;
  for (const row of rows) {
    insert.run(row);
    first ??= row[at.seq];
    last = row[at.seq];
  }
  if (first === undefined) return;
  db.prepare(addToMonthlyTotalsSql).run(first, last);
  db.prepare(addToMemoSearchSql).run(first, last);
}

// Each shreddable field: the EntryContent field that holds its value, and its value, salt and digest columns.
const shreddable = [
  { name: 'memo', field: 'memo', value: 'memo', salt: 'memo_salt', digest: 'memo_digest' },
  { name: 'recipientCode', field: 'recipientCode', value: 'recipient_code', salt: 'recipient_code_salt', digest: 'recipient_code_digest' },
  { name: 'receipt', field: 'receiptSha256', value: 'receipt_sha256', salt: 'receipt_salt', digest: 'receipt_digest' },
  { name: 'platformTransactionId', field: 'platformTransactionId', value: 'platform_transaction_id', salt: 'platform_transaction_id_salt', digest: 'platform_transaction_id_digest' },
] as const satisfies ReadonlyArray<{ name: ShreddableField; field: keyof EntryContent; value: Column; salt: Column; digest: Column }>;

/** The values insertEntrySql writes for an entry (format 2), with its commitments (commitEntry). */
export function entryRowValues(seq: number, content: EntryContent, committed: Commitments, chainHash: string): StoredEntryRow {
  const row: StoredEntryRow = [
    seq,
    content.kind,
    content.date,
    content.amount,
    content.sign,
    content.currency,
    content.accountId,
    content.toAccountId,
    content.fundId,
    content.toFundId,
    content.category,
    content.recipientCode,
    content.memo,
    content.receiptSha256,
    content.platformTransactionId,
    content.reversesSeq,
    content.recordedAt,
    committed.contentHash,
    chainHash,
    2,
  ];
  for (const { name, salt, digest } of shreddable) {
    row[at[salt]] = committed.salts[name];
    row[at[digest]] = committed.digests[name];
  }
  return row;
}

/** What a stored entry says. */
export function storedContent(row: StoredEntryRow): EntryContent {
  return {
    kind: row[at.kind] as string,
    date: row[at.entry_date] as string,
    amount: row[at.amount] as number,
    sign: row[at.sign] as number,
    currency: row[at.currency] as string,
    accountId: row[at.account_id] as number,
    toAccountId: row[at.to_account_id] as number | null,
    fundId: row[at.fund_id] as number,
    toFundId: row[at.to_fund_id] as number | null,
    category: row[at.category] as string | null,
    recipientCode: row[at.recipient_code] as string | null,
    memo: row[at.memo] as string | null,
    receiptSha256: row[at.receipt_sha256] as string | null,
    platformTransactionId: row[at.platform_transaction_id] as string | null,
    reversesSeq: row[at.reverses_seq] as number | null,
    recordedAt: row[at.recorded_at] as string,
  };
}

/**
 * Whether a stored entry still says what its content hash committed to. Format 1: every field hashed
 * as it is. Format 2: each shreddable field still present matches its digest (a shredded one has
 * neither value nor salt, and keeps its digest), and the public fields with the digests make the
 * content hash.
 */
export function contentHolds(row: StoredEntryRow): boolean {
  const content = storedContent(row);
  const format = row[at.format];
  if (format === 1) return formatOneContentHash(content) === row[at.content_hash];
  const digests = {} as FieldDigests;
  for (const { name, field, salt: saltColumn, digest: digestColumn } of shreddable) {
    const value = content[field] as string | null;
    const salt = row[at[saltColumn]] as string | null;
    const digest = row[at[digestColumn]] as string | null;
    if (value === null ? salt !== null : salt === null || digest === null || fieldDigest(salt, name, value) !== digest) return false;
    digests[name] = digest;
  }
  return format === 2 && formatTwoContentHash(content, digests) === row[at.content_hash];
}
