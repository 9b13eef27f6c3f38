import { createHash } from 'node:crypto';
import type { Anchor, ChainHead, LedgerHead, Output } from '../../../shared/contract/index.ts';
import { readOnSameConnection, type ReadElsewhere } from '../vault/backgroundReader.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { chainHash, contentHash, genesisChainHash, type EntryContent } from './entryHash.ts';
import { factChainHash, factsHead, verifyFacts } from './ledgerFacts.ts';

/** An entry as verify reads it: the stored hashes beside the content they cover, and the receipt's bytes. */
interface StoredEntry {
  seq: number;
  content: EntryContent;
  contentHash: string;
  chainHash: string;
  receipt: Buffer | null;
}

// One row per entry, read as an array (a million objects with named columns cost verify seconds).
const storedEntries = `SELECT e.seq, e.kind, e.entry_date, e.amount, e.sign, e.currency, e.account_id, e.to_account_id, e.fund_id, e.to_fund_id,
                              e.category, e.recipient_code, e.memo, e.receipt_sha256, e.platform_transaction_id, e.reverses_seq, e.recorded_at,
                              e.content_hash, e.chain_hash, r.data
                         FROM entries e LEFT JOIN receipts r ON r.entry_seq = e.seq WHERE e.seq > ? ORDER BY e.seq`;
type StoredRow = [number, string, string, number, number, string, number, number | null, number, number | null, string | null, string | null, string | null, string | null, string | null, number | null, string, string, string, Buffer | null];

function storedEntry(row: StoredRow): StoredEntry {
  const [seq, kind, date, amount, sign, currency, accountId, toAccountId, fundId, toFundId, category, recipientCode, memo, receiptSha256, platformTransactionId, reversesSeq, recordedAt, contentHash, chainHash, receipt] = row;
  return {
    seq,
    content: { kind, date, amount, sign, currency, accountId, toAccountId, fundId, toFundId, category, recipientCode, memo, receiptSha256, platformTransactionId, reversesSeq, recordedAt },
    contentHash,
    chainHash,
    receipt,
  };
}

export type Verification = Output<'ledger.verify'>;

export interface ExpectedHeads {
  expectHead?: ChainHead | undefined;
  expectFactsHead?: ChainHead | undefined;
  expectAnchor?: Anchor | undefined;
}

/**
 * SQLite's integrity_check; every entry's content hash, receipt and chain link in order; the monthly
 * totals; the facts chain and the tables it records; and, if given, heads written down earlier,
 * which the ledger must still extend. The chain alone cannot show entries cut off its end or a
 * ledger re-hashed from some point on: only a head kept outside the vault can.
 */
export async function verifyLedger(db: Ledger, expected: ExpectedHeads = {}, elsewhere: ReadElsewhere = readOnSameConnection(db)): Promise<Verification> {
  // The checks that need no chain walk go first, elsewhere if the caller can: on a second core they
  // take no time of their own.
  const background = elsewhere(['PRAGMA integrity_check', monthlyTotalsDifference]);
  const heads = ledgerHead(db);
  const entries = walkEntries(db);
  const facts = verifyFacts(db);
  const [integrityRows = [], differing = []] = await background;
  const integrityCheck = integrityRows.map(([line]) => String(line)).join('; ');
  const monthlyTotalsCheck = entries.firstBrokenLink === null ? monthlyTotalsFinding(differing[0]) : 'not checked: the chain is broken';
  const factsCheck = facts.problem === null ? 'ok' : facts.problem.problem;
  const headCheck = checkHeads(db, heads, expected);
  return {
    ...heads,
    ok: integrityCheck === 'ok' && entries.firstBrokenLink === null && monthlyTotalsCheck === 'ok' && factsCheck === 'ok' && (headCheck === 'ok' || headCheck === 'not asked'),
    integrityCheck,
    ...entries,
    monthlyTotalsCheck,
    factsChecked: facts.factsChecked,
    factsCheck,
    headCheck,
  };
}

/** How many of the newest entries the check on every unlock re-hashes and links. */
export const quickCheckEntries = 1_000;

/**
 * What the app checks on every unlock, in milliseconds at any size: the newest entries re-hashed and
 * linked to the entry before them, and the whole facts chain with the tables it records (a few
 * hundred links). A full verify also re-hashes every older entry, recomputes the monthly totals and
 * runs SQLite's integrity check.
 */
export function quickCheck(db: Ledger): QuickCheck {
  const newest = (db.prepare('SELECT max(seq) AS seq FROM entries').get() as { seq: number | null }).seq ?? 0;
  const entries = walkEntries(db, Math.max(0, newest - quickCheckEntries));
  const facts = verifyFacts(db);
  const factsCheck = facts.problem === null ? 'ok' : facts.problem.problem;
  return { ok: entries.firstBrokenLink === null && factsCheck === 'ok', ...entries, factsChecked: facts.factsChecked, factsCheck };
}

export type QuickCheck = Output<'ledger.quickCheck'>;

