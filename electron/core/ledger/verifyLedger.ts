import { createHash } from 'node:crypto';
import type { Anchor, ChainHead, LedgerHead, Output } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { checkPassed } from '../../../shared/verification.ts';
import { readOnSameConnection, type ReadElsewhere } from '../vault/backgroundReader.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { uninterrupted, type WorkTurn } from '../longWork.ts';
import { chainHash, genesisChainHash } from './entryHash.ts';
import { factChainHash, factsHead, verifyFacts } from './ledgerFacts.ts';
import { chainHead, entryChainHash } from './chainHead.ts';
import { monthTotalsHash } from './sealedMonths.ts';
import type { EntryStubRow, SealedMonthRow } from './schema/rows.ts';
import { at, contentHolds, entryColumns, type StoredEntryRow } from './schema/entryRow.ts';

const storedEntries = `SELECT ${entryColumns.join(', ')} FROM entries WHERE seq > ? AND seq <= ? ORDER BY seq`;
// What retention left of shredded entries: their place in the chain, and the month they were dated in.
const storedStubs = 'SELECT seq, month, content_hash, chain_hash FROM entry_stubs WHERE seq > ? AND seq <= ? ORDER BY seq';
type StubRow = [seq: EntryStubRow['seq'], month: EntryStubRow['month'], contentHash: EntryStubRow['content_hash'], chainHash: EntryStubRow['chain_hash']];
// Receipts are few: read apart, a slice at a time, rather than joined to every entry.
const storedReceipts = 'SELECT entry_seq, data FROM receipts WHERE entry_seq > ? AND entry_seq <= ?';

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
  const sealed = sealedMonthsFinding(db);
  const headCheck = checkHeads(db, heads, expected);
  // Nothing below reads the ledger: it may be locked while the database checks finish.
  await turn.between({ step: 'database', done: 0, total: 0 });
  const [[integrityRows = []], [differing = []]] = await background;
  const integrityReport = integrityRows.map(([line]) => String(line)).join('; ');
  const integrityCheck = integrityReport === 'ok' ? passed : say('ledger.check.sqliteReport', { report: integrityReport });
  const monthlyTotalsCheck = entries.firstBrokenLink === null ? (sealed ?? monthlyTotalsFinding(differing[0])) : say('ledger.check.monthlyTotalsNotChecked');
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
  const newest = chainHead(db)?.seq ?? 0;
  const entries = await walkEntries(db, Math.max(0, newest - quickCheckEntries), newest, uninterrupted);
  const facts = verifyFacts(db);
  const factsCheck = facts.problem === null ? passed : facts.problem.problem;
  return { ok: entries.firstBrokenLink === null && checkPassed(factsCheck), ...entries, factsChecked: facts.factsChecked, factsCheck };
}

export type QuickCheck = Output<'ledger.quickCheck'>;

/** The entry count (shredded ones not counted) and the heads of both chains. */
export function ledgerHead(db: Ledger): LedgerHead {
  const last = chainHead(db);
  const { entries } = db.prepare('SELECT count(*) AS entries FROM entries').get() as { entries: number };
  const facts = factsHead(db);
  const anchor = facts === null ? null : { entriesSeq: last?.seq ?? 0, factsSeq: facts.seq, hash: anchorHash(last?.chainHash ?? genesisChainHash, facts.chainHash) };
  return { entries, anchor, head: last, factsHead: facts };
}

/** SHA-256 over an entry's chain hash and a fact's chain hash (32 raw bytes each), hex: what an anchor holds. */
function anchorHash(entryChainHash: string, factChainHash: string): string {
  return createHash('sha256').update(Buffer.from(entryChainHash, 'hex')).update(Buffer.from(factChainHash, 'hex')).digest('hex');
}

/**
 * Entries `after` + 1 to `until`, each re-hashed and linked to the one before it, a slice at a time:
 * between slices the turn passes to any call waiting, and the walk stops there if it was cancelled.
 * A shredded entry's stub has no content left to re-hash: its link is checked, and its month must be sealed.
 */
