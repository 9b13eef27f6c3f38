// Properties of importing: any valid statement books exactly the money its rows say moved, on the
// accounts it moved on, and a second import adds nothing; any bytes at all are either imported or
// refused with the core's own error, and a refusal writes nothing. Synthetic data only.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRequestSchema } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { statementText } from '../../../shared/statementText.ts';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { applyImport } from '../../../electron/core/import/applyImport.ts';
import { accountBalance } from '../../../electron/core/ledger/balances.ts';
import { chainHead } from '../../../electron/core/ledger/chainHead.ts';
import { factsHead } from '../../../electron/core/ledger/ledgerFacts.ts';
import { ledgersClosedAfterEachTest, noPersonalTies, openBareLedger } from '../ledger/bareLedger.ts';

const now = new Date('2026-12-01T12:00:00Z');
const ledger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-import-property-');
const fixtures = ['venmo.csv', 'paypal-long.csv', 'paypal-short.csv', 'cashapp.csv', 'bank-ofx1.ofx', 'bank-ofx2.qfx', 'card.ofx', 'bank.csv'].map((name) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url)),
);

/** A ledger with the credit union (#1) and the group's Venmo (#2). */
function ledgerWithVenmo() {
  const db = ledger();
  const venmo = addAccount(db, { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now).id;
  return { db, venmo, bank: 1 };
}

interface Row {
  kind: 'in' | 'out' | 'card' | 'transfer out' | 'transfer in';
  cents: number;
  fee: number;
  status: 'Complete' | 'Pending' | 'Canceled' | 'Failed';
  day: number;
  note: string;
}

const row: fc.Arbitrary<Row> = fc.record({
  kind: fc.constantFrom('in', 'out', 'card', 'transfer out', 'transfer in'),
  cents: fc.integer({ min: 1, max: 99_999_999 }),
  fee: fc.integer({ min: 0, max: 500 }),
  status: fc.constantFrom('Complete', 'Complete', 'Complete', 'Pending', 'Canceled', 'Failed'),
  day: fc.integer({ min: 1, max: 30 }),
  note: fc.string({ maxLength: 40, unit: 'grapheme' }),
});

/** An amount as Venmo writes it, in quotes, since it may hold a comma ("+ $1,000.00"). */
const dollars = (cents: number) => `$${Math.floor(cents / 100).toLocaleString('en')}.${String(cents % 100).padStart(2, '0')}`;
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** A Venmo statement of these rows, as Venmo writes one. */
function venmoStatement(rows: Row[]): string {
  const lines = [
    'Account Statement - (@Synthetic-Mutual-Aid)',
    'Account Activity',
    ',ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (fee),Funding Source,Destination,Beginning Balance,Ending Balance',
  ];
  rows.forEach((each, index) => {
    const day = `2026-11-${String(each.day).padStart(2, '0')}T12:00:00`;
    const fee = each.fee === 0 ? '' : `- ${dollars(each.fee)}`;
    const id = String(9_200_000_000_000_000_000n + BigInt(index));
    const member = `Member ${index}`;
    if (each.kind === 'in')
      lines.push(`,${id},${day},Payment,${each.status},${quoted(each.note)},${member},Synthetic Mutual Aid,${quoted(`+ ${dollars(each.cents)}`)},${quoted(fee)},,Venmo balance,,`);
    if (each.kind === 'out')
      lines.push(`,${id},${day},Payment,${each.status},${quoted(each.note)},Synthetic Mutual Aid,${member},${quoted(`- ${dollars(each.cents + each.fee)}`)},${quoted(fee)},Venmo balance,,,`);
    if (each.kind === 'card')
      lines.push(`,${id},${day},Payment,${each.status},${quoted(each.note)},Synthetic Mutual Aid,${member},${quoted(`- ${dollars(each.cents + each.fee)}`)},${quoted(fee)},Visa Debit *0000,,,`);
    if (each.kind === 'transfer out')
      lines.push(`,${id},${day},Standard Transfer,${each.status},,,,${quoted(`- ${dollars(each.cents + each.fee)}`)},${quoted(fee)},Venmo balance,Synthetic Credit Union *0000,,`);
    if (each.kind === 'transfer in') lines.push(`,${id},${day},Add Funds,${each.status},,,,${quoted(`+ ${dollars(each.cents)}`)},${quoted(fee)},Synthetic Credit Union *0000,Venmo balance,,`);
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** What the rows say moved on Venmo's balance and on the bank behind it. */
function moved(rows: Row[]): { venmo: number; bank: number } {
  let venmo = 0;
  let bank = 0;
  for (const each of rows.filter((one) => one.status === 'Complete')) {
    if (each.kind === 'in') venmo += each.cents;
    if (each.kind === 'out') venmo -= each.cents + each.fee;
    if (each.kind === 'card') bank -= each.cents + each.fee;
    if (each.kind === 'transfer out') {
      venmo -= each.cents + each.fee;
      bank += each.cents;
    }
    if (each.kind === 'transfer in') {
      // The bank sends what Venmo received plus Venmo's fee; the fee is taken on Venmo's side.
      venmo += each.cents;
      bank -= each.cents + each.fee;
    }
  }
  return { venmo, bank };
}

describe('importing, for any statement', () => {
  it('books exactly the money the rows say moved, on the account it moved on, once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), async (rows) => {
        const { db, venmo, bank } = ledgerWithVenmo();
        const before = { venmo: accountBalance(db, venmo), bank: accountBalance(db, bank) };
        const request = importRequestSchema.parse({ text: venmoStatement(rows), accountId: venmo, linkedAccountId: bank });
        const { preview } = await applyImport(db, request, undefined, now);
        expect(preview.counts.problem).toBe(0);
        const expected = moved(rows);
        expect(accountBalance(db, venmo) - before.venmo).toBe(expected.venmo);
        expect(accountBalance(db, bank) - before.bank).toBe(expected.bank);
        const head = chainHead(db);
        expect((await applyImport(db, request, undefined, now)).preview.counts.book).toBe(0);
        expect(chainHead(db)).toEqual(head);
      }),
      { numRuns: 30 },
    );
  });

  it('imports or refuses any bytes, a statement cut or spliced with noise too, and a refusal writes nothing', async () => {
    const { db, venmo, bank } = ledgerWithVenmo();
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      fc
        .tuple(fc.constantFrom(...fixtures), fc.uint8Array({ maxLength: 200 }), fc.nat(), fc.nat())
        .map(([file, noise, at, cut]) => Buffer.concat([file.subarray(0, at % file.length), noise, file.subarray(at % file.length, file.length - (cut % 40))])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (given) => {
        const heads = [chainHead(db), factsHead(db)];
        try {
          await applyImport(db, importRequestSchema.parse({ text: statementText(given), accountId: venmo, linkedAccountId: bank }), undefined, now);
        } catch (error) {
          if (!(error instanceof TreasuryError)) throw error;
          expect([chainHead(db), factsHead(db)]).toEqual(heads);
        }
      }),
      { numRuns: 300 },
    );
  });
});
