import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TreasuryError } from '../../../shared/errors.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

type Step =
  | { op: 'contribution' | 'disbursement' | 'fee'; account: 0 | 1; amount: number; restricted: boolean }
  | { op: 'transfer'; account: 0 | 1; amount: number; restricted: boolean }
  | { op: 'reverse'; pick: number };

const amount = fc.integer({ min: 1, max: 5_000_000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constantFrom('contribution', 'disbursement', 'fee') as fc.Arbitrary<'contribution' | 'disbursement' | 'fee'>,
    account: fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>,
    amount,
    restricted: fc.boolean(),
  }),
  fc.record({ op: fc.constant('transfer') as fc.Arbitrary<'transfer'>, account: fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>, amount, restricted: fc.boolean() }),
  fc.record({ op: fc.constant('reverse') as fc.Arbitrary<'reverse'>, pick: fc.nat() }),
);

// Over random sequences of entries and reversals (some refused by the rules), the balances the
// ledger reports always equal a model that adds up exactly what was accepted: not a cent lost or made.
describe('balances never lose or gain a cent', () => {
  it('holds over random entries and reversals', async () => {
    const test = await ledgerWithAccounts();
    const { client } = test;
    const accounts = [test.bank.id, test.venmo.id];
    const restricted = await client.funds.add({ name: 'Restricted', restricted: true, purpose: 'Synthetic purpose' });

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const before = await client.ledger.balances();
        const model = new Map(before.accounts.map((account) => [account.accountId, account.balance]));
        const modelFunds = new Map(before.funds.map((fund) => [fund.fundId, fund.balance]));
        const add = (map: Map<number, number>, key: number, delta: number) => map.set(key, (map.get(key) ?? 0) + delta);
        // What the model itself says each accepted entry did, so a reversal is checked against it.
        const effects = new Map<number, { from: number; to: number | undefined; fundId: number; delta: number; amount: number }>();

        for (const each of steps) {
          try {
            if (each.op === 'reverse') {
              const { entries } = await client.ledger.list({ limit: 1000 });
              const candidates = entries.filter((entry) => entry.reversesSeq === null && entry.reversedBySeq === null);
              if (candidates.length === 0) continue;
              const target = candidates[each.pick % candidates.length]!;
              const effect = effects.get(target.seq);
              if (effect === undefined) continue;
              await client.ledger.reverse({ seq: target.seq });
              add(model, effect.from, -effect.delta);
              add(modelFunds, effect.fundId, -effect.delta);
              if (effect.to !== undefined) {
                add(model, effect.to, -effect.amount);
                add(modelFunds, effect.fundId, -effect.amount);
              }
            } else {
              const fundId = each.restricted ? restricted.id : 1;
              const from = accounts[each.account]!;
              const entry =
                each.op === 'transfer'
                  ? await client.ledger.record({ kind: 'transfer', date: '2026-11-01', amount: each.amount, accountId: from, toAccountId: accounts[1 - each.account]!, fundId })
                  : await client.ledger.record({ kind: each.op, date: '2026-11-01', amount: each.amount, accountId: from, fundId });
              const delta = each.op === 'contribution' ? each.amount : -each.amount;
              const to = each.op === 'transfer' ? accounts[1 - each.account]! : undefined;
              effects.set(entry.seq, { from, to, fundId, delta, amount: each.amount });
              add(model, from, delta);
              add(modelFunds, fundId, delta);
              if (to !== undefined) {
                add(model, to, each.amount);
                add(modelFunds, fundId, each.amount);
              }
            }
          } catch (error) {
            // Refusals are part of the property: they must be typed, and must change nothing.
            if (!(error instanceof TreasuryError)) throw error;
            expect(['FUND_TOO_LOW', 'ALREADY_REVERSED', 'INVALID_ENTRY']).toContain(error.code);
          }
        }

        const after = await client.ledger.balances();
        for (const account of after.accounts) expect(account.balance).toBe(model.get(account.accountId) ?? 0);
        for (const fund of after.funds) expect(fund.balance).toBe(modelFunds.get(fund.fundId) ?? 0);
        const restrictedBalance = after.funds.find((fund) => fund.fundId === restricted.id)?.balance ?? 0;
        expect(restrictedBalance).toBeGreaterThanOrEqual(0);
        const sumOfAccounts = after.accounts.reduce((sum, account) => sum + account.balance, 0);
        expect(after.currencies).toEqual(sumOfAccounts === 0 && after.currencies.length === 0 ? [] : [{ currency: 'USD', amount: sumOfAccounts }]);
        expect((await client.ledger.verify()).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