async function walkEntries(db: Ledger, after: number, until: number, turn: WorkTurn): Promise<{ entriesChecked: number; firstBrokenLink: { seq: number; problem: Message } | null }> {
  const start = after === 0 ? genesisChainHash : entryChainHash(db, after);
  if (start === undefined) return { entriesChecked: 0, firstBrokenLink: { seq: after, problem: say('ledger.check.entryMissing', { seq: after }) } };
  const entries = db.prepare(storedEntries).raw();
  const receipts = db.prepare(storedReceipts).raw();
  const stubs = db.prepare(storedStubs).raw();
  const sealedMonths = new Set(db.prepare('SELECT month FROM sealed_months').pluck().all() as string[]);
  let previous = start;
  let entriesChecked = 0;
  for (let sliceStart = after; sliceStart < until; sliceStart += entriesPerSlice) {
    const sliceEnd = Math.min(until, sliceStart + entriesPerSlice);
    const sliceReceipts = new Map(receipts.all(sliceStart, sliceEnd) as [number, Buffer][]);
    const sliceStubs = stubs.all(sliceStart, sliceEnd) as StubRow[];
    let nextStub = 0;
    // The stubs of the slice, in number order, that come before entry `seq` (all of them when undefined).
    const stubsBefore = (seq: number | undefined): { seq: number; problem: Message } | undefined => {
      for (let stub = sliceStubs[nextStub]; stub !== undefined && (seq === undefined || stub[0] < seq); stub = sliceStubs[++nextStub]) {
        const problem = brokenStub(stub, sealedMonths, previous, after + entriesChecked + 1);
        if (problem !== undefined) return { seq: stub[0], problem };
        previous = stub[3];
        entriesChecked += 1;
      }
      return undefined;
    };
    for (const row of entries.iterate(sliceStart, sliceEnd) as IterableIterator<StoredEntryRow>) {
      const seq = row[at.seq] as number;
      // Returning from inside for-of closes the statement: nothing past the first broken link is read.
      const brokenStubLink = stubsBefore(seq);
      if (brokenStubLink !== undefined) return { entriesChecked, firstBrokenLink: brokenStubLink };
      const problem = brokenLink(row, sliceReceipts.get(seq) ?? null, previous, after + entriesChecked + 1);
      if (problem !== undefined) return { entriesChecked, firstBrokenLink: { seq, problem } };
      previous = row[at.chain_hash] as string;
      entriesChecked += 1;
    }
    const brokenStubLink = stubsBefore(undefined);
    if (brokenStubLink !== undefined) return { entriesChecked, firstBrokenLink: brokenStubLink };
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

// The monthly totals recomputed from the entries against those kept: the account and month of the first row that differs, if any.
const totalsColumns = 'account_id, fund_id, currency, month, posting_kind, category, delta, postings, gross';
const recomputedTotals = `SELECT account_id, fund_id, currency, substr(entry_date, 1, 7) AS month, posting_kind, COALESCE(category, '') AS category,
                                 SUM(delta) AS delta, count(*) AS postings, SUM(ABS(delta)) AS gross
                            FROM postings GROUP BY 1, 2, 3, 4, 5, 6`;
// Recomputed once (MATERIALIZED): the sum over every posting is most of the statement's time. A
// sealed month's totals have no entries left to add up: sealedMonthsFinding checks them instead, and
// an entry dated in a sealed month is a recomputed row with no kept one.
const monthlyTotalsDifference = `WITH recomputed AS MATERIALIZED (${recomputedTotals}),
  kept AS MATERIALIZED (SELECT ${totalsColumns} FROM monthly_totals WHERE month NOT IN (SELECT month FROM sealed_months))
  SELECT account_id, month FROM (
    SELECT * FROM (SELECT * FROM recomputed EXCEPT SELECT * FROM kept)
    UNION ALL SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM recomputed)) LIMIT 1`;

function monthlyTotalsFinding(differing: unknown[] | undefined): Message {
  return differing === undefined ? passed : say('ledger.check.monthlyTotalsDiffer', { accountId: Number(differing[0]), month: String(differing[1]) });
}

/**
 * Each sealed month's totals against the hash it was sealed with, and its stubs against the number
 * of entries it had (which facts record, so neither can be changed alone).
 */
function sealedMonthsFinding(db: Ledger): Message | undefined {
  const months = db.prepare('SELECT m.month, m.entries, m.totals_hash, (SELECT count(*) FROM entry_stubs s WHERE s.month = m.month) AS stubs FROM sealed_months m ORDER BY m.month').all() as Array<
    Omit<SealedMonthRow, 'sealed_at'> & { stubs: number }
  >;
  for (const { month, entries, totals_hash: totalsHash, stubs } of months) {
    if (monthTotalsHash(db, month) !== totalsHash) return say('ledger.check.sealedMonthTotalsChanged', { month });
    if (stubs !== entries) return say('ledger.check.sealedMonthStubs', { month, sealed: entries, stubs });
  }
  return undefined;
}

function brokenStub([seq, month, contentHash, stubChainHash]: StubRow, sealedMonths: ReadonlySet<string>, previous: string, expectedSeq: number): Message | undefined {
  if (seq !== expectedSeq) return say('ledger.check.entryMissing', { seq: expectedSeq });
  if (!sealedMonths.has(month)) return say('ledger.check.stubOutsideSealedMonth', { seq, month });
  if (chainHash(previous, contentHash, seq) !== stubChainHash) return say('ledger.check.entryLinkBroken');
  return undefined;
}

function brokenLink(row: StoredEntryRow, receipt: Buffer | null, previous: string, expectedSeq: number): Message | undefined {
  const seq = row[at.seq] as number;
  const receiptSha256 = row[at.receipt_sha256];
  if (seq !== expectedSeq) return say('ledger.check.entryMissing', { seq: expectedSeq });
  if (!contentHolds(row)) return say('ledger.check.contentAltered');
  if ((receipt === null) !== (receiptSha256 === null)) return say('ledger.check.receiptMissingOrAdded');
  if (receipt !== null && createHash('sha256').update(receipt).digest('hex') !== receiptSha256) return say('ledger.check.receiptAltered');
  if (chainHash(previous, row[at.content_hash] as string, seq) !== row[at.chain_hash]) return say('ledger.check.entryLinkBroken');
  return undefined;
}
