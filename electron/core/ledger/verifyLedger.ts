import { createHash } from 'node:crypto';
import type { Anchor, ChainHead, LedgerHead, Output } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { chainHash, contentHash, genesisChainHash } from './entryHash.ts';
import { factChainHash, factsHead, verifyFacts } from './ledgerFacts.ts';

interface StoredEntry {
  seq: number;
  kind: string;
  entry_date: string;
  amount: number;
  sign: number;
  currency: string;
  account_id: number;
  to_account_id: number | null;
  fund_id: number;
  to_fund_id: number | null;
  category: string | null;
  recipient_code: string | null;
  memo: string | null;
  receipt_sha256: string | null;
  platform_transaction_id: string | null;
  reverses_seq: number | null;
  recorded_at: string;
  content_hash: string;
  chain_hash: string;
  receipt: Buffer | null;
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
export function verifyLedger(db: Ledger, expected: ExpectedHeads = {}): Verification {
  const integrityCheck = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).join('; ');
  const heads = ledgerHead(db);
  const entries = walkEntries(db);
  const facts = verifyFacts(db);
  const monthlyTotalsCheck = entries.firstBrokenLink === null ? checkMonthlyTotals(db) : 'not checked: the chain is broken';
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

function walkEntries(db: Ledger): { entriesChecked: number; firstBrokenLink: { seq: number; problem: string } | null } {
  let previous = genesisChainHash;
  let entriesChecked = 0;
  const rows = db.prepare('SELECT e.*, r.data AS receipt FROM entries e LEFT JOIN receipts r ON r.entry_seq = e.seq ORDER BY e.seq').iterate() as IterableIterator<StoredEntry>;
  for (const row of rows) {
    const problem = brokenLink(row, previous, entriesChecked + 1);
    if (problem !== undefined) {
      // Stop reading: the rest of the chain cannot be trusted past its first broken link.
      (rows as { return?: () => void }).return?.();
      return { entriesChecked, firstBrokenLink: { seq: row.seq, problem } };
    }
    previous = row.chain_hash;
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

/** Recomputes the monthly totals from the entries; 'ok', or the first month and account that differ. */
function checkMonthlyTotals(db: Ledger): string {
  const columns = 'account_id, fund_id, currency, month, posting_kind, category, delta, postings, gross';
  const recomputed = `SELECT account_id, fund_id, currency, substr(entry_date, 1, 7) AS month, posting_kind, COALESCE(category, '') AS category,
                             SUM(delta) AS delta, count(*) AS postings, SUM(ABS(delta)) AS gross
                        FROM postings GROUP BY 1, 2, 3, 4, 5, 6`;
  const differing = db
    .prepare(`SELECT * FROM (${recomputed} EXCEPT SELECT ${columns} FROM monthly_totals) UNION ALL SELECT * FROM (SELECT ${columns} FROM monthly_totals EXCEPT ${recomputed}) LIMIT 1`)
    .get() as { account_id: number; month: string } | undefined;
  return differing === undefined ? 'ok' : `the monthly totals of account #${differing.account_id} for ${differing.month} do not match its entries`;
}

function brokenLink(row: StoredEntry, previous: string, expectedSeq: number): string | undefined {
  if (row.seq !== expectedSeq) return `entry #${expectedSeq} is missing`;
  const recomputed = contentHash({
    kind: row.kind,
    date: row.entry_date,
    amount: row.amount,
    sign: row.sign,
    currency: row.currency,
    accountId: row.account_id,
    toAccountId: row.to_account_id,
    fundId: row.fund_id,
    toFundId: row.to_fund_id,
    category: row.category,
    recipientCode: row.recipient_code,
    memo: row.memo,
    receiptSha256: row.receipt_sha256,
    platformTransactionId: row.platform_transaction_id,
    reversesSeq: row.reverses_seq,
    recordedAt: row.recorded_at,
  });
  if (recomputed !== row.content_hash) return 'its content does not match its content hash: it was altered after it was recorded';
  if ((row.receipt === null) !== (row.receipt_sha256 === null)) return 'its receipt is missing or was added afterwards';
  if (row.receipt !== null && createHash('sha256').update(row.receipt).digest('hex') !== row.receipt_sha256) return 'its receipt was altered';
  if (chainHash(previous, row.content_hash, row.seq) !== row.chain_hash) return 'its chain hash does not follow from the entry before it';
  return undefined;
}
