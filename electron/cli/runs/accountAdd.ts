// What `mutual-ledger account add` does once its command line is read (its help and flags: ../commands/accountAdd.ts).
import { accountKinds, contract, type PaymentAccount } from '../../../shared/contract/index.ts';
import { isKnownCurrency } from '../../../shared/money.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { choiceFlag, requiredFlag, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderFacts } from '../textTable.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const accountFields = contract.accounts.add.input.shape;
  const name = textFlag(requiredFlag(values, 'name', 'account add'), accountFields.name, '--name');
  const kind = choiceFlag(requiredFlag(values, 'kind', 'account add'), accountKinds, '--kind');
  const currency = requiredFlag(values, 'currency', 'account add').trim().toUpperCase();
  if (!isKnownCurrency(currency)) throw usageError(`--currency "${values.currency}" is not an ISO 4217 currency code such as USD or EUR.`);
  const holder = choiceFlag(values.holder ?? 'organisation', ['organisation', 'member'] as const, '--holder');
  const security = {
    mfa: values.mfa === true,
    personalPhone: values['personal-phone'] === true,
    personalName: values['personal-name'] === true,
    personalCard: values['personal-card'] === true,
  };
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const account = await client.accounts.add({
      name,
      kind,
      currency,
      holder,
      security,
      ...(values.handle === undefined ? {} : { handle: textFlag(values.handle, accountFields.handle, '--handle') }),
    });
    out.show(account, renderAdded);
  });
}

function renderAdded(account: PaymentAccount): string {
  const facts: Array<[string, string]> = [
    ['Kind', account.kind],
    ['Currency', account.currency],
    ['Handle', account.handle ?? '(none)'],
    ['Held by', account.holder === 'member' ? 'a member (personal account)' : 'the group'],
    ['MFA', account.security.mfa ? 'on' : 'off: turn it on at the platform if it offers it'],
    ['Status', 'active'],
  ];
  const ties = [
    ...(account.holder === 'member' ? ['held by a member'] : []),
    ...(account.security.personalPhone ? ['a personal phone'] : []),
    ...(account.security.personalName ? ['a personal name'] : []),
    ...(account.security.personalCard ? ['a personal card'] : []),
  ];
  const flag = account.tiedToMember
    ? `\n\nFlagged: tied to a member (${ties.join(', ')}). Its records can lead to that person;\nmove the group's money to an account in the group's name when you can.`
    : '';
  return `Added payment account #${account.id} "${account.name}".\n\n${renderFacts(facts)}${flag}`;
}
