// What `mutual-ledger account list` does once its command line is read (its help and flags: ../commands/accountList.ts).
import type { AccountsOverview, PaymentAccount } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { money, signed } from '../entryText.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable, type Column } from '../textTable.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    out.show(await client.accounts.list(), renderOverview);
  });
}

const accountColumns: ReadonlyArray<Column<PaymentAccount>> = [
  { heading: '#', cell: (account) => String(account.id), align: 'right' },
  { heading: 'NAME', cell: (account) => account.name },
  { heading: 'KIND', cell: (account) => account.kind },
  { heading: 'CUR', cell: (account) => account.currency },
  { heading: 'BALANCE', cell: (account) => money(account.balance, account.currency), align: 'right' },
  { heading: 'STATUS', cell: statusOf },
  { heading: 'FLAGS', cell: flagsOf },
  { heading: 'LAST RECONCILED', cell: reconciledOf },
];

function renderOverview(overview: AccountsOverview): string {
  if (overview.accounts.length === 0) {
    return 'No payment accounts yet. Add one with:\n  mutual-ledger account add --vault DIR --name NAME --kind KIND --currency USD';
  }
  const warnings = overview.warnings.map((warning) => `Warning: ${warning}`);
  return [renderTable(overview.accounts, accountColumns), ...(warnings.length === 0 ? [] : ['', ...warnings])].join('\n');
}

function statusOf(account: PaymentAccount): string {
  const since = `${account.status} since ${account.statusSince}`;
  if (account.status !== 'frozen') return since;
  const days = account.daysFrozen ?? 0;
  const held = account.heldAtFreeze === null ? '' : `, held ${money(account.heldAtFreeze, account.currency)}`;
  return `${since} (${days} day${days === 1 ? '' : 's'}${held})`;
}

function flagsOf(account: PaymentAccount): string {
  return [...(account.tiedToMember ? ['tied to a member'] : []), ...(account.security.mfa ? [] : ['no MFA'])].join(', ');
}

function reconciledOf(account: PaymentAccount): string {
  const last = account.lastReconciled;
  if (last === null) return 'never';
  return last.difference === 0 ? `${last.date}, matched` : `${last.date}, off by ${signed(last.difference, account.currency)}`;
}
