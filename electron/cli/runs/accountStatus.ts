// What `mutual-ledger account status` does once its command line is read (its help and flags: ../commands/accountStatus.ts).
import { accountStatuses, contract, type AccountStatus, type PaymentAccount } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { day } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { statusWords } from '../../../shared/messages/ledgerWords.ts';
import type { CommandContext } from '../command.ts';
import { choiceFlag, dateFlag, refuseFlagsWithout, requiredFlag, textFlag, today } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

interface StatusChange {
  status: AccountStatus;
  date: string;
  reason: string;
  balanceHeld: number;
  recordedAt: string;
}

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const named = requiredFlag(values, 'account', 'account status');
  refuseFlagsWithout(values, 'set', ['reason', 'date'], 'account status');
  const change =
    values.set === undefined
      ? undefined
      : {
          status: choiceFlag(values.set, accountStatuses, '--set'),
          reason: textFlag(requiredFlag(values, 'reason', 'account status'), contract.accounts.setStatus.input.shape.reason, '--reason'),
          date: values.date === undefined ? today() : dateFlag(values.date, '--date'),
        };
  await withUnlockedTreasury(context, async (client) => {
    const account = await findAccount(client, named, '--account');
    if (change === undefined) {
      out.show(await client.accounts.history({ accountId: account.id }), (history) => renderHistory(account, history, out.words));
      return;
    }
    out.show(await client.accounts.setStatus({ accountId: account.id, ...change }), (changed) => renderChanged(changed, out.words));
  });
}

function renderChanged(account: PaymentAccount, words: Translator): string {
  const lines = [
    words.words('cli.accountStatus.changed', { name: account.name, status: words.say(statusWords[account.status]), since: day(account.statusSince), reason: account.statusReason ?? '' }),
    words.words('cli.accountStatus.balance', { balance: words.money(account.balance, account.currency) }),
  ];
  if (account.status === 'frozen' && account.heldAtFreeze !== null) {
    lines.push(words.words('cli.accountStatus.heldAtFreeze', { held: words.money(account.heldAtFreeze, account.currency) }));
  }
  if (account.status === 'closed') lines.push(words.words('cli.accountStatus.closedRefuses'));
  return lines.join('\n');
}

function renderHistory(account: PaymentAccount, history: StatusChange[], words: Translator): string {
  const heading = words.words('cli.accountStatus.historyHeading', { name: account.name, id: String(account.id), status: words.say(statusWords[account.status]), since: day(account.statusSince) });
  if (history.length === 0) return `${heading}\n${words.words('cli.accountStatus.noChanges')}`;
  const table = renderTable(history, [
    { heading: words.words('cli.accountStatus.heading.date'), cell: (change) => formatDay(change.date, words.language) },
    { heading: words.words('cli.accountStatus.heading.status'), cell: (change) => words.say(statusWords[change.status]) },
    { heading: words.words('cli.accountStatus.heading.balanceHeld'), cell: (change) => words.money(change.balanceHeld, account.currency), align: 'right' },
    { heading: words.words('cli.accountStatus.heading.reason'), cell: (change) => change.reason },
  ]);
  return `${heading}\n\n${table}`;
}
