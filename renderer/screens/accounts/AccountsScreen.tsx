import { ConcentrationNotice } from '../../components/ConcentrationNotice.tsx';
import { useState, type ReactNode } from 'react';
import type { AccountsOverview, PaymentAccount } from '../../../shared/contract/index.ts';
import { list, money } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useKeyDown } from '../../useKeyDown.ts';
import { useLoaded } from '../../useLoaded.ts';
import { AccountsTable } from './AccountsTable.tsx';
import { AddAccountForm } from './AddAccountForm.tsx';
import { ConcentrationThreshold } from './ConcentrationThreshold.tsx';
import { warningsBesidesStuck } from './concentration.ts';
import { ReconcilePanel } from './ReconcilePanel.tsx';
import { NameAndArchivePanel } from '../../components/NameAndArchivePanel.tsx';
import { StatusPanel } from './StatusPanel.tsx';

function readOverview(): Promise<AccountsOverview> {
  return treasury.accounts.list();
}

export type AccountTask = { kind: 'status' | 'reconcile' | 'name'; accountId: number };

/**
 * The payment accounts: what each holds and whether it can pay, money stuck in frozen ones, how much
 * sits on one platform, and per account its status history and reconciliation.
 */
export function AccountsScreen({ onLocked, startAdding = false }: { onLocked: () => void; startAdding?: boolean }) {
  const words = useWords();
  const overview = useLoaded(readOverview, onLocked);
  // Opened from the dashboard's "Add a payment account", the form is open at once (it takes focus itself).
  const [adding, setAdding] = useState(startAdding);
  const [task, setTask] = useState<AccountTask | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const focusLater = useFocusLater();
  const value = overview.value;
  const archivedCount = value?.accounts.filter((account) => account.archived).length ?? 0;
  const shown = value === null ? null : { ...value, accounts: value.accounts.filter((account) => showArchived || !account.archived || account.id === task?.accountId) };
  const taskAccount = task === null ? undefined : value?.accounts.find((account) => account.id === task.accountId);

  return (
    <div className="screen screen-full">
      <ScreenTitle title={words.words('accountsScreen.title')} intro={words.words('accountsScreen.intro')}>
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
            {words.words('accountsScreen.add')}
          </button>
        )}
      </ScreenTitle>
      <Alert error={overview.error} />
      <p className="saved" role="status">
        {announcement}
      </p>
      {adding ? (
        <AddAccountForm
          onAdded={(account) => {
            setAdding(false);
            setAnnouncement(words.words('accountsScreen.added', { name: account.name }));
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
          {value.accounts.length === 0 ? adding ? null : <p className="empty">{words.words('accountsScreen.empty')}</p> : <AccountsTable overview={shown ?? value} task={task} onTask={setTask} />}
          {archivedCount === 0 ? null : (
            <p>
              <button type="button" className="link-button" aria-pressed={showArchived} onClick={() => setShowArchived(!showArchived)}>
                {words.words(showArchived ? 'accountsScreen.hideArchived' : 'accountsScreen.showArchived', { count: archivedCount })}
              </button>
            </p>
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
              ) : task.kind === 'reconcile' ? (
                <ReconcilePanel account={taskAccount} onRecorded={() => void overview.reload()} onLocked={onLocked} />
              ) : (
                <NameAndArchivePanel
                  idPrefix={`account-${taskAccount.id}`}
                  name={taskAccount.name}
                  formerNames={taskAccount.formerNames}
                  archived={taskAccount.archived}
                  cannotArchive={taskAccount.balance === 0 ? null : words.words('accountsScreen.holdsMoney', { amount: money(taskAccount.balance, taskAccount.currency) })}
                  rename={(name) => treasury.accounts.rename({ accountId: taskAccount.id, name })}
                  setArchived={(archived) => treasury.accounts.archive({ accountId: taskAccount.id, archived })}
                  onChanged={(done) => {
                    setAnnouncement(done);
                    void overview.reload();
                  }}
                  onLocked={onLocked}
                />
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
  const words = useWords();
  const stuck = overview.stuckInFrozen.filter((held) => held.amount > 0);
  const others = warningsBesidesStuck(overview);
  if (stuck.length === 0 && others.length === 0) return null;
  return (
    <div className="stack-tight">
      {stuck.length > 0 ? (
        <div className="stuck">
          <p>
            <strong>{words.words('accountsScreen.stuck', { amounts: list(stuck.map((held) => money(held.amount, held.currency))) })}</strong> {words.words('accountsScreen.stuckAdvice')}
          </p>
        </div>
      ) : null}
      <ConcentrationNotice warnings={others.map((warning) => words.say(warning))} />
    </div>
  );
}

const taskTitles = { status: 'accountsScreen.statusOf', reconcile: 'accountsScreen.reconcile', name: 'accountsScreen.nameOf' } as const;

interface TaskPanelProps {
  account: PaymentAccount;
  task: AccountTask;
  onClose: () => void;
  children: ReactNode;
}

/** The card a per-account task opens in, under the table; its heading takes focus, Escape closes it. */
function TaskPanel({ account, task, onClose, children }: TaskPanelProps) {
  const words = useWords();
  const title = useFocusOnMount<HTMLHeadingElement>();
  const panel = useKeyDown<HTMLElement>((event) => {
    if (event.key === 'Escape') onClose();
  });
  return (
    <section ref={panel} className="card" aria-labelledby="account-task-title">
      <div className="card-title">
        <h2 id="account-task-title" ref={title} tabIndex={-1} className="heading">
          {words.words(taskTitles[task.kind], { name: account.name })}
        </h2>
        <button type="button" onClick={onClose}>
          {words.words('accountsScreen.close')}
        </button>
      </div>
      {children}
    </section>
  );
}
