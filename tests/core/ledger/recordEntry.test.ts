import { describe, expect, it } from 'vitest';
import { recordInputSchema, type RecordInput } from '../../../shared/contract/index.ts';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { addFund } from '../../../electron/core/funds/funds.ts';
import { recordEntry } from '../../../electron/core/ledger/recordEntry.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { problemsOf } from '../../../shared/messages/inputProblems.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { noPersonalTies, ledgersClosedAfterEachTest, openBareLedger } from './bareLedger.ts';

// How one entry is checked against the vault and filled in before it is appended, on a bare ledger (no
// vault): every refusal word for word, with nothing written, and the defaults. Which fields each kind
// takes is checked before, by the contract.
const now = new Date('2026-11-30T12:00:00.000Z');
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-record-');

/** Account 1 "Credit union" (USD, from openBareLedger), 2 "Venmo" (USD), 3 "Caja" (EUR); fund 1 general, 2 "Bail fund". */
function ledger(): Ledger {
  const db = bareLedger();
  addAccount(db, { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
  addAccount(db, { name: 'Caja', kind: 'cash-box', currency: 'EUR', holder: 'organisation', security: noPersonalTies }, now);
  addFund(db, { name: 'Bail fund', restricted: false }, now);
  recordEntry(db, { kind: 'contribution', date: '2026-11-01', amount: 50_000, accountId: 1 }, now);
  return db;
}

const entryCount = (db: Ledger) => db.prepare('SELECT count(*) FROM entries').pluck().get();

describe('recording an entry', () => {
  // Which fields a kind takes is the contract's: these never reach the core (the dispatcher parses every
  // input first), and are refused there, naming the field and the kind (tests/shared/recordInput.test.ts
  // goes through every kind and field).
  const shapeRefusals: [what: string, input: unknown, field: string, problem: Message][] = [
    ['a transfer with nowhere to go', { kind: 'transfer', date: '2026-11-02', amount: 1, accountId: 1 }, 'toAccountId', say('ledger.transferNeedsToAccount')],
    [
      'a second account on a payout',
      { kind: 'disbursement', date: '2026-11-02', amount: 1, accountId: 1, toAccountId: 2 },
      'toAccountId',
      say('ledger.onlyTransferHasSecond', { kind: 'disbursement' }),
    ],
    ['a second fund on a contribution', { kind: 'contribution', date: '2026-11-02', amount: 1, accountId: 1, toFundId: 2 }, 'toFundId', say('ledger.onlyTransferHasSecond', { kind: 'contribution' })],
    ['an adjustment with no direction', { kind: 'adjustment', date: '2026-11-02', amount: 1, accountId: 1 }, 'direction', say('ledger.adjustmentNeedsDirection')],
    ['a direction on a fee', { kind: 'fee', date: '2026-11-02', amount: 1, accountId: 1, direction: 'out' }, 'direction', say('ledger.onlyAdjustmentHasDirection', { kind: 'fee' })],
    ['a category on a transfer', { kind: 'transfer', date: '2026-11-02', amount: 1, accountId: 1, toAccountId: 2, category: 'bail' }, 'category', say('ledger.transferHasNoCategory')],
    ['a recipient code on a fee', { kind: 'fee', date: '2026-11-02', amount: 1, accountId: 1, recipientCode: 'R-7KQ2MX' }, 'recipientCode', say('ledger.onlyRecipientKindsHaveCode', { kind: 'fee' })],
    [
      'a recipient code on an adjustment',
      { kind: 'adjustment', date: '2026-11-02', amount: 1, accountId: 1, direction: 'in', recipientCode: 'R-7KQ2MX' },
      'recipientCode',
      say('ledger.onlyRecipientKindsHaveCode', { kind: 'adjustment' }),
    ],
  ];
  it.each(shapeRefusals)('leaves %s to the contract, which refuses it in that field, saying why', (_what, input, field, problem) => {
    const parsed = recordInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error && problemsOf(parsed.error)).toEqual([say('input.field', { field, problem })]);
  });

  // What only the vault can tell: the core's own refusals.
  const refusals: [what: string, input: RecordInput, reason: Message][] = [
    [
      'a transfer between currencies',
      { kind: 'transfer', date: '2026-11-02', amount: 1, accountId: 1, toAccountId: 3 },
      say('ledger.transferCurrencies', { from: 'Credit union', fromCurrency: 'USD', to: 'Caja', toCurrency: 'EUR' }),
    ],
    ['a transfer to the same account and fund', { kind: 'transfer', date: '2026-11-02', amount: 1, accountId: 1, toAccountId: 1 }, say('ledger.transferGoesNowhere')],
    ['a transfer to the same account, its fund named', { kind: 'transfer', date: '2026-11-02', amount: 1, accountId: 1, toAccountId: 1, fundId: 2, toFundId: 2 }, say('ledger.transferGoesNowhere')],
    ['a category the ledger lacks', { kind: 'disbursement', date: '2026-11-02', amount: 1, accountId: 1, category: 'yachts' }, say('ledger.unknownCategory', { category: 'yachts' })],
    ['a category the ledger lacks, on a fee', { kind: 'fee', date: '2026-11-02', amount: 1, accountId: 1, category: 'yachts' }, say('ledger.unknownCategory', { category: 'yachts' })],
  ];
  it.each(refusals)('refuses %s, says why, and writes nothing', (_what, input, reason) => {
    const db = ledger();
    expect(() => recordEntry(db, input, now)).toThrowError(expect.objectContaining({ code: 'INVALID_ENTRY', reason }));
    expect(entryCount(db)).toBe(1);
  });

  it('fills in what was left out: the general fund, the category "other", a recipient code for a payout only, no memo', () => {
    const db = ledger();
    const payout = recordEntry(db, { kind: 'disbursement', date: '2026-11-02', amount: 100, accountId: 1, memo: '' }, now);
    expect(payout).toMatchObject({ fundId: 1, category: 'other', memo: null, currency: 'USD', recordedAt: now.toISOString() });
    expect(payout.recipientCode).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(recordEntry(db, { kind: 'contribution', date: '2026-11-02', amount: 100, accountId: 1 }, now)).toMatchObject({ category: 'other', recipientCode: null });
    expect(recordEntry(db, { kind: 'fee', date: '2026-11-02', amount: 100, accountId: 1 }, now)).toMatchObject({ category: null, recipientCode: null });
    expect(recordEntry(db, { kind: 'adjustment', date: '2026-11-02', amount: 100, accountId: 1, direction: 'in' }, now)).toMatchObject({ category: null, recipientCode: null });
  });

  it('keeps what was given: the category, the recipient code, the memo, the fund', () => {
    const db = ledger();
    const given = recordEntry(db, { kind: 'contribution', date: '2026-11-02', amount: 100, accountId: 2, fundId: 2, category: 'food', recipientCode: 'R-7KQ2MX', memo: 'Synthetic memo' }, now);
    expect(given).toMatchObject({ accountId: 2, fundId: 2, category: 'food', recipientCode: 'R-7KQ2MX', memo: 'Synthetic memo' });
  });

  it('an adjustment goes the way it says, and a transfer moves money between funds of one account', () => {
    const db = ledger();
    const balance = () => db.prepare('SELECT COALESCE(SUM(delta), 0) FROM postings WHERE account_id = 1').pluck().get();
    recordEntry(db, { kind: 'adjustment', date: '2026-11-02', amount: 700, accountId: 1, direction: 'out' }, now);
    expect(balance()).toBe(50_000 - 700);
    recordEntry(db, { kind: 'adjustment', date: '2026-11-02', amount: 200, accountId: 1, direction: 'in' }, now);
    expect(balance()).toBe(50_000 - 500);
    const transfer = recordEntry(db, { kind: 'transfer', date: '2026-11-02', amount: 300, accountId: 1, toAccountId: 1, toFundId: 2 }, now);
    expect(transfer).toMatchObject({ accountId: 1, toAccountId: 1, fundId: 1, toFundId: 2, category: null, recipientCode: null });
    expect(balance()).toBe(50_000 - 500);
    const between = recordEntry(db, { kind: 'transfer', date: '2026-11-02', amount: 300, accountId: 1, toAccountId: 2 }, now);
    expect(between).toMatchObject({ toAccountId: 2, toFundId: null });
  });
});
