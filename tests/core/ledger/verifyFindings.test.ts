import { createHash } from 'node:crypto';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../shared/contract/index.ts';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { genesisChainHash } from '../../../electron/core/ledger/entryHash.ts';
import { factsHead } from '../../../electron/core/ledger/ledgerFacts.ts';
import { recordEntry } from '../../../electron/core/ledger/recordEntry.ts';
import { ledgerHead, verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import type { ReadElsewhere } from '../../../electron/core/vault/backgroundReader.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { noPersonalTies, contributionContent, ledgersClosedAfterEachTest, openEmptyLedger } from './bareLedger.ts';

// What verify finds and how it says it, on a bare ledger altered directly (no vault around it):
// receipts, a missing entry, heads and anchors written down, the checks run elsewhere, and its progress.
// verify.test.ts and anchoring.test.ts do the same through the app, as a treasurer meets them.
const now = new Date('2026-11-30T12:00:00.000Z');
const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-verify-');
const passed = say('ledger.check.ok');

/** An empty ledger with account #1 (USD) added as the app adds it, so that its facts record it. */
function bareLedger(): Ledger {
  const db = emptyLedger();
  addAccount(db, { name: 'Credit union', kind: 'bank', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
  return db;
}
const pdf = Buffer.from('%PDF-1.7\nsynthetic receipt\n', 'latin1');
const receipt = { mediaType: 'application/pdf' as const, dataBase64: pdf.toString('base64') };

function threeEntriesTheSecondWithAReceipt(): Ledger {
  const db = bareLedger();
  recordEntry(db, { kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: 1 }, now);
  recordEntry(db, { kind: 'fee', date: '2026-11-02', amount: 100, accountId: 1, receipt }, now);
  recordEntry(db, { kind: 'fee', date: '2026-11-03', amount: 100, accountId: 1 }, now);
  return db;
}

/** The checks verify runs elsewhere (SQLite's integrity check, the monthly totals), answered as told. */
const answeredElsewhere =
  (integrity: string[], differing: unknown[][] = []): ReadElsewhere =>
  ([sql]) =>
    Promise.resolve([sql === 'PRAGMA integrity_check' ? integrity.map((line) => [line]) : differing]);

describe('verify, finding what was altered', () => {
  it('a receipt taken away, added afterwards, or altered', async () => {
    const cases: [what: string, tamper: (db: Ledger) => void, problem: Message][] = [
      ['taken away', (db) => db.exec('DELETE FROM receipts WHERE entry_seq = 2'), say('ledger.check.receiptMissingOrAdded')],
      [
        'added to an entry that had none',
        (db) => db.prepare('INSERT INTO receipts (entry_seq, media_type, data) VALUES (3, ?, ?)').run('application/pdf', pdf),
        say('ledger.check.receiptMissingOrAdded'),
      ],
      ['altered', (db) => db.prepare('UPDATE receipts SET data = ? WHERE entry_seq = 2').run(Buffer.from('%PDF-1.7\nanother receipt\n')), say('ledger.check.receiptAltered')],
    ];
    for (const [what, tamper, problem] of cases) {
      const db = threeEntriesTheSecondWithAReceipt();
      expect((await verifyLedger(db)).ok, what).toBe(true);
      tamper(db);
      const seq = what === 'added to an entry that had none' ? 3 : 2;
      expect(await verifyLedger(db), what).toMatchObject({ ok: false, entriesChecked: seq - 1, firstBrokenLink: { seq, problem } });
    }
  });

  it('an entry taken out of the middle, named by its number', async () => {
    const db = threeEntriesTheSecondWithAReceipt();
    db.exec('DROP TRIGGER entries_are_never_deleted; DELETE FROM receipts WHERE entry_seq = 2; DELETE FROM entries WHERE seq = 2');
    expect(await verifyLedger(db)).toMatchObject({
      ok: false,
      entriesChecked: 1,
      firstBrokenLink: { seq: 3, problem: say('ledger.check.entryMissing', { seq: 2 }) },
      monthlyTotalsCheck: say('ledger.check.monthlyTotalsNotChecked'),
    });
  });

  it('every line of a failed integrity check, and monthly totals that differ, each enough to fail it', async () => {
    const db = threeEntriesTheSecondWithAReceipt();
    const damaged = await verifyLedger(db, {}, answeredElsewhere(['row 3 missing from index x', 'wrong # of entries in index x']));
    expect(damaged).toMatchObject({
      ok: false,
      integrityCheck: say('ledger.check.sqliteReport', { report: 'row 3 missing from index x; wrong # of entries in index x' }),
      firstBrokenLink: null,
      monthlyTotalsCheck: passed,
    });
    const totals = await verifyLedger(db, {}, answeredElsewhere(['ok'], [[1, '2026-11']]));
    expect(totals).toMatchObject({ ok: false, integrityCheck: passed, firstBrokenLink: null, monthlyTotalsCheck: say('ledger.check.monthlyTotalsDiffer', { accountId: 1, month: '2026-11' }) });
    expect(await verifyLedger(db, {}, answeredElsewhere(['ok']))).toMatchObject({ ok: true, monthlyTotalsCheck: passed });
  });

  it('a payment account altered behind the facts that record it, which alone fails it', async () => {
    const db = threeEntriesTheSecondWithAReceipt();
    db.exec("UPDATE payment_accounts SET name = 'Renamed elsewhere' WHERE id = 1");
    expect(await verifyLedger(db)).toMatchObject({
      ok: false,
      firstBrokenLink: null,
      monthlyTotalsCheck: passed,
      factsCheck: say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.account', { id: 1 }) }),
    });
  });
});

describe('verify, against what was written down', () => {
  it('says a chain ends before the head written down, even at nothing, and joins two problems', async () => {
    const db = emptyLedger();
    const written = { seq: 5, chainHash: 'ab'.repeat(32) };
    expect((await verifyLedger(db, { expectHead: written })).headCheck).toEqual(say('ledger.check.chainCutOff', { chain: 'entries', end: say('ledger.check.chainEmpty'), seq: 5 }));
    const three = threeEntriesTheSecondWithAReceipt();
    const facts = factsHead(three);
    if (facts === null) throw new Error('every ledger has facts: its built-in categories');
    expect((await verifyLedger(three, { expectHead: written, expectFactsHead: { seq: facts.seq, chainHash: 'cd'.repeat(32) } })).headCheck).toEqual(
      say('ledger.check.andAlso', {
        first: say('ledger.check.chainCutOff', { chain: 'entries', end: say('ledger.check.chainEnd', { seq: 3 }), seq: 5 }),
        next: say('ledger.check.chainRewritten', { chain: 'facts', seq: facts.seq }),
      }),
    );
  });

  it('an anchor: SHA-256 over both chain hashes as bytes, from the start of the entries too, and what no longer matches it', async () => {
    const db = bareLedger();
    const before = ledgerHead(db);
    const facts = factsHead(db);
    if (facts === null || before.anchor === null) throw new Error('every ledger has facts: its built-in categories');
    // Before any entry the anchor covers the genesis hash, as docs/ledger-format.md says.
    const expected = (entryHash: string) =>
      createHash('sha256')
        .update(Buffer.concat([Buffer.from(entryHash, 'hex'), Buffer.from(facts.chainHash, 'hex')]))
        .digest('hex');
    expect(before.anchor).toEqual({ entriesSeq: 0, factsSeq: facts.seq, hash: expected(genesisChainHash) });
    appendEntries(db, [{ content: contributionContent({}) }], now);
    expect((await verifyLedger(db, { expectAnchor: before.anchor })).headCheck).toEqual(passed);
    const after = ledgerHead(db).anchor;
    expect(after).toEqual({ entriesSeq: 1, factsSeq: facts.seq, hash: expected(ledgerHead(db).head?.chainHash ?? '') });
    const refusals: [anchor: typeof before.anchor, problem: Message][] = [
      [{ ...before.anchor, hash: 'ef'.repeat(32) }, say('ledger.check.anchorRewritten')],
      [{ ...before.anchor, entriesSeq: 7 }, say('ledger.check.anchorEntryGone', { seq: 7 })],
      [{ ...before.anchor, factsSeq: 99 }, say('ledger.check.anchorFactGone', { seq: 99 })],
    ];
    for (const [anchor, problem] of refusals) expect(await verifyLedger(db, { expectAnchor: anchor })).toMatchObject({ ok: false, headCheck: problem });
  });
});

it('reports its progress a slice of entries at a time (the last one full), then the database checks', async () => {
  const db = bareLedger();
  appendEntries(
    db,
    Array.from({ length: 4_000 }, () => ({ content: contributionContent({}) })),
    now,
  );
  const progress: Array<Omit<WorkProgress, 'work'>> = [];
  const result = await verifyLedger(db, {}, undefined, { between: (step) => (progress.push(step), Promise.resolve()), signal: new AbortController().signal });
  expect(result).toMatchObject({ ok: true, entriesChecked: 4_000 });
  expect(progress).toEqual([
    { step: 'entries', done: 2_000, total: 4_000 },
    { step: 'entries', done: 4_000, total: 4_000 },
    { step: 'database', done: 0, total: 0 },
  ]);
});
