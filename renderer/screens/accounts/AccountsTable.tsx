import type { AccountsOverview, PaymentAccount } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { day, money } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useWords } from '../../language/words.tsx';
import { accountKindNames } from '../../../shared/messages/ledgerWords.ts';
import type { AccountTask } from './AccountsScreen.tsx';
import { shareOf } from './concentration.ts';
import { FreeText } from '../../components/FreeText.tsx';

interface AccountsTableProps {
  overview: AccountsOverview;
  task: AccountTask | null;
  onTask: (task: AccountTask) => void;
}

/** Which personal details tie an account to a member, in words ("member’s account, personal phone"). */
function personalTies(words: Translator, account: PaymentAccount): string[] {
  return [
    account.holder === 'member' ? words.words('accountsScreen.table.memberAccount') : null,
    account.security.personalPhone ? words.words('accountsScreen.table.personalPhone') : null,
    account.security.personalName ? words.words('accountsScreen.table.personalName') : null,
    account.security.personalCard ? words.words('accountsScreen.table.personalCard') : null,
  ].filter((tie) => tie !== null);
}

/** Since when the account has its status, and for how long if it is frozen. */
function sinceText(words: Translator, account: PaymentAccount): string {
  const date = day(account.statusSince);
  if (account.daysFrozen === null) return words.words('accountsScreen.table.since', { date });
  if (account.daysFrozen === 0) return words.words('accountsScreen.table.sinceToday', { date });
  return words.words('accountsScreen.table.sinceDays', { date, days: account.daysFrozen });
}

/** Every payment account in a table: what it holds, its share, its status and freeze facts, its security and reconciliation. */
export function AccountsTable({ overview, task, onTask }: AccountsTableProps) {
  const words = useWords();
  const threshold = overview.concentrationThresholdPercent;
  return (
    <div className="table-frame">
      <table className="data-table accounts-table">
        <caption className="visually-hidden">{words.words('accountsScreen.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{words.words('accountsScreen.table.account')}</th>
            <th scope="col" className="number">
              {words.words('accountsScreen.table.balance')}
            </th>
            <th scope="col">{words.words('accountsScreen.table.status')}</th>
            <th scope="col">{words.words('accountsScreen.table.security')}</th>
            <th scope="col">{words.words('accountsScreen.table.reconciled')}</th>
            <th scope="col">
              <span className="visually-hidden">{words.words('accountsScreen.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.accounts.map((account) => {
            const share = shareOf(overview, account.id);
            const ties = personalTies(words, account);
            return (
              <tr key={account.id} className={account.status === 'frozen' ? 'frozen-row' : account.archived ? 'archived-row' : undefined}>
                <th scope="row">
                  <span className="account-name">{account.name}</span>
                  {account.archived ? <span className="tag tag-quiet">{words.words('accountsScreen.table.archived')}</span> : null}
                  <span className="cell-detail">
                    {words.say(accountKindNames[account.kind])}
                    {account.handle === null ? '' : ` · ${account.handle}`} · {account.currency}
                  </span>
                </th>
                <td className="number">
                  <span className="money">{words.money(account.balance, account.currency)}</span>
                  {share === null ? null : (
                    <span className={share > threshold ? 'cell-detail share-high' : 'cell-detail'}>
                      {share > threshold
                        ? words.words('accountsScreen.table.shareAbove', { share: Math.round(share) / 100, currency: account.currency })
                        : words.words('accountsScreen.table.share', { share: Math.round(share) / 100, currency: account.currency })}
                    </span>
                  )}
                </td>
                <td>
                  <StatusBadge status={account.status} />
                  <span className="cell-detail">{sinceText(words, account)}</span>
                  {account.heldAtFreeze === null ? null : (
                    <span className="cell-detail">{words.words('accountsScreen.table.heldAtFreeze', { amount: money(account.heldAtFreeze, account.currency) })}</span>
                  )}
                  {account.statusReason === null ? null : (
                    <span className="cell-detail">
                      “<FreeText text={account.statusReason} />”
                    </span>
                  )}
                </td>
                <td>
                  <ul className="badges">
                    <li>
                      {account.security.mfa ? (
                        <span className="badge badge-ok">{words.words('accountsScreen.table.mfaOn')}</span>
                      ) : (
                        <span className="badge badge-warn">{words.words('accountsScreen.table.noMfa')}</span>
                      )}
                    </li>
                    {account.tiedToMember ? (
                      <li>
                        <span className="badge badge-warn">{words.words('accountsScreen.table.tied')}</span>
                        <span className="cell-detail">{ties.join(', ')}</span>
                      </li>
                    ) : (
                      <li>
                        <span className="badge badge-ok">{words.words('accountsScreen.table.groupsOwn')}</span>
                      </li>
                    )}
                  </ul>
                </td>
                <td>
                  {account.lastReconciled === null ? (
                    <span className="quiet">{words.words('accountsScreen.table.never')}</span>
                  ) : (
                    <>
                      {formatDay(account.lastReconciled.date, words.language)}
                      <span className="cell-detail">
                        {account.lastReconciled.difference === 0
                          ? words.words('accountsScreen.table.agreed')
                          : words.words('accountsScreen.table.offBy', { amount: money(account.lastReconciled.difference, account.currency) })}
                      </span>
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
                      aria-label={words.words('accountsScreen.statusOf', { name: account.name })}
                      onClick={() => onTask({ kind: 'status', accountId: account.id })}
                    >
                      {words.words('accountsScreen.table.statusButton')}
                    </button>
                    <button
                      id={`name-${account.id}`}
                      type="button"
                      className="small"
                      aria-expanded={task?.kind === 'name' && task.accountId === account.id}
                      aria-label={words.words('accountsScreen.nameOf', { name: account.name })}
                      onClick={() => onTask({ kind: 'name', accountId: account.id })}
                    >
                      {words.words('accountsScreen.table.nameButton')}
                    </button>
                    <button
                      id={`reconcile-${account.id}`}
                      type="button"
                      className="small"
                      aria-expanded={task?.kind === 'reconcile' && task.accountId === account.id}
                      aria-label={words.words('accountsScreen.reconcile', { name: account.name })}
                      onClick={() => onTask({ kind: 'reconcile', accountId: account.id })}
                    >
                      {words.words('accountsScreen.table.reconcileButton')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {overview.onHand.map((total) => (
            <tr key={total.currency}>
              <th scope="row">{words.words('accountsScreen.table.total', { currency: total.currency })}</th>
              <td className="number">
                <span className="money">{words.money(total.amount, total.currency)}</span>
                {total.inFrozen === 0 ? null : <span className="cell-detail">{words.words('accountsScreen.table.totalFrozen', { amount: money(total.inFrozen, total.currency) })}</span>}
              </td>
              <td colSpan={4} />
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
