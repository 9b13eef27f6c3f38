// Format 2 (docs/ledger-format.md): an entry's memo, recipient code, receipt and platform transaction
// id are committed apart, each with a salt of its own, so that shredding one keeps the proof whole and
// leaves nothing to guess back. Synthetic data only.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { formatOneContentHash, type EntryContent } from '../../../electron/core/ledger/entryHash.ts';
import { countEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { shredFields } from './shredFields.ts';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { closeLedger, openLedger, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { say } from '../../../shared/messages/message.ts';
import { contributionContent, ledgersClosedAfterEachTest, openBareLedger, openBareLedgerAtSchema } from './bareLedger.ts';
import { appendFormatOneEntries } from './formatOne.ts';

const now = new Date('2026-11-20T12:00:00Z');
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-format-two-');
const receipt = { mediaType: 'image/png', data: Buffer.from('synthetic receipt bytes') };
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A disbursement with every shreddable field (the code a generated one), then a plain contribution after it. */
function ledgerWithFullEntry(): Ledger {
  const db = bareLedger();
  appendEntries(
    db,
    [
      { content: contributionContent({ amount: 50_000 }) },
      {
        content: contributionContent({
          kind: 'disbursement',
          amount: 4_500,
          memo: 'Groceries for the Tuesday pantry',
          recipientCode: 'R-7KQ2MX',
          receiptSha256: sha256(receipt.data),
          platformTransactionId: 'TX-SYNTHETIC-0001',
        }),
        receipt,
      },
      { content: contributionContent({ amount: 700 }) },
    ],
    now,
  );
  return db;
}

/** What verify says of the entries and the database (a bare ledger's accounts were added without their facts, so the facts check is not asked here). */
const entriesHold = (entriesChecked: number) => ({ entriesChecked, firstBrokenLink: null, integrityCheck: say('ledger.check.ok'), monthlyTotalsCheck: say('ledger.check.ok') });

const row = (db: Ledger, seq: number) => db.prepare('SELECT * FROM entries WHERE seq = ?').get(seq) as Record<string, string | number | null>;

describe('format 2: fields shredded without weakening the proof', () => {
  it('a ledger from before schema step 8 is upgraded at unlock: its entries stay format 1 and verify as before, and new entries, format 2, continue the chain', async () => {
    const older = openBareLedgerAtSchema('mutual-ledger-format-one-', 7);
    try {
      appendFormatOneEntries(older.db, [contributionContent({ memo: 'Monthly donors' }), contributionContent({ kind: 'disbursement', amount: 40, recipientCode: 'R-AAAAAA' })]);
      closeLedger(older.db);
      const upgraded = openLedger(join(older.folder, 'ledger.sqlite'), older.key);
      expect(await verifyLedger(upgraded)).toMatchObject(entriesHold(2));
      appendEntries(upgraded, [{ content: contributionContent({ memo: 'After the upgrade' }) }], now);
      expect(upgraded.prepare('SELECT format FROM entries ORDER BY seq').pluck().all()).toEqual([1, 1, 2]);
      expect(await verifyLedger(upgraded)).toMatchObject(entriesHold(3));
      // A format-1 entry cannot be shredded in place: verify could no longer check it, and its hash would still give a short field away.
      expect(shredFields(upgraded, [1, 2], ['memo', 'recipientCode'])).toBe(0);
      expect(() => upgraded.prepare('UPDATE entries SET memo = NULL WHERE seq = 1').run()).toThrow(/append-only/);
      closeLedger(upgraded);
    } finally {
      rmSync(older.folder, { recursive: true, force: true });
    }
  });

  it('an entry whose memo, recipient code, receipt and transaction id are shredded still verifies, keeps only their digests, and leaves the memo search', async () => {
    const db = ledgerWithFullEntry();
    expect(countEntries(db, { memoContains: 'pantry' })).toBe(1);
    expect(shredFields(db, [2], ['memo', 'recipientCode', 'receipt', 'platformTransactionId'])).toBe(1);
    expect(row(db, 2)).toMatchObject({ memo: null, memo_salt: null, recipient_code: null, recipient_code_salt: null, receipt_sha256: null, receipt_salt: null, platform_transaction_id: null });
    expect(row(db, 2).memo_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(db.prepare('SELECT count(*) FROM receipts').pluck().get()).toBe(0);
    expect(countEntries(db, { memoContains: 'pantry' })).toBe(0);
    expect(await verifyLedger(db)).toMatchObject(entriesHold(3));
  });

  it.each<[string, string]>([
    ['the amount', 'UPDATE entries SET amount = 4501 WHERE seq = 2'],
    ['the date', "UPDATE entries SET entry_date = '2026-11-02' WHERE seq = 2"],
    ['the account', 'UPDATE entries SET account_id = 2 WHERE seq = 2'],
    ['the kind', "UPDATE entries SET kind = 'fee' WHERE seq = 2"],
    ['a shredded field’s digest', "UPDATE entries SET memo_digest = '" + '1'.repeat(64) + "' WHERE seq = 2"],
    ['a memo put back without its salt', "UPDATE entries SET memo = 'Groceries for the Tuesday pantry' WHERE seq = 2"],
    ['the recipient code of an entry not shredded', "UPDATE entries SET recipient_code = 'R-7KQ2MY' WHERE seq = 2"],
  ])('after shredding, verify still finds %s changed behind the app’s back', async (_what, change) => {
    const db = ledgerWithFullEntry();
    if (!change.includes('recipient_code')) shredFields(db, [2], ['memo', 'recipientCode', 'receipt', 'platformTransactionId']);
    db.prepare(
      "INSERT INTO payment_accounts (name, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES ('Second', 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-01T00:00:00.000Z')",
    ).run();
    db.exec('DROP TRIGGER entries_are_never_changed');
    db.prepare(change).run();
    expect((await verifyLedger(db)).firstBrokenLink).toEqual({ seq: 2, problem: say('ledger.check.contentAltered') });
  });

  it('refuses every change to an entry but a whole shred: a public field, a digest, a salt kept without its value, or a value without its salt', () => {
    const db = ledgerWithFullEntry();
    for (const change of [
      'UPDATE entries SET amount = 1 WHERE seq = 2',
      'UPDATE entries SET memo_digest = NULL, memo = NULL, memo_salt = NULL WHERE seq = 2',
      'UPDATE entries SET memo = NULL WHERE seq = 2',
      'UPDATE entries SET memo_salt = NULL WHERE seq = 2',
      "UPDATE entries SET memo = 'Something else' WHERE seq = 2",
      'UPDATE entries SET format = 1 WHERE seq = 2',
    ]) {
      expect(() => db.prepare(change).run(), change).toThrow(/append-only/);
    }
    expect(() => db.prepare('DELETE FROM entries WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('nothing shredded can be guessed back: knowing all but two characters of a generated recipient code, all 1,024 candidates against what the row keeps find nothing (in format 1 they find it)', () => {
    const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const candidates = [...crockford].flatMap((first) => [...crockford].map((second) => `R-7KQ2${first}${second}`));
    const content = contributionContent({ kind: 'disbursement', amount: 4_500, recipientCode: 'R-7KQ2MX' });
    const guess = (matches: (candidate: EntryContent) => boolean) => candidates.filter((code) => matches({ ...content, recipientCode: code }));
    // Format 1: the kept content hash gives the code away.
    const formatOneHash = formatOneContentHash(content);
    expect(guess((candidate) => formatOneContentHash(candidate) === formatOneHash)).toEqual(['R-7KQ2MX']);

    // Format 2, shredded: the row keeps the digest and no salt; every text it holds is tried as the salt.
    const db = ledgerWithFullEntry();
    shredFields(db, [2], ['recipientCode']);
    const kept = row(db, 2);
    const texts = Object.values(kept).filter((value): value is string => typeof value === 'string');
    const hex = (text: string) => createHash('sha256').update(text).digest('hex');
    const digestOf = (salt: string | null, code: string) => hex(JSON.stringify([salt, 'recipientCode', code]));
    const found = candidates.filter((code) => [null, ...texts].some((salt) => digestOf(salt, code) === kept.recipient_code_digest) || hex(code) === kept.recipient_code_digest);
    expect(found).toEqual([]);
  });
});
