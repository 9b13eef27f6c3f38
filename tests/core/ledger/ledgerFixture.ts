import type { PaymentAccount } from '../../../shared/contract/index.ts';
import { passphrases, startTreasury, type TestTreasury } from '../treasuryFixture.ts';
import { noPersonalTies } from './bareLedger.ts';

export { noPersonalTies };

/** An unlocked vault with two synthetic USD accounts: a bank account and a Venmo account. */
export async function ledgerWithAccounts(now = new Date('2026-11-20T12:00:00Z')): Promise<TestTreasury & { bank: PaymentAccount; venmo: PaymentAccount }> {
  const test = startTreasury({ now });
  await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
  const bank = await test.client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', holder: 'organisation', security: noPersonalTies });
  const venmo = await test.client.accounts.add({
    name: 'Venmo',
    kind: 'venmo',
    currency: 'USD',
    holder: 'member',
    security: { mfa: false, personalPhone: true, personalName: true, personalCard: false },
  });
  return { ...test, bank, venmo };
}