/** The entry count and the heads of both chains. */
export function ledgerHead(db: Ledger): LedgerHead {
  const last = db.prepare('SELECT seq, chain_hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; chain_hash: string } | undefined;
  const { entries } = db.prepare('SELECT count(*) AS entries FROM entries').get() as { entries: number };
  const facts = factsHead(db);
  const anchor = facts === null ? null : { entriesSeq: last?.seq ?? 0, factsSeq: facts.seq, hash: anchorHash(last?.chain_hash ?? genesisChainHash, facts.chainHash) };
  return { entries, anchor, head: last === undefined ? null : { seq: last.seq, chainHash: last.chain_hash }, factsHead: facts };
}

/** SHA-256 over an entry's chain hash and a fact's chain hash (32 raw bytes each), hex: what an anchor holds. */
function anchorHash(entryChainHash: string, factChainHash: string): string {
  return createHash('sha256').update(Buffer.from(entryChainHash, 'hex')).update(Buffer.from(factChainHash, 'hex')).digest('hex');
}

/** The entries after entry `after` (0: all of them), each re-hashed and linked to the one before it. */
function walkEntries(db: Ledger, after = 0): { entriesChecked: number; firstBrokenLink: { seq: number; problem: string } | null } {
  const start = after === 0 ? genesisChainHash : entryChainHash(db, after);
  if (start === undefined) return { entriesChecked: 0, firstBrokenLink: { seq: after, problem: `entry #${after} is missing` } };
  let previous = start;
  let entriesChecked = 0;
  const rows = db.prepare(storedEntries).raw().iterate(after) as IterableIterator<StoredRow>;
  for (const stored of rows) {
    const row = storedEntry(stored);
    const problem = brokenLink(row, previous, after + entriesChecked + 1);
    if (problem !== undefined) {
      // Stop reading: the rest of the chain cannot be trusted past its first broken link.
      (rows as { return?: () => void }).return?.();
      return { entriesChecked, firstBrokenLink: { seq: row.seq, problem } };
    }
    previous = row.chainHash;
    entriesChecked += 1;
  }
  return { entriesChecked, firstBrokenLink: null };
}

/** Whether each chain still holds the head written down for it, at the same place. */
function checkHeads(db: Ledger, heads: LedgerHead, expected: ExpectedHeads): string {
  const problems = [
    expected.expectHead === undefined ? undefined : headProblem('entries', 'entry', expected.expectHead, heads.head, entryChainHash(db, expected.expectHead.seq)),
    expected.expectFactsHead === undefined
      ? undefined
      : headProblem('facts', 'fact', expected.expectFactsHead, heads.factsHead, factChainHash(db, expected.expectFactsHead.seq)),
    expected.expectAnchor === undefined ? undefined : anchorProblem(db, expected.expectAnchor),
  ].filter((problem) => problem !== undefined);
  if (expected.expectHead === undefined && expected.expectFactsHead === undefined && expected.expectAnchor === undefined) return 'not asked';
  return problems.length === 0 ? 'ok' : problems.join(' ');
}

function headProblem(chain: string, item: string, expected: ChainHead, head: ChainHead | null, storedHash: string | undefined): string | undefined {
  if (storedHash === undefined) {
    return `The ${chain} chain ends at ${head === null ? 'nothing' : `#${head.seq}`}, before the ${item} #${expected.seq} written down: ${chain} were cut off since.`;
  }
  if (storedHash !== expected.chainHash) {
    return `The ${item} #${expected.seq} no longer has the chain hash written down: the ${chain} up to it were rewritten since.`;
  }
  return undefined;
}

function anchorProblem(db: Ledger, anchor: Anchor): string | undefined {
  const entryHash = anchor.entriesSeq === 0 ? genesisChainHash : entryChainHash(db, anchor.entriesSeq);
  const factHash = factChainHash(db, anchor.factsSeq);
  if (entryHash === undefined) return `The ledger no longer holds entry #${anchor.entriesSeq}, which the anchor written down covers: entries were cut off since.`;
  if (factHash === undefined) return `The ledger no longer holds fact #${anchor.factsSeq}, which the anchor written down covers: facts were cut off since.`;
  if (anchorHash(entryHash, factHash) !== anchor.hash) {
    return 'The ledger no longer matches the anchor written down: its entries or its facts (accounts, freezes, funds, reconciliations) up to it were rewritten since.';
  }
  return undefined;
}

function entryChainHash(db: Ledger, seq: number): string | undefined {
  return (db.prepare('SELECT chain_hash FROM entries WHERE seq = ?').get(seq) as { chain_hash: string } | undefined)?.chain_hash;
}

// The monthly totals recomputed from the entries against those kept: the account and month of the first row that differs, if any.
const totalsColumns = 'account_id, fund_id, currency, month, posting_kind, category, delta, postings, gross';
const recomputedTotals = `SELECT account_id, fund_id, currency, substr(entry_date, 1, 7) AS month, posting_kind, COALESCE(category, '') AS category,
                                 SUM(delta) AS delta, count(*) AS postings, SUM(ABS(delta)) AS gross
                            FROM postings GROUP BY 1, 2, 3, 4, 5, 6`;
const monthlyTotalsDifference = `SELECT account_id, month FROM (
    SELECT * FROM (${recomputedTotals} EXCEPT SELECT ${totalsColumns} FROM monthly_totals)
    UNION ALL SELECT * FROM (SELECT ${totalsColumns} FROM monthly_totals EXCEPT ${recomputedTotals})) LIMIT 1`;

function monthlyTotalsFinding(differing: unknown[] | undefined): string {
  return differing === undefined ? 'ok' : `the monthly totals of account #${String(differing[0])} for ${String(differing[1])} do not match its entries`;
}

function brokenLink(row: StoredEntry, previous: string, expectedSeq: number): string | undefined {
  if (row.seq !== expectedSeq) return `entry #${expectedSeq} is missing`;
  const recomputed = contentHash(row.content);
  if (recomputed !== row.contentHash) return 'its content does not match its content hash: it was altered after it was recorded';
  if ((row.receipt === null) !== (row.content.receiptSha256 === null)) return 'its receipt is missing or was added afterwards';
  if (row.receipt !== null && createHash('sha256').update(row.receipt).digest('hex') !== row.content.receiptSha256) return 'its receipt was altered';
  if (chainHash(previous, row.contentHash, row.seq) !== row.chainHash) return 'its chain hash does not follow from the entry before it';
  return undefined;
}
