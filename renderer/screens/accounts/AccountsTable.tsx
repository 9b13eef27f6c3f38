import type { AccountsOverview, PaymentAccount } from '../../../shared/contract/index.ts';
import { formatMoney } from '../../../shared/money.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDay } from '../../formatDate.ts';
import { accountKindNames, countOf } from '../../ledgerWords.ts';
import type { AccountTask } from './AccountsScreen.tsx';
import { shareOf } from './concentration.ts';
import { FreeText } from '../../components/FreeText.tsx';

interface AccountsTableProps {
  overview: AccountsOverview;
  task: AccountTask | null;
  onTask: (task: AccountTask) => void;
}

/** Which personal details tie an account to a member, in words ("member’s account, personal phone"). */
function personalTies(account: PaymentAccount): string[] {
  return [
    account.holder === 'member' ? 'a member’s own account' : null,
    account.security.personalPhone ? 'personal phone' : null,
    account.security.personalName ? 'personal name' : null,
    account.security.personalCard ? 'personal card' : null,
  ].filter((tie) => tie !== null);
}

/** Every payment account in a table: what it holds, its share, its status and freeze facts, its security and reconciliation. */
export function AccountsTable({ overview, task, onTask }: AccountsTableProps) {
  const threshold = overview.concentrationThresholdPercent;
  return (
    <table className="data-table accounts-table">
      <caption className="visually-hidden">Payment accounts</caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" className="number">
            Balance
          </th>
          <th scope="col">Status</th>
          <th scope="col">Security</th>
          <th scope="col">Reconciled</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {overview.accounts.map((account) => {
          const share = shareOf(overview, account.id);
          const ties = personalTies(account);
          return (
            <tr key={account.id} className={account.status === 'frozen' ? 'frozen-row' : undefined}>
              <th scope="row">
                <span className="account-name">{account.name}</span>
                <span className="cell-detail">
                  {accountKindNames[account.kind]}
                  {account.handle === null ? '' : ` · ${account.handle}`} · {account.currency}
                </span>
              </th>
              <td className="number">
                <span className="money">{formatMoney(account.balance, account.currency)}</span>
                {share === null ? null : (
                  <span className={share > threshold ? 'cell-detail share-high' : 'cell-detail'}>
                    {Math.round(share)}% of the {account.currency}
                    {share > threshold ? ', above the limit' : ''}
                  </span>
                )}
              </td>
              <td>
                <StatusBadge status={account.status} />
                <span className="cell-detail">
                  since {formatDay(account.statusSince)}
                  {account.daysFrozen === null ? '' : account.daysFrozen === 0 ? ' (today)' : ` (${countOf(account.daysFrozen, 'day')})`}
                </span>
                {account.heldAtFreeze === null ? null : <span className="cell-detail">held at the freeze: {formatMoney(account.heldAtFreeze, account.currency)}</span>}
                {account.statusReason === 'Registered' ? null : (
                  <span className="cell-detail">
                    “<FreeText text={account.statusReason} />”
                  </span>
                )}
              </td>
              <td>
                <ul className="badges">
                  <li>{account.security.mfa ? <span className="badge badge-ok">MFA on</span> : <span className="badge badge-warn">No MFA</span>}</li>
                  {account.tiedToMember ? (
                    <li>
                      <span className="badge badge-warn">Tied to a member</span>
                      <span className="cell-detail">{ties.join(', ')}</span>
                    </li>
                  ) : (
                    <li>
                      <span className="badge badge-ok">Group’s own account</span>
                    </li>
                  )}
                </ul>
              </td>
              <td>
                {account.lastReconciled === null ? (
                  <span className="quiet">Never</span>
                ) : (
                  <>
                    {formatDay(account.lastReconciled.date)}
                    <span className="cell-detail">{account.lastReconciled.difference === 0 ? 'agreed' : `off by ${formatMoney(account.lastReconciled.difference, account.currency)}`}</span>
                  </>
                )}
              </td>
              <td>
                <div className="row-actions">
                  <button
                    id={`status-${account.id}`}
                    type="button"
                    className="small"
                    aria-expanded={task?.kind === 'status' && task.accountId === account.id}
                    onClick={() => onTask({ kind: 'status', accountId: account.id })}
                  >
                    Status<span className="visually-hidden"> of {account.name}</span>
                  </button>
                  <button
                    id={`reconcile-${account.id}`}
                    type="button"
                    className="small"
                    aria-expanded={task?.kind === 'reconcile' && task.accountId === account.id}
                    onClick={() => onTask({ kind: 'reconcile', accountId: account.id })}
                  >
                    Reconcile<span className="visually-hidden"> {account.name}</span>
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
