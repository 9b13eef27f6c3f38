// What `mutual-ledger account list` does once its command line is read (its help and flags: ../commands/accountList.ts).
import type { AccountsOverview, PaymentAccount } from '../../../shared/contract/index.ts';
import { day, money } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { statusWords } from '../../../shared/messages/ledgerWords.ts';
import type { CommandContext } from '../command.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable, type Column } from '../textTable.ts';

export async function run(context: CommandContext): Promise<void> {
  const { out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.accounts.list(), (overview) => renderOverview(overview, out.words));
  });
}

function accountColumns(words: Translator): ReadonlyArray<Column<PaymentAccount>> {
  return [
    { heading: '#', cell: (account) => String(account.id), align: 'right' },
    { heading: words.words('cli.accountList.heading.name'), cell: (account) => account.name },
    { heading: words.words('cli.accountList.heading.kind'), cell: (account) => account.kind },
    { heading: words.words('cli.accountList.heading.currency'), cell: (account) => account.currency },
    { heading: words.words('cli.accountList.heading.balance'), cell: (account) => words.money(account.balance, account.currency), align: 'right' },
    { heading: words.words('cli.accountList.heading.status'), cell: (account) => statusOf(account, words) },
    { heading: words.words('cli.accountList.heading.flags'), cell: (account) => flagsOf(account, words) },
    { heading: words.words('cli.accountList.heading.lastReconciled'), cell: (account) => reconciledOf(account, words) },
  ];
}

function renderOverview(overview: AccountsOverview, words: Translator): string {
  if (overview.accounts.length === 0) return words.words('cli.accountList.none');
  const warnings = overview.warnings.map((warning) => words.words('cli.warning', { warning }));
  return [renderTable(overview.accounts, accountColumns(words), onHandFoot(overview, words)), ...(warnings.length === 0 ? [] : ['', ...warnings])].join('\n');
}

/** The money on hand per currency, under the balances, with how much of it is in frozen accounts (in the status column). */
function onHandFoot(overview: AccountsOverview, words: Translator): string[][] {
  return overview.onHand.map((total) => [
    '',
    words.words('cli.onHand.total'),
    '',
    total.currency,
    words.money(total.amount, total.currency),
    total.inFrozen === 0 ? '' : words.words('cli.onHand.inFrozen', { amount: money(total.inFrozen, total.currency) }),
  ]);
}

function statusOf(account: PaymentAccount, words: Translator): string {
  const since = words.words('cli.accountList.statusSince', { status: words.say(statusWords[account.status]), since: day(account.statusSince) });
  if (account.status !== 'frozen') return since;
  const days = account.daysFrozen ?? 0;
  return account.heldAtFreeze === null
    ? words.words('cli.accountList.frozenFor', { since, days })
    : words.words('cli.accountList.frozenHolding', { since, days, held: words.money(account.heldAtFreeze, account.currency) });
}

function flagsOf(account: PaymentAccount, words: Translator): string {
  return [
    ...(account.archived ? [words.words('cli.accountList.archived')] : []),
    ...(account.tiedToMember ? [words.words('cli.accountList.tiedToMember')] : []),
    ...(account.security.mfa ? [] : [words.words('cli.accountList.noMfa')]),
  ].join(', ');
}

function reconciledOf(account: PaymentAccount, words: Translator): string {
  const last = account.lastReconciled;
  if (last === null) return words.words('cli.accountList.neverReconciled');
  const date = day(last.date);
  return last.difference === 0 ? words.words('cli.accountList.matched', { date }) : words.words('cli.accountList.offBy', { date, difference: words.signedMoney(last.difference, account.currency) });
}
