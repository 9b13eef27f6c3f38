import { ConcentrationNotice } from '../../components/ConcentrationNotice.tsx';
import { useState, type ReactNode } from 'react';
import type { AccountsOverview, PaymentAccount } from '../../../shared/contract/index.ts';
import { formatMoney } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useKeyDown } from '../../useKeyDown.ts';
import { useLoaded } from '../../useLoaded.ts';
import { AccountsTable } from './AccountsTable.tsx';
import { AddAccountForm } from './AddAccountForm.tsx';
import { ConcentrationThreshold } from './ConcentrationThreshold.tsx';
import { concentrationWarnings } from './concentration.ts';
import { ReconcilePanel } from './ReconcilePanel.tsx';
import { StatusPanel } from './StatusPanel.tsx';

function readOverview(): Promise<AccountsOverview> {
  return treasury.accounts.list();
}

export type AccountTask = { kind: 'status' | 'reconcile'; accountId: number };

/**
 * The payment accounts: what each holds and whether it can pay, money stuck in frozen ones, how much
 * sits on one platform, and per account its status history and reconciliation.
 */
export function AccountsScreen({ onLocked }: { onLocked: () => void }) {
  const overview = useLoaded(readOverview, onLocked);
  const [adding, setAdding] = useState(false);
  const [task, setTask] = useState<AccountTask | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const value = overview.value;
  const taskAccount = task === null ? undefined : value?.accounts.find((account) => account.id === task.accountId);

  return (
    <div className="screen screen-full">
      <div className="screen-title with-action">
        <div>
          <Heading level={1} focusOnMount>
            Payment accounts
          </Heading>
          <p className="quiet">Every account the group keeps money in. Platforms freeze accounts without warning: keep more than one.</p>
        </div>
        {adding ? null : (
          <button
            id="add-account-button"
            type="button"
            className="primary"
            onClick={() => {
              setAnnouncement(null);
              setAdding(true);
            }}
          >
            Add an account
          </button>
        )}
      </div>
      <Alert error={overview.error} />
      <p className="saved" role="status">
        {announcement}
      </p>
      {adding ? (
        <AddAccountForm
          onAdded={(account) => {
            setAdding(false);
            setAnnouncement(`${account.name} is added.`);
            void overview.reload();
            focusLater(byId('add-account-button'));
          }}
          onCancel={() => {
            setAdding(false);
            focusLater(byId('add-account-button'));
          }}
          onLocked={onLocked}
        />
      ) : null}
      {value === null ? null : (
        <>
          <Warnings overview={value} />
          {value.accounts.length === 0 ? (
            adding ? null : (
              <p className="empty">No accounts yet. Add the first with “Add an account”.</p>
            )
          ) : (
            <AccountsTable overview={value} task={task} onTask={setTask} />
          )}
          {task !== null && taskAccount !== undefined ? (
            <TaskPanel
              key={`${task.kind}-${task.accountId}`}
              account={taskAccount}
              task={task}
              onClose={() => {
                setTask(null);
                focusLater(byId(`${task.kind}-${task.accountId}`));
              }}
            >
              {task.kind === 'status' ? (
                <StatusPanel account={taskAccount} onChanged={() => void overview.reload()} onLocked={onLocked} />
              ) : (
                <ReconcilePanel account={taskAccount} onRecorded={() => void overview.reload()} onLocked={onLocked} />
              )}
            </TaskPanel>
          ) : null}
          {value.accounts.length === 0 ? null : <ConcentrationThreshold overview={value} onSaved={() => void overview.reload()} onLocked={onLocked} />}
        </>
      )}
    </div>
  );
}

/** Money stuck in frozen accounts, prominent; then too much money on one platform. */
function Warnings({ overview }: { overview: AccountsOverview }) {
  const stuck = overview.stuckInFrozen.filter((money) => money.amount > 0);
  const concentration = concentrationWarnings(overview);
  if (stuck.length === 0 && concentration.length === 0) return null;
  return (
    <div className="stack-tight">
      {stuck.length > 0 ? (
        <div className="stuck">
          <p>
            <strong>{stuck.map((money) => formatMoney(money.amount, money.currency)).join(' and ')} stuck in frozen accounts.</strong> Pay from an active account until the freeze lifts, and record
            when it does.
          </p>
        </div>
      ) : null}
      <ConcentrationNotice warnings={concentration} />
    </div>
  );
}

interface TaskPanelProps {
  account: PaymentAccount;
  task: AccountTask;
  onClose: () => void;
  children: ReactNode;
}

/** The card a per-account task opens in, under the table; its heading takes focus, Escape closes it. */
function TaskPanel({ account, task, onClose, children }: TaskPanelProps) {
  const title = useFocusOnMount<HTMLHeadingElement>();
  const panel = useKeyDown<HTMLElement>((event) => {
    if (event.key === 'Escape') onClose();
  });
  return (
    <section ref={panel} className="card" aria-labelledby="account-task-title">
      <div className="card-title">
        <h2 id="account-task-title" ref={title} tabIndex={-1} className="heading">
          {task.kind === 'status' ? `Status of ${account.name}` : `Reconcile ${account.name}`}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </section>
  );
}
