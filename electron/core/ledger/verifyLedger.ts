import { createHash } from 'node:crypto';
import type { Anchor, ChainHead, LedgerHead, Output } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { checkPassed } from '../../../shared/verification.ts';
import { readOnSameConnection, type ReadElsewhere } from '../vault/backgroundReader.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { uninterrupted, type WorkTurn } from '../longWork.ts';
import { chainHash, fieldDigest, formatOneContentHash, formatTwoContentHash, genesisChainHash, type EntryContent, type FieldDigests, type ShreddableField } from './entryHash.ts';
import { factChainHash, factsHead, verifyFacts } from './ledgerFacts.ts';

// One row per entry, read as an array (a million objects with named columns cost verify seconds).
const storedEntries = `SELECT seq, kind, entry_date, amount, sign, currency, account_id, to_account_id, fund_id, to_fund_id, category, recipient_code,
                              memo, receipt_sha256, platform_transaction_id, reverses_seq, recorded_at, content_hash, chain_hash,
                              format, memo_salt, memo_digest, recipient_code_salt, recipient_code_digest, receipt_salt, receipt_digest,
                              platform_transaction_id_salt, platform_transaction_id_digest
                         FROM entries WHERE seq > ? AND seq <= ? ORDER BY seq`;
type StoredRow = [
  number,
  string,
  string,
  number,
  number,
  string,
  number,
  number | null,
  number,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  string,
  string,
  string,
  number,
  ...Array<string | null>,
];
// Receipts are few: read apart, a slice at a time, rather than joined to every entry.
const storedReceipts = 'SELECT entry_seq, data FROM receipts WHERE entry_seq > ? AND entry_seq <= ?';

function storedContent(row: StoredRow): EntryContent {
  const [, kind, date, amount, sign, currency, accountId, toAccountId, fundId, toFundId, category, recipientCode, memo, receiptSha256, platformTransactionId, reversesSeq, recordedAt] = row;
  return { kind, date, amount, sign, currency, accountId, toAccountId, fundId, toFundId, category, recipientCode, memo, receiptSha256, platformTransactionId, reversesSeq, recordedAt };
}

// Each shreddable field's value column in a stored row, and its salt's (the digest's follows it).
const shreddableColumns = [
  ['memo', 12, 20],
  ['recipientCode', 11, 22],
  ['receipt', 13, 24],
  ['platformTransactionId', 14, 26],
] as const satisfies ReadonlyArray<readonly [ShreddableField, number, number]>;

/**
 * Whether the entry still says what its content hash committed to. Format 1: every field hashed as it
 * is. Format 2: each shreddable field still present matches its digest (a shredded one has neither
 * value nor salt, and keeps its digest), and the public fields with the digests make the content hash.
 */
function contentHolds(row: StoredRow): boolean {
  const content = storedContent(row);
  if (row[19] === 1) return formatOneContentHash(content) === row[17];
  for (const [name, valueAt, saltAt] of shreddableColumns) {
    const value = row[valueAt] as string | null;
    const salt = row[saltAt] as string | null;
    const digest = row[saltAt + 1] as string | null;
    if (value === null ? salt !== null : salt === null || digest === null || fieldDigest(salt, name, value) !== digest) return false;
  }
  const digests: FieldDigests = { memo: row[21] ?? null, recipientCode: row[23] ?? null, receipt: row[25] ?? null, platformTransactionId: row[27] ?? null };
  return row[19] === 2 && formatTwoContentHash(content, digests) === row[17];
}

/** A check that found nothing wrong. */
const passed = say('ledger.check.ok');

