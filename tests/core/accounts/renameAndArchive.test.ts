import { describe, expect, it } from 'vitest';
import { generalFundId } from '../../../shared/contract/index.ts';
import { list, money, say } from '../../../shared/messages/message.ts';
import { alterBehindTheAppsBack } from '../ledger/behindTheAppsBack.ts';
import { ledgerWithAccounts } from '../ledger/ledgerFixture.ts';
import { rejection } from '../treasuryFixture.ts';

describe('renaming an account or a fund', () => {
  it('changes the name everywhere, keeps the old one in its history, and entries keep pointing at the same account', async () => {
    const test = await ledgerWithAccounts();
    const { client, venmo } = test;
    const entry = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 2_500, accountId: venmo.id });
    test.clock.now = new Date('2026-11-21T09:00:00Z');
    const renamed = await client.accounts.rename({ accountId: venmo.id, name: 'Venmo (food)' });
    expect(renamed).toMatchObject({ id: venmo.id, name: 'Venmo (food)', formerNames: [{ name: 'Venmo', until: '2026-11-21' }] });
    expect((await client.ledger.list({})).entries.find((listed) => listed.seq === entry.seq)).toMatchObject({ accountId: venmo.id, accountName: 'Venmo (food)' });
    expect((await client.ledger.verify({})).ok).toBe(true);
    // The entry's hash did not change: the name is not part of what it records.
    expect((await client.ledger.list({})).entries[0]?.contentHash).toBe(entry.contentHash);
  });

  it('renames a fund, the general fund included, and verify still holds', async () => {
    const { client } = await ledgerWithAccounts();
    const bail = await client.funds.add({ name: 'Bail fnd', restricted: true, purpose: 'Bail for people arrested at the protest' });
    expect(await client.funds.rename({ fundId: bail.id, name: 'Bail fund' })).toMatchObject({ name: 'Bail fund', formerNames: [{ name: 'Bail fnd' }] });
    expect(await client.funds.rename({ fundId: generalFundId, name: 'Unrestricted' })).toMatchObject({ name: 'Unrestricted' });
    expect((await client.ledger.verify({})).factsCheck).toEqual(say('ledger.check.ok'));
  });

  it('refuses a name another account already has, in any case, and an unchanged name, writing nothing', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    const before = await client.ledger.head({});
    expect(await rejection(client.accounts.rename({ accountId: venmo.id, name: 'CREDIT UNION' }))).toMatchObject({ code: 'NAME_TAKEN', reason: say('accounts.nameTaken', { name: bank.name }) });
    expect(await rejection(client.accounts.rename({ accountId: venmo.id, name: 'Venmo' }))).toMatchObject({ code: 'INVALID_INPUT', reason: say('accounts.sameName', { name: 'Venmo' }) });
    expect(await rejection(client.accounts.rename({ accountId: 99, name: 'Else' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await client.ledger.head({})).toEqual(before);
  });

  it('may take a case-only change of its own name', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    expect((await client.accounts.rename({ accountId: venmo.id, name: 'VENMO' })).name).toBe('VENMO');
  });

  it('is caught by verify when a name is changed behind the app’s back', async () => {
    const test = await ledgerWithAccounts();
    await test.client.accounts.rename({ accountId: test.venmo.id, name: 'Venmo two' });
    await alterBehindTheAppsBack(test, (db) => db.prepare("UPDATE payment_accounts SET name = 'Venmo three', name_key = 'venmo three' WHERE id = ?").run(test.venmo.id));
    expect((await test.client.ledger.verify({})).factsCheck).toEqual(say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.account', { id: test.venmo.id }) }));
  });
});

describe('archiving an account or a fund', () => {
  it('archives an empty account: it stays in the list, marked, and no entry may use it until it is restored', async () => {
    const { client, venmo, bank } = await ledgerWithAccounts();
    expect(await client.accounts.archive({ accountId: venmo.id, archived: true })).toMatchObject({ archived: true });
    expect((await client.accounts.list()).accounts.map(({ name, archived }) => [name, archived])).toEqual([
      ['Credit union', false],
      ['Venmo', true],
    ]);
    expect(await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 100, accountId: venmo.id }))).toMatchObject({
      code: 'INVALID_ENTRY',
      reason: say('ledger.accountArchived', { account: 'Venmo' }),
    });
    expect(await rejection(client.ledger.record({ kind: 'transfer', date: '2026-11-02', amount: 100, accountId: bank.id, toAccountId: venmo.id }))).toMatchObject({
      reason: say('ledger.accountArchived', { account: 'Venmo' }),
    });
    await client.accounts.archive({ accountId: venmo.id, archived: false });
    expect((await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 100, accountId: venmo.id })).accountId).toBe(venmo.id);
    expect((await client.ledger.verify({})).ok).toBe(true);
  });

  it('refuses to archive an account that still holds money, or one already archived, writing nothing', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_234, accountId: venmo.id });
    const before = await client.ledger.head({});
    expect(await rejection(client.accounts.archive({ accountId: venmo.id, archived: true }))).toMatchObject({
      code: 'INVALID_INPUT',
      reason: say('accounts.archiveNotEmpty', { account: 'Venmo', balance: list([money(1_234, 'USD')]) }),
    });
    expect(await rejection(client.accounts.archive({ accountId: venmo.id, archived: false }))).toMatchObject({ reason: say('accounts.notArchived', { account: 'Venmo' }) });
    expect(await client.ledger.head({})).toEqual(before);
  });

  it('refuses to reverse an entry into an archived account', async () => {
    const { client, venmo, bank } = await ledgerWithAccounts();
    const moved = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 500, accountId: venmo.id });
    await client.ledger.record({ kind: 'transfer', date: '2026-11-02', amount: 500, accountId: venmo.id, toAccountId: bank.id });
    await client.accounts.archive({ accountId: venmo.id, archived: true });
    expect((await rejection(client.ledger.reverse({ seq: moved.seq }))).reason).toEqual(say('ledger.accountArchived', { account: 'Venmo' }));
  });

  it('archives a fund made by a slip at once; refuses the general fund and a fund with money in it', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const slip = await client.funds.add({ name: 'Bial', restricted: false });
    expect(await client.funds.archive({ fundId: slip.id, archived: true })).toMatchObject({ archived: true });
    expect(await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 100, accountId: bank.id, fundId: slip.id }))).toMatchObject({
      reason: say('ledger.fundArchived', { fund: 'Bial' }),
    });
    expect((await rejection(client.funds.archive({ fundId: generalFundId, archived: true }))).reason).toEqual(say('funds.generalNotArchived'));
    const rent = await client.funds.add({ name: 'Rent relief', restricted: false });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 700, accountId: bank.id, fundId: rent.id });
    expect((await rejection(client.funds.archive({ fundId: rent.id, archived: true }))).reason).toEqual(say('funds.archiveNotEmpty', { fund: 'Rent relief', balance: list([money(700, 'USD')]) }));
    expect((await client.ledger.verify({})).ok).toBe(true);
  });
});

describe('a restricted fund', () => {
  it('needs its purpose', async () => {
    const { client } = await ledgerWithAccounts();
    expect(await rejection(client.funds.add({ name: 'Bail', restricted: true }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await rejection(client.funds.add({ name: 'Bail', restricted: true, purpose: '   ' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await client.funds.list()).map((fund) => fund.name)).not.toContain('Bail');
  });
});
