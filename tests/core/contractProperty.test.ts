import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestAmount } from '../../shared/money.ts';
import { ledgerWithAccounts } from './ledger/ledgerFixture.ts';

// What a hostile tester, a phone paste or a buggy script can send through any front door. Every
// call over the contract either is refused with a typed error or writes something that verifies;
// never an internal error, never a ledger that no longer checks out.

const hostileCharacter = fc.constantFrom(
  '\ud83d',
  '\udc00',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u0000',
  '\u001b',
  '\r',
  '\n',
  '\u2028',
  '\u0301',
  'ß',
  'İ',
  'ﬁ',
  '🏠',
  '#',
  '%',
  '_',
  '\\',
  "'",
  '"',
);
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.oneof(hostileCharacter, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.constantFrom('', ' ', '2024', '#1', 'Cafe\u0301', 'CAFÉ', 'x'.repeat(201), '🏠'.repeat(200), 'Credit union', 'VENMO'),
);
const hostileAmount = fc.oneof(
  fc.integer({ min: -10, max: 10 }),
  fc.integer({ min: 1, max: largestAmount }),
  fc.constantFrom(largestAmount, largestAmount + 1, Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e300),
  fc.double(),
);
const hostileDate = fc.oneof(
  fc.date({ min: new Date('1999-06-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('0000-01-01', '0026-11-01', '1900-01-01', '9999-12-31', '2026-02-29', '2024-02-29', '2026-02-30', '2026-13-01', '2026-1-1', '20261101', '2026-11-01T00:00:00Z', ''),
  fc.string({ maxLength: 12 }),
);
const id = fc.oneof(fc.constantFrom(1, 2, 3), fc.integer({ min: -1, max: 5 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, 1.5));
const kind = fc.constantFrom('contribution', 'disbursement', 'transfer', 'fee', 'adjustment', 'gift', '');
// Mostly well-formed calls with one hostile field, so that writes happen and are then verified;
// a call hostile everywhere is refused at its first field and proves little.
const plausible = <T, U>(good: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: hostile, weight: 1 });
const plainDate = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-11-19T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const call = fc.oneof(
  fc.record({
    method: fc.constant('accounts.add'),
    input: fc.record(
      {
        name: hostileText,
        kind: fc.constantFrom('bank', 'venmo', 'nope'),
        currency: fc.constantFrom('USD', 'EUR', 'JPY', 'usd', 'XXX', 'ABC'),
        holder: fc.constant('organisation'),
        security: fc.constant({ mfa: true, personalPhone: false, personalName: false, personalCard: false }),
        handle: hostileText,
      },
      { requiredKeys: ['name', 'kind', 'currency', 'holder', 'security'] },
    ),
  }),
  fc.record({
    method: fc.constant('ledger.record'),
    input: fc.record({
      kind: fc.constant('transfer'),
      date: plainDate,
      amount: plausible(fc.integer({ min: 1, max: 100_000 }), hostileAmount),
      accountId: fc.constantFrom(1, 2),
      toAccountId: id,
      fundId: id,
      toFundId: id,
      memo: hostileText,
    }),
  }),
  fc.record({ method: fc.constant('funds.add'), input: fc.record({ name: hostileText, restricted: fc.boolean(), purpose: hostileText }, { requiredKeys: ['name', 'restricted'] }) }),
  fc.record({ method: fc.constant('categories.add'), input: fc.record({ name: hostileText }) }),
  fc.record({ method: fc.constant('categories.rename'), input: fc.record({ name: hostileText, to: hostileText }) }),
  fc.record({
    method: fc.constant('ledger.record'),
    input: fc.record(
      {
        kind: plausible(fc.constantFrom('contribution', 'disbursement', 'fee'), kind),
        date: plausible(plainDate, hostileDate),
        amount: plausible(fc.integer({ min: 1, max: 100_000 }), hostileAmount),
        accountId: plausible(fc.constantFrom(1, 2), id),
        fundId: plausible(fc.constant(1), id),
        category: plausible(fc.constantFrom('food', 'rent'), hostileText),
        recipientCode: plausible(fc.constantFrom('R-7KQ2MX', 'r-abc'), hostileText),
        memo: hostileText,
      },
      { requiredKeys: ['kind', 'date', 'amount', 'accountId', 'memo'] },
    ),
  }),
  fc.record({ method: fc.constant('ledger.reverse'), input: fc.record({ seq: fc.integer({ min: 1, max: 40 }), memo: hostileText }, { requiredKeys: ['seq'] }) }),
  fc.record({
    method: fc.constant('accounts.setStatus'),
    input: fc.record({
      accountId: plausible(fc.constantFrom(1, 2), id),
      status: fc.constantFrom('active', 'limited', 'frozen', 'closed'),
      date: plausible(fc.constant('2026-11-20'), hostileDate),
      reason: hostileText,
    }),
  }),
  fc.record({
    method: fc.constant('accounts.reconcile'),
    input: fc.record({ accountId: plausible(fc.constantFrom(1, 2), id), date: plausible(plainDate, hostileDate), statementBalance: hostileAmount }),
  }),
  fc.record({ method: fc.constant('ledger.setEarliestDate'), input: fc.record({ earliestDate: hostileDate }) }),
  fc.record({ method: fc.constant('ledger.list'), input: fc.record({ memoContains: hostileText, recipientCode: hostileText, category: hostileText, from: hostileDate }, { requiredKeys: [] }) }),
  fc.record({ method: fc.constant('ledger.count'), input: fc.record({ memoContains: hostileText, kind: fc.constantFrom('contribution', 'fee') }, { requiredKeys: [] }) }),
  fc.record({ method: fc.constant('ledger.summarise'), input: fc.record({ memoContains: hostileText, accountId: id }, { requiredKeys: [] }) }),
);

describe('the contract under hostile input', () => {
  it('answers every call with a typed refusal or a write that verifies, never an internal error', async () => {
    const test = await ledgerWithAccounts();
    const internal: unknown[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 12 }), async (calls) => {
        for (const { method, input } of calls) {
          const result = await test.treasury.dispatcher.call(method, input);
          if (!result.ok && result.error.code === 'INTERNAL') internal.push({ method, input });
        }
        expect(internal).toEqual([]);
        const verified = await test.client.ledger.verify();
        expect(verified, JSON.stringify(verified)).toMatchObject({ ok: true });
      }),
      { numRuns: 80 },
    );
  }, 240_000);
});
