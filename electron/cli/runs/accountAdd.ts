// What `mutual-ledger account add` does once its command line is read (its help and flags: ../commands/accountAdd.ts).
import { accountKinds, contract, type PaymentAccount } from '../../../shared/contract/index.ts';
import { list, say, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { isKnownCurrency } from '../../../shared/money.ts';
import { statusWords } from '../../../shared/messages/ledgerWords.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { choiceFlag, requiredFlag, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderFacts } from '../textTable.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const accountFields = contract.accounts.add.input.shape;
  const name = textFlag(requiredFlag(values, 'name', 'account add'), accountFields.name, '--name');
  const kind = choiceFlag(requiredFlag(values, 'kind', 'account add'), accountKinds, '--kind');
  const currency = requiredFlag(values, 'currency', 'account add').trim().toUpperCase();
  if (!isKnownCurrency(currency)) throw usageError(say('cli.accountAdd.notACurrency', { currency: values.currency ?? '' }));
  const holder = choiceFlag(values.holder ?? 'organisation', ['organisation', 'member'] as const, '--holder');
  const security = {
    mfa: values.mfa === true,
    personalPhone: values['personal-phone'] === true,
    personalName: values['personal-name'] === true,
    personalCard: values['personal-card'] === true,
  };
  await withUnlockedTreasury(context, async (client) => {
    const account = await client.accounts.add({
      name,
      kind,
      currency,
      holder,
      security,
      ...(values.handle === undefined ? {} : { handle: textFlag(values.handle, accountFields.handle, '--handle') }),
    });
    out.show(account, (added) => renderAdded(added, out.words));
  });
}

function renderAdded(account: PaymentAccount, words: Translator): string {
  const facts: Array<[string, string]> = [
    [words.words('cli.accountAdd.label.kind'), account.kind],
    [words.words('cli.accountAdd.label.currency'), account.currency],
    [words.words('cli.accountAdd.label.handle'), account.handle ?? words.words('cli.accountAdd.noHandle')],
    [words.words('cli.accountAdd.label.heldBy'), words.words(account.holder === 'member' ? 'cli.accountAdd.heldByMember' : 'cli.accountAdd.heldByGroup')],
    [words.words('cli.accountAdd.label.mfa'), words.words(account.security.mfa ? 'cli.accountAdd.mfaOn' : 'cli.accountAdd.mfaOff')],
    [words.words('cli.accountAdd.label.status'), words.say(statusWords['active'])],
  ];
  const ties: Message[] = [
    ...(account.holder === 'member' ? [say('cli.accountAdd.tie.heldByMember')] : []),
    ...(account.security.personalPhone ? [say('cli.accountAdd.tie.personalPhone')] : []),
    ...(account.security.personalName ? [say('cli.accountAdd.tie.personalName')] : []),
    ...(account.security.personalCard ? [say('cli.accountAdd.tie.personalCard')] : []),
  ];
  const flag = account.tiedToMember ? `\n\n${words.words('cli.accountAdd.flagged', { ties: list(ties) })}` : '';
  return `${words.words('cli.accountAdd.added', { id: String(account.id), name: account.name })}\n\n${renderFacts(facts)}${flag}`;
}
