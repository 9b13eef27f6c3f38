// Shredding is real: after a run, a canary memo, recipient code, transaction id and receipt older than
// their policy are in no page of the database file (free pages included) and in no WAL frame,
// decrypted with the data key outside SQLite; younger canaries are still there. And what a run
// removed cannot be guessed back from what it kept.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { fieldDigest } from '../../../electron/core/ledger/entryHash.ts';
import { uninterrupted } from '../../../electron/core/longWork.ts';
import { applyRetention } from '../../../electron/core/retention/applyRetention.ts';
import { contributionContent } from '../ledger/bareLedger.ts';
import { decryptedPages, decryptedWalFrames, pagesContainingText } from '../vault/sqlcipherPages.ts';
import { chooseRecommended, fillAcrossMonths, now, retentionLedgers, sha256 } from './ledgerAcrossMonths.ts';

const ledger = retentionLedgers();

/** Canaries in an entry older than its policy (old) and one younger (young), each field of its own kind. */
const canary = (age: 'old' | 'young') => ({
  memo: `CANARY-MEMO-${age}-Q7W`,
  recipientCode: `R-C${age === 'old' ? 'OLD01' : 'YNG01'}`,
  transactionId: `CANARY-TX-${age}-8KD`,
  receipt: `CANARY-RECEIPT-${age}-5ZP`,
});

function addCanaries(db: ReturnType<typeof ledger>['db']): void {
  const entry = (age: 'old' | 'young', date: string) => {
    const words = canary(age);
    const receipt = { mediaType: 'image/png', data: Buffer.from(words.receipt) };
    return {
      content: contributionContent({
        kind: 'disbursement',
        date,
        amount: 1_234,
        memo: words.memo,
        recipientCode: words.recipientCode,
        platformTransactionId: words.transactionId,
        receiptSha256: sha256(receipt.data),
      }),
      receipt,
    };
  };
  // Old: past every field policy (12 months) but not the entries' (24 months). Young: a week old.
  appendEntries(db, [entry('old', '2025-06-10'), entry('young', '2026-11-13')], now);
}

describe('what a retention run removes', () => {
  it('is in no page of the database file, free pages included, nor in the WAL; what is younger stays', async () => {
    const { db, path, key, write } = ledger();
    fillAcrossMonths(db);
    addCanaries(db);
    chooseRecommended(db);
    // Before the run: the old canaries are in the file (the test can see them), some perhaps only in the WAL.
    const everywhere = () => [...decryptedPages(path, key), ...decryptedWalFrames(path, key)];
    for (const text of Object.values(canary('old'))) expect(pagesContainingText(everywhere(), text), text).not.toEqual([]);
    // The month of June 2023, about to be sealed, holds memos of its own.
    expect(pagesContainingText(everywhere(), 'Dues for 2023-06')).not.toEqual([]);

    await applyRetention(db, write, now, 'treasurer', uninterrupted);

    const pages = decryptedPages(path, key);
    expect(decryptedWalFrames(path, key)).toEqual([]);
    for (const text of [...Object.values(canary('old')), 'Dues for 2023-06', 'Groceries 2024-10', 'TX-2024-10']) expect(pagesContainingText(pages, text), text).toEqual([]);
    for (const text of [canary('young').memo, canary('young').recipientCode, canary('young').transactionId, canary('young').receipt]) {
      expect(pagesContainingText(pages, text), text).not.toEqual([]);
    }
  });

  it('cannot be guessed back: no recipient code a generator could make is left in any page, and the kept digest matches no code under any salt left', async () => {
    const { db, path, key, write } = ledger();
    fillAcrossMonths(db);
    addCanaries(db);
    chooseRecommended(db);
    const old = db.prepare('SELECT seq, recipient_code_digest AS digest FROM entries WHERE recipient_code = ?').get(canary('old').recipientCode) as { seq: number; digest: string };
    await applyRetention(db, write, now, 'treasurer', uninterrupted);

    // Every code of the generator's shape (R- and six Crockford base-32 characters) anywhere in the
    // decrypted file: one pass over all 2^30 at once. Only the codes of entries still holding theirs remain.
    const text = decryptedPages(path, key)
      .map((page) => page.toString('latin1'))
      .join('\n');
    const found = new Set(text.match(/R-[0-9A-HJKMNP-TV-Z]{6}/g) ?? []);
    const kept = new Set(db.prepare('SELECT recipient_code FROM entries WHERE recipient_code IS NOT NULL').pluck().all() as string[]);
    expect(found.has(canary('old').recipientCode)).toBe(false);
    expect([...found].filter((code) => !kept.has(code))).toEqual([]);

    // The digest is kept, but its salt went with the value: an attacker holding the key tries the
    // code against the digest under every salt left in the ledger (those of the fields not shredded).
    // Even the right code matches none; with the salt gone, each guess is a 128-bit salt as well.
    const row = db.prepare('SELECT recipient_code, recipient_code_salt, recipient_code_digest FROM entries WHERE seq = ?').get(old.seq) as Record<string, string | null>;
    expect(row).toEqual({ recipient_code: null, recipient_code_salt: null, recipient_code_digest: old.digest });
    const saltsLeft = db
      .prepare('SELECT memo_salt FROM entries UNION SELECT recipient_code_salt FROM entries UNION SELECT receipt_salt FROM entries UNION SELECT platform_transaction_id_salt FROM entries')
      .pluck()
      .all()
      .filter((salt): salt is string => typeof salt === 'string');
    expect(saltsLeft.length).toBeGreaterThan(10);
    expect(saltsLeft.some((salt) => fieldDigest(salt, 'recipientCode', canary('old').recipientCode) === old.digest)).toBe(false);
    // Unsalted, as format 1 hashed it, the same code is found in a moment from its hash alone.
    const unsalted = createHash('sha256').update(canary('old').recipientCode).digest('hex');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const guessed = [...alphabet].flatMap((a) => [...alphabet].map((b) => `R-COLD${a}${b}`)).find((code) => createHash('sha256').update(code).digest('hex') === unsalted);
    expect(guessed).toBe(canary('old').recipientCode);
  });
});
