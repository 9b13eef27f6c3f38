import { describe, expect, it } from 'vitest';
import { TreasuryError } from '../../../shared/errors.ts';
import { largestAmount, largestTotal } from '../../../shared/money.ts';
import { appendEntry } from '../../../electron/core/ledger/appendEntry.ts';
import { balances } from '../../../electron/core/ledger/balances.ts';
import { summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { rejection } from '../treasuryFixture.ts';
import { contributionContent, openBareLedger } from './bareLedger.ts';
import { list, money, say } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

const now = new Date('2026-11-20T12:00:00Z');

// Every balance and every total is a sum the app must hold exactly; past 2^53 cents a JavaScript
// number cannot, and every command would fail. The ledger never lets a total get there.
describe('totals cannot overflow', () => {
  it('refuses one amount past the largest an entry may hold', async () => {
    const { client, bank } = await ledgerWithAccounts();
    for (const amount of [largestAmount + 1, Number.MAX_SAFE_INTEGER]) {
      const refused = await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id }));
      expect(refused.code).toBe('INVALID_INPUT');
      expect(refused.reason).toEqual(say('input.invalid', { problems: list([say('input.field', { field: 'amount', problem: say('input.amountTooLarge', { largest: largestAmount }) })]) }));
    }
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: largestAmount, accountId: bank.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: largestAmount, accountId: bank.id });
    expect((await client.ledger.balances()).currencies).toEqual([{ currency: 'USD', amount: 2 * largestAmount }]);
  });

  it('refuses the entry that would take the money moved in a currency past the largest total, in and out alike', () => {
    const { db } = openBareLedger('mutual-ledger-flow-');
    const entries = largestTotal / largestAmount;
    db.transaction(() => {
      // In and out by turns: the balance stays small while the money moved grows; a filtered total could still overflow.
      for (let index = 0; index < entries; index += 1) appendEntry(db, contributionContent({ amount: largestAmount, kind: index % 2 === 0 ? 'contribution' : 'disbursement' }), now);
    })();
    const refused = (() => {
      try {
        appendEntry(db, contributionContent({ amount: 1 }), now);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(TreasuryError);
    expect((refused as TreasuryError).code).toBe('TOTAL_TOO_LARGE');
    expect((refused as TreasuryError).reason).toEqual(say('ledger.flowTooLarge', { currency: 'USD', largest: money(largestTotal, 'USD') }));
    expect(balances(db).currencies).toEqual([{ currency: 'USD', amount: 0 }]);
    expect(summariseEntries(db, {}).totals).toEqual([{ currency: 'USD', moneyIn: largestTotal / 2, moneyOut: largestTotal / 2, adjusted: 0 }]);
    db.close();
  });
});
