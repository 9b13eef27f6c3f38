import { describe, expect, it } from 'vitest';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { entryRowValues, insertEntryRows } from '../../../electron/core/ledger/schema/entryRow.ts';
import type { EntryContent } from '../../../electron/core/ledger/entryHash.ts';
import { findEntry } from '../../../electron/core/ledger/entryQuery.ts';
import { say } from '../../../shared/messages/message.ts';
import { contributionContent, ledgersClosedAfterEachTest, noPersonalTies, openEmptyLedger } from './bareLedger.ts';
import { unhashed } from './unhashed.ts';

// An entry as the screens and the CLI read it: which way it moved its account's money, by how much,
// and whether a receipt is kept with it.
const now = new Date('2026-11-30T12:00:00Z');
const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-rows-');

describe('an entry as it is read back', () => {
  it('says which way each kind moved its account’s money, a reversal the other way', () => {
    const db = emptyLedger();
    addAccount(db, { name: 'Credit union', kind: 'bank', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
    const cases: Array<[EntryContent['kind'], number, 'in' | 'out', number]> = [
      ['contribution', 1, 'in', 700],
      ['contribution', -1, 'out', -700],
      ['adjustment', 1, 'in', 700],
      ['adjustment', -1, 'out', -700],
      ['disbursement', 1, 'out', -700],
      ['disbursement', -1, 'in', 700],
      ['fee', 1, 'out', -700],
      ['transfer', 1, 'out', -700],
    ];
    insertEntryRows(
      db,
      cases.map(([kind, sign], index) =>
        entryRowValues(
          index + 1,
          contributionContent({ kind, sign, amount: 700, receiptSha256: index === 0 ? 'ab'.repeat(32) : null, ...(kind === 'transfer' ? { toAccountId: 1, toFundId: 1 } : {}) }),
          unhashed,
          '0'.repeat(64),
        ),
      ),
    );
    cases.forEach(([kind, sign, direction, accountEffect], index) => {
      expect(findEntry(db, index + 1), `${kind} ${sign}`).toMatchObject({ kind, amount: 700, direction, accountEffect, hasReceipt: index === 0 });
    });
  });

  it('refuses an entry number the ledger does not hold', () => {
    const db = emptyLedger();
    expect(() => findEntry(db, 9)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', reason: say('ledger.entryNotFound', { seq: 9 }) }));
  });
});
