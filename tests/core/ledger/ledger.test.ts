import { describe, expect, it } from 'vitest';
import { rejection } from '../treasuryFixture.ts';
import { day, list, money, say, type Message } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

describe('the ledger', () => {
  it('records entries and derives balances per account, fund and currency', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 120_050, accountId: bank.id, memo: 'Monthly donors' });
    await client.ledger.record({ kind: 'transfer', date: '2026-11-02', amount: 20_000, accountId: bank.id, toAccountId: venmo.id });
    const payout = await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 7_500, accountId: venmo.id, category: 'food' });
    await client.ledger.record({ kind: 'fee', date: '2026-11-03', amount: 25, accountId: venmo.id });
    await client.ledger.record({ kind: 'adjustment', direction: 'out', date: '2026-11-04', amount: 5, accountId: bank.id, memo: 'Rounding at the bank' });

    expect(payout.recipientCode).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(payout.accountEffect).toBe(-7_500);
    const { accounts, funds, currencies } = await client.ledger.balances();
    expect(accounts).toEqual([
      { accountId: bank.id, name: 'Credit union', currency: 'USD', balance: 100_045 },
      { accountId: venmo.id, name: 'Venmo', currency: 'USD', balance: 12_475 },
    ]);
    expect(funds).toEqual([{ fundId: 1, name: 'General', restricted: false, currency: 'USD', balance: 112_520 }]);
    expect(currencies).toEqual([{ currency: 'USD', amount: 112_520 }]);
  });

  it('refuses a disbursement from a frozen account, names the alternative, and writes nothing', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 50_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 10_000, accountId: bank.id });
    const frozen = await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Platform review' });
    expect(frozen).toMatchObject({ status: 'frozen', heldAtFreeze: 50_000, daysFrozen: 10 });

    const refused = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-15', amount: 1_000, accountId: venmo.id, category: 'bail' }));
    expect(refused.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(refused.reason).toEqual(say('accounts.cannotPayOut', { account: 'Venmo', status: say('accounts.status.frozen'), date: day('2026-11-15'), amount: money(1_000, 'USD') }));
    expect(refused.hints).toEqual([say('accounts.couldPayInstead', { account: 'Credit union', status: say('accounts.status.active'), balance: money(10_000, 'USD') })]);
    expect((await client.ledger.summarise({})).total).toBe(2);

    // Before the freeze the account could still pay; a backdated payout is recorded.
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-09', amount: 1_000, accountId: venmo.id, category: 'bail' });
    const overview = await client.accounts.list();
    expect(overview.stuckInFrozen).toEqual([{ currency: 'USD', amount: 49_000 }]);
    expect(overview.warnings).toContainEqual(say('accounts.stuckInFrozen', { amount: money(49_000, 'USD') }));
  });

  it('keeps a restricted fund from going below zero, saying how much it holds', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail only' });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 30_000, accountId: bank.id, fundId: bail.id, category: 'bail' });
    const refused = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-02', amount: 30_001, accountId: bank.id, fundId: bail.id, category: 'bail' }));
    expect(refused.code).toBe('FUND_TOO_LOW');
    expect(refused.reason).toEqual(say('funds.restrictedTooLow', { fund: 'Bail fund', held: money(30_000, 'USD'), date: day('2026-11-02'), after: money(-1, 'USD') }));
    expect((await client.ledger.summarise({})).total).toBe(1);
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-02', amount: 30_000, accountId: bank.id, fundId: bail.id, category: 'bail' });
    expect((await client.funds.list()).funds.find((fund) => fund.id === bail.id)?.balances).toEqual([{ currency: 'USD', amount: 0 }]);
  });

  it('a transfer can move money between funds inside one account', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const rent = await client.funds.add({ name: 'Rent relief', restricted: true });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 10_000, accountId: bank.id });
    await client.ledger.record({ kind: 'transfer', date: '2026-11-02', amount: 4_000, accountId: bank.id, toAccountId: bank.id, toFundId: rent.id });
    const { funds } = await client.funds.list();
    expect(funds.map((fund) => [fund.name, fund.balances])).toEqual([
      ['General', [{ currency: 'USD', amount: 6_000 }]],
      ['Rent relief', [{ currency: 'USD', amount: 4_000 }]],
    ]);
  });

  it('reverses an entry once, linked both ways; a second reversal is refused', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const original = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 9_900, accountId: bank.id });
    const reversal = await client.ledger.reverse({ seq: original.seq });
    expect(reversal).toMatchObject({ reversesSeq: original.seq, accountEffect: -9_900, memo: `Reverses #${original.seq}` });
    expect((await client.ledger.list({})).entries.find((entry) => entry.seq === original.seq)?.reversedBySeq).toBe(reversal.seq);
    expect((await rejection(client.ledger.reverse({ seq: original.seq }))).code).toBe('ALREADY_REVERSED');
    expect((await rejection(client.ledger.reverse({ seq: reversal.seq }))).code).toBe('INVALID_ENTRY');
    expect((await client.ledger.balances()).accounts[0]?.balance).toBe(0);
  });

  it('refuses entries that break the rules, with the reason', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    const cases: Array<[Parameters<typeof client.ledger.record>[0], Message]> = [
      [{ kind: 'contribution', date: '2027-01-01', amount: 1, accountId: bank.id }, say('ledger.datedInFuture', { dated: 'entry' })],
      [{ kind: 'disbursement', date: '2026-11-01', amount: 1, accountId: bank.id, category: 'yachts' }, say('ledger.unknownCategory', { category: 'yachts' })],
    ];
    for (const [input, reason] of cases) expect(await rejection(client.ledger.record(input))).toMatchObject({ code: 'INVALID_ENTRY', reason });
    // Which fields a kind takes is the contract's: refused before the core, in the field, naming the kind.
    const shapes: Array<[unknown, string, Message]> = [
      [{ kind: 'transfer', date: '2026-11-01', amount: 1, accountId: bank.id }, 'toAccountId', say('ledger.transferNeedsToAccount')],
      [{ kind: 'disbursement', date: '2026-11-01', amount: 1, accountId: bank.id, toAccountId: venmo.id }, 'toAccountId', say('ledger.onlyTransferHasSecond', { kind: 'disbursement' })],
      [{ kind: 'adjustment', date: '2026-11-01', amount: 1, accountId: bank.id }, 'direction', say('ledger.adjustmentNeedsDirection')],
      [{ kind: 'fee', date: '2026-11-01', amount: 1, accountId: bank.id, recipientCode: 'R-ABC' }, 'recipientCode', say('ledger.onlyRecipientKindsHaveCode', { kind: 'fee' })],
    ];
    for (const [input, field, problem] of shapes) {
      const reason = say('input.invalid', { problems: list([say('input.field', { field, problem })]) });
      expect(await rejection(client.ledger.record(input as Parameters<typeof client.ledger.record>[0]))).toMatchObject({ code: 'INVALID_INPUT', reason });
    }
    expect(await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1, accountId: 999 }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: say('accounts.notFound', { id: 999 }),
    });
    expect(await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1, accountId: bank.id, fundId: 99 }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: say('funds.notFound', { id: 99 }),
    });
    expect((await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1.5, accountId: bank.id }))).code).toBe('INVALID_INPUT');
    expect((await client.ledger.summarise({})).total).toBe(0);
  });

  it('filters by date, account, category, kind, recipient and memo, with totals of the filtered view', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-10-01', amount: 50_000, accountId: bank.id, memo: 'October 100% donors' });
    await client.ledger.record({ kind: 'transfer', date: '2026-10-02', amount: 10_000, accountId: bank.id, toAccountId: venmo.id });
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-01', amount: 2_000, accountId: venmo.id, category: 'rent', recipientCode: 'r-001' });
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-02', amount: 3_000, accountId: venmo.id, category: 'food', recipientCode: 'R-002' });

    const all = await client.ledger.list({});
    expect(all.entries.map((entry) => entry.date)).toEqual(['2026-11-02', '2026-11-01', '2026-10-02', '2026-10-01']);
    expect(await client.ledger.summarise({})).toEqual({ total: 4, includesShredded: false, totals: [{ currency: 'USD', moneyIn: 50_000, moneyOut: 5_000, adjusted: 0 }] });
    expect((await client.ledger.summarise({ accountId: venmo.id })).totals).toEqual([{ currency: 'USD', moneyIn: 10_000, moneyOut: 5_000, adjusted: 0 }]);
    expect((await client.ledger.summarise({ from: '2026-11-01', to: '2026-11-01' })).total).toBe(1);
    expect((await client.ledger.list({ category: 'Food' })).entries.map((entry) => entry.amount)).toEqual([3_000]);
    expect((await client.ledger.summarise({ kind: 'transfer' })).total).toBe(1);
    expect((await client.ledger.list({ recipientCode: 'r-001' })).entries[0]?.amount).toBe(2_000);
    expect((await client.ledger.summarise({ memoContains: '100%' })).total).toBe(1);
    expect((await client.ledger.summarise({ memoContains: '1%' })).total).toBe(0);
    expect((await client.ledger.list({ offset: 1, limit: 2 })).entries.map((entry) => entry.date)).toEqual(['2026-11-01', '2026-10-02']);
  });

  it('keeps a receipt encrypted with its entry, and refuses a file that is not what it claims', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('synthetic receipt')]);
    const entry = await client.ledger.record({
      kind: 'disbursement',
      date: '2026-11-01',
      amount: 1_299,
      accountId: bank.id,
      category: 'transport',
      receipt: { mediaType: 'image/png', dataBase64: png.toString('base64') },
    });
    expect(entry.hasReceipt).toBe(true);
    expect(await client.ledger.receipt({ seq: entry.seq })).toEqual({ mediaType: 'image/png', dataBase64: png.toString('base64') });
    const refused = await rejection(
      client.ledger.record({ kind: 'disbursement', date: '2026-11-01', amount: 1, accountId: bank.id, receipt: { mediaType: 'image/jpeg', dataBase64: png.toString('base64') } }),
    );
    expect(refused).toMatchObject({ code: 'INVALID_ENTRY', reason: say('ledger.receiptWrongType', { mediaType: 'image/jpeg' }) });
  });
});
