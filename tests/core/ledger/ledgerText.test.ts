import { describe, expect, it } from 'vitest';
import { rejection } from '../treasuryFixture.ts';
import { list, say } from '../../../shared/messages/message.ts';
import { codePointLabel, hiddenCharacterIn } from '../../../shared/text.ts';
import { ledgerWithAccounts, noPersonalTies } from './ledgerFixture.ts';

const account = (name: string) => ({ name, kind: 'bank' as const, currency: 'USD', holder: 'organisation' as const, security: noPersonalTies });

// Text is stored as the treasurer meant it, hashed as stored, and names cannot hide what they are.
describe('text that enters the ledger', () => {
  it('refuses a memo with a lone surrogate instead of storing U+FFFD and breaking verify forever', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const refused = await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100, accountId: bank.id, memo: 'rent \ud83d for June' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.reason).toEqual(say('common.brokenCharacter'));
    expect((await client.ledger.summarise({})).total).toBe(0);
    // A whole emoji (a surrogate pair) is fine.
    const kept = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100, accountId: bank.id, memo: 'rent 🏠 for June' });
    expect(kept.memo).toBe('rent 🏠 for June');
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('stores and hashes text in NFC, and keeps a memo’s control and bidi characters for the screens to show safely', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const entry = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100, accountId: bank.id, memo: 'Cafe\u0301 \u202Edlrow\u202C\u001b[2K' });
    expect(entry.memo).toBe('Café \u202Edlrow\u202C\u001b[2K');
    const [listed] = (await client.ledger.list({ memoContains: 'Café' })).entries;
    expect(listed?.seq).toBe(entry.seq);
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('refuses control, bidi and invisible characters in names and handles', async () => {
    const { client } = await ledgerWithAccounts();
    for (const name of ['Pay\u200Bpal', 'Bank\u202E', 'Cash\u0007box', 'Line\u2028two', 'Soft\u00ADhyphen', 'Ven\uFEFFmo']) {
      const refused = await rejection(client.accounts.add(account(name)));
      expect(refused.code, JSON.stringify(name)).toBe('INVALID_INPUT');
      expect(refused.reason).toEqual(
        say('input.invalid', { problems: list([say('input.field', { field: 'name', problem: say('input.hiddenCharacter', { found: codePointLabel(hiddenCharacterIn(name) ?? '') }) })]) }),
      );
      expect((await rejection(client.funds.add({ name, restricted: false }))).code).toBe('INVALID_INPUT');
    }
    expect((await rejection(client.accounts.add({ ...account('Savings'), handle: '00\u200B42' }))).code).toBe('INVALID_INPUT');
    expect((await client.accounts.list()).accounts).toHaveLength(2);
  });

  it('treats names that read the same as one name: Café, Cafe + combining accent, CAFÉ, and ß/SS', async () => {
    const { client } = await ledgerWithAccounts();
    const cafe = await client.accounts.add(account('Café'));
    for (const same of ['Cafe\u0301', 'CAFÉ', ' café ', 'ｃａｆé']) {
      const refused = await rejection(client.accounts.add(account(same)));
      expect(refused.code, same).toBe('NAME_TAKEN');
      expect(refused.reason).toEqual(say('accounts.nameTaken', { name: 'Café' }));
    }
    await client.funds.add({ name: 'Straße', restricted: false });
    expect(await rejection(client.funds.add({ name: 'STRASSE', restricted: false }))).toMatchObject({ code: 'NAME_TAKEN', reason: say('funds.nameTaken', { name: 'Straße' }) });
    await client.categories.add({ name: 'Café' });
    expect((await rejection(client.categories.add({ name: 'CAFE\u0301' }))).code).toBe('NAME_TAKEN');
    const entry = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100, accountId: cafe.id, category: 'CAFÉ' });
    expect(entry.category).toBe('café');
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('refuses a name that is only a number, which would shadow an account or fund number', async () => {
    const { client } = await ledgerWithAccounts();
    for (const name of ['2024', '#3', ' 17 ', '２', '𝟏', '#²']) {
      const refused = await rejection(client.accounts.add(account(name)));
      expect(refused.code, name).toBe('INVALID_INPUT');
      expect(refused.reason).toEqual(say('input.invalid', { problems: list([say('input.field', { field: 'name', problem: say('input.nameIsNumber') })]) }));
    }
    await client.accounts.add(account('Drive 2024'));
  });

  it('keeps one space between words, and refuses a name that starts with a combining mark or hides a variation selector', async () => {
    const { client } = await ledgerWithAccounts();
    expect((await rejection(client.accounts.add(account('Credit  union')))).code).toBe('NAME_TAKEN');
    expect((await client.funds.add({ name: 'Rent \u00A0  relief', restricted: false })).name).toBe('Rent relief');
    expect((await rejection(client.funds.add({ name: '\u0301', restricted: false }))).reason).toEqual(
      say('input.invalid', { problems: list([say('input.field', { field: 'name', problem: say('input.nameStartsWithMark') })]) }),
    );
    expect((await rejection(client.accounts.add(account('Venmo\uFE0F')))).code).toBe('INVALID_INPUT');
    await client.funds.add({ name: 'Food ❤️', restricted: false });
  });

  it('says the real limit of a memo, in characters people count', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const refused = await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100, accountId: bank.id, memo: 'x'.repeat(201) }));
    expect(refused.reason).toEqual(say('input.invalid', { problems: list([say('input.field', { field: 'memo', problem: say('input.tooLong', { maximum: 200 }) })]) }));
    // 200 emoji are 400 UTF-16 units, but 200 characters.
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100, accountId: bank.id, memo: '🏠'.repeat(200) });
    expect((await rejection(client.accounts.add(account('n'.repeat(61))))).reason).toEqual(
      say('input.invalid', { problems: list([say('input.field', { field: 'name', problem: say('input.tooLong', { maximum: 60 }) })]) }),
    );
  });
});