/** How many entries verify reads, hashes and links between two turns of the queue: tens of milliseconds. */
export const entriesPerSlice = 2_000;

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
export async function verifyLedger(db: Ledger, expected: ExpectedHeads = {}, elsewhere: ReadElsewhere = readOnSameConnection(db), turn: WorkTurn = uninterrupted): Promise<Verification> {
  // The checks that need no chain walk run elsewhere if the caller can: on the other core they take
  // no time of their own. Each gets a worker, so that whichever core is free takes the next.
  const background = Promise.all([elsewhere(['PRAGMA integrity_check'], turn.signal), elsewhere([monthlyTotalsDifference], turn.signal)]);
  // A walk stopped part way leaves these to be stopped by the signal; nobody waits for their answer.
  background.catch(() => undefined);
  const heads = ledgerHead(db);
  const entries = await walkEntries(db, 0, heads.head?.seq ?? 0, turn);
  const facts = verifyFacts(db);
  const headCheck = checkHeads(db, heads, expected);
  // Nothing below reads the ledger: it may be locked while the database checks finish.
  await turn.between({ step: 'database', done: 0, total: 0 });
  const [[integrityRows = []], [differing = []]] = await background;
  const integrityReport = integrityRows.map(([line]) => String(line)).join('; ');
  const integrityCheck = integrityReport === 'ok' ? passed : say('ledger.check.sqliteReport', { report: integrityReport });
  const monthlyTotalsCheck = entries.firstBrokenLink === null ? monthlyTotalsFinding(differing[0]) : say('ledger.check.monthlyTotalsNotChecked');
  const factsCheck = facts.problem === null ? passed : facts.problem.problem;
  return {
    ...heads,
    ok:
      checkPassed(integrityCheck) &&
      entries.firstBrokenLink === null &&
      checkPassed(monthlyTotalsCheck) &&
      checkPassed(factsCheck) &&
      (checkPassed(headCheck) || headCheck.key === 'ledger.check.notAsked'),
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
export async function quickCheck(db: Ledger): Promise<QuickCheck> {
  const newest = (db.prepare('SELECT max(seq) AS seq FROM entries').get() as { seq: number | null }).seq ?? 0;
  const entries = await walkEntries(db, Math.max(0, newest - quickCheckEntries), newest, uninterrupted);
  const facts = verifyFacts(db);
  const factsCheck = facts.problem === null ? passed : facts.problem.problem;
  return { ok: entries.firstBrokenLink === null && checkPassed(factsCheck), ...entries, factsChecked: facts.factsChecked, factsCheck };
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

/**
 * Entries `after` + 1 to `until`, each re-hashed and linked to the one before it, a slice at a time:
 * between slices the turn passes to any call waiting, and the walk stops there if it was cancelled.
 */
async function walkEntries(db: Ledger, after: number, until: number, turn: WorkTurn): Promise<{ entriesChecked: number; firstBrokenLink: { seq: number; problem: Message } | null }> {
  const start = after === 0 ? genesisChainHash : entryChainHash(db, after);
  if (start === undefined) return { entriesChecked: 0, firstBrokenLink: { seq: after, problem: say('ledger.check.entryMissing', { seq: after }) } };
  const entries = db.prepare(storedEntries).raw();
  const receipts = db.prepare(storedReceipts).raw();
  let previous = start;
  let entriesChecked = 0;
  for (let sliceStart = after; sliceStart < until; sliceStart += entriesPerSlice) {
    const sliceEnd = Math.min(until, sliceStart + entriesPerSlice);
    const sliceReceipts = new Map(receipts.all(sliceStart, sliceEnd) as [number, Buffer][]);
    for (const row of entries.iterate(sliceStart, sliceEnd) as IterableIterator<StoredRow>) {
      const problem = brokenLink(row, sliceReceipts.get(row[0]) ?? null, previous, after + entriesChecked + 1);
      // Returning from inside for-of closes the statement: nothing past the first broken link is read.
      if (problem !== undefined) return { entriesChecked, firstBrokenLink: { seq: row[0], problem } };
      previous = row[18];
      entriesChecked += 1;
    }
    await turn.between({ step: 'entries', done: sliceEnd - after, total: until - after });
  }
  return { entriesChecked, firstBrokenLink: null };
}

/** Whether each chain still holds the head written down for it, at the same place. */
function checkHeads(db: Ledger, heads: LedgerHead, expected: ExpectedHeads): Message {
  if (expected.expectHead === undefined && expected.expectFactsHead === undefined && expected.expectAnchor === undefined) return say('ledger.check.notAsked');
  const problems = [
    expected.expectHead === undefined ? undefined : headProblem('entries', expected.expectHead, heads.head, entryChainHash(db, expected.expectHead.seq)),
    expected.expectFactsHead === undefined ? undefined : headProblem('facts', expected.expectFactsHead, heads.factsHead, factChainHash(db, expected.expectFactsHead.seq)),
    expected.expectAnchor === undefined ? undefined : anchorProblem(db, expected.expectAnchor),
  ].filter((problem) => problem !== undefined);
  // Each problem is a sentence of its own: said one after the other.
  return problems.length === 0 ? passed : problems.reduce((first, next) => say('ledger.check.andAlso', { first, next }));
}

function headProblem(chain: 'entries' | 'facts', expected: ChainHead, head: ChainHead | null, storedHash: string | undefined): Message | undefined {
  if (storedHash === undefined) {
    const end = head === null ? say('ledger.check.chainEmpty') : say('ledger.check.chainEnd', { seq: head.seq });
    return say('ledger.check.chainCutOff', { chain, end, seq: expected.seq });
  }
  if (storedHash !== expected.chainHash) return say('ledger.check.chainRewritten', { chain, seq: expected.seq });
  return undefined;
}

function anchorProblem(db: Ledger, anchor: Anchor): Message | undefined {
  const entryHash = anchor.entriesSeq === 0 ? genesisChainHash : entryChainHash(db, anchor.entriesSeq);
  const factHash = factChainHash(db, anchor.factsSeq);
  if (entryHash === undefined) return say('ledger.check.anchorEntryGone', { seq: anchor.entriesSeq });
  if (factHash === undefined) return say('ledger.check.anchorFactGone', { seq: anchor.factsSeq });
  if (anchorHash(entryHash, factHash) !== anchor.hash) return say('ledger.check.anchorRewritten');
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
// Recomputed once (MATERIALIZED): the sum over every posting is most of the statement's time.
const monthlyTotalsDifference = `WITH recomputed AS MATERIALIZED (${recomputedTotals}), kept AS MATERIALIZED (SELECT ${totalsColumns} FROM monthly_totals)
  SELECT account_id, month FROM (
    SELECT * FROM (SELECT * FROM recomputed EXCEPT SELECT * FROM kept)
    UNION ALL SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM recomputed)) LIMIT 1`;

function monthlyTotalsFinding(differing: unknown[] | undefined): Message {
  return differing === undefined ? passed : say('ledger.check.monthlyTotalsDiffer', { accountId: Number(differing[0]), month: String(differing[1]) });
}

function brokenLink(row: StoredRow, receipt: Buffer | null, previous: string, expectedSeq: number): Message | undefined {
  const [seq, , , , , , , , , , , , , receiptSha256, , , , storedContentHash, storedChainHash] = row;
  if (seq !== expectedSeq) return say('ledger.check.entryMissing', { seq: expectedSeq });
  if (!contentHolds(row)) return say('ledger.check.contentAltered');
  if ((receipt === null) !== (receiptSha256 === null)) return say('ledger.check.receiptMissingOrAdded');
  if (receipt !== null && createHash('sha256').update(receipt).digest('hex') !== receiptSha256) return say('ledger.check.receiptAltered');
  if (chainHash(previous, storedContentHash, seq) !== storedChainHash) return say('ledger.check.entryLinkBroken');
  return undefined;
}
