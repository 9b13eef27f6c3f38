import { accountStatuses, contract, type PaymentAccount } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { money } from '../entryText.ts';
import { choiceFlag, dateFlag, refuseFlagsWithout, requiredFlag, textFlag, today } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

interface StatusChange {
  status: string;
  date: string;
  reason: string;
  balanceHeld: number;
  recordedAt: string;
}

/** `mutual-ledger account status`: record that an account was frozen, limited, closed or reopened; or show its history. */
export const accountStatus: Command = {
  name: 'account status',
  summary: 'Record a freeze, limit, closure or reopening; or show the history.',
  description: `With --set, records that the account became active, limited, frozen or closed
on --date (default today), with the reason and the balance it held that day.
A frozen or closed account then refuses disbursements and transfers out, and the
refusal names the accounts that could pay instead. Changes are recorded in the
order they happened: a date before the last change is refused.

Without --set, prints the account's status history, oldest first.

--json prints the account after the change (accounts.setStatus), or the history
(accounts.history): [{"status","date","reason","balanceHeld","recordedAt"}];
amounts are whole minor units (cents).`,
  options: ['account', 'set', 'reason', 'reason-file', 'date', ...unlockOptions],
  flagDescriptions: {
    account: 'The payment account, by name (any case) or number.',
    reason: 'With --set: why, such as "platform review".',
    date: 'With --set: the day it happened (default today).',
  },
  async run({ vaultDir, values, out }) {
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
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      const account = await findAccount(client, named, '--account');
      if (change === undefined) {
        out.show(await client.accounts.history({ accountId: account.id }), (history) => renderHistory(account, history));
        return;
      }
      out.show(await client.accounts.setStatus({ accountId: account.id, ...change }), renderChanged);
    });
  },
};

function renderChanged(account: PaymentAccount): string {
  const lines = [`${account.name} is ${account.status} since ${account.statusSince}: ${account.statusReason}`, `Balance: ${money(account.balance, account.currency)}`];
  if (account.status === 'frozen' && account.heldAtFreeze !== null) {
    lines.push(`Held at the freeze: ${money(account.heldAtFreeze, account.currency)}. Disbursements from it are refused until it is active again.`);
  }
  if (account.status === 'closed') lines.push('It refuses new disbursements and contributions.');
  return lines.join('\n');
}

function renderHistory(account: PaymentAccount, history: StatusChange[]): string {
  const heading = `${account.name} (#${account.id}) is ${account.status} since ${account.statusSince}.`;
  if (history.length === 0) return `${heading}\nNo status changes: active since it was registered.`;
  const table = renderTable(history, [
    { heading: 'DATE', cell: (change) => change.date },
    { heading: 'STATUS', cell: (change) => change.status },
    { heading: 'BALANCE HELD', cell: (change) => money(change.balanceHeld, account.currency), align: 'right' },
    { heading: 'REASON', cell: (change) => change.reason },
  ]);
  return `${heading}\n\n${table}`;
}
