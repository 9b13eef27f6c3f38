import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry, EntryFilter, Fund, PaymentAccount } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { FlowFigures } from '../../components/FlowFigures.tsx';
import { Heading } from '../../components/Heading.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusLater } from '../../useFocusLater.ts';
import { useLoaded } from '../../useLoaded.ts';
import { EntryDetails } from './EntryDetails.tsx';
import { EntryForm } from './EntryForm.tsx';
import { LedgerGrid, ledgerRowOf } from './LedgerGrid.tsx';
import { LedgerFilters } from './LedgerFilters.tsx';
import { useEntryWindows } from './useEntryWindows.ts';

interface References {
  accounts: PaymentAccount[];
  funds: Fund[];
  categories: string[];
}

function readReferences(): Promise<References> {
  return Promise.all([treasury.accounts.list(), treasury.funds.list(), treasury.categories.list()]).then(([overview, funds, categories]) => ({
    accounts: overview.accounts,
    funds,
    categories: categories.map((category) => category.name),
  }));
}

/** Whether a key press is someone typing (in a field, a list or an open dialog) rather than a shortcut. */
function typingSomewhere(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, select, textarea, [contenteditable="true"]')) return true;
  return document.querySelector('dialog[open]') !== null;
}

const gridId = 'ledger-grid';

/** The ledger: every entry, newest first, filtered and totalled; the entry form; an entry's details. */
export function LedgerScreen({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const references = useLoaded(readReferences, onLocked);
  const [filter, setFilter] = useState<EntryFilter>({});
  const entries = useEntryWindows(filter, onLocked);
  const [formOpen, setFormOpen] = useState(false);
  const [details, setDetails] = useState<Entry | null>(null);
  const newEntryButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();

  const openForm = useCallback(() => {
    setFormOpen(true);
    // Already open: N still puts the cursor at its start.
    document.getElementById('entry-kind')?.focus();
  }, []);

  // N opens the entry form from anywhere on this screen, unless the person is typing.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.altKey || event.metaKey || typingSomewhere(event)) return;
      event.preventDefault();
      openForm();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openForm]);

  const closeForm = () => {
    setFormOpen(false);
    focusLater(() => newEntryButton.current);
  };

  const view = entries.view;
  const filtered = Object.keys(filter).length > 0;
  return (
    <div className="screen screen-full">
      <div className="screen-title with-action">
        <div>
          <Heading level={1} focusOnMount>
            {words.words('ledgerScreen.title')}
          </Heading>
          <p className="quiet">{words.words('ledgerScreen.intro')}</p>
        </div>
        <button ref={newEntryButton} type="button" className="primary" aria-keyshortcuts="N" onClick={openForm}>
          {words.words('ledgerScreen.newEntry')} <kbd aria-hidden="true">N</kbd>
        </button>
      </div>
      <Alert error={references.error ?? entries.error} />
      {formOpen && references.value !== null ? (
        <EntryForm
          accounts={references.value.accounts}
          funds={references.value.funds}
          categories={references.value.categories}
          onSaved={() => {
            entries.refresh();
            void references.reload();
          }}
          onClose={closeForm}
          onCategoryAdded={references.reload}
          onLocked={onLocked}
        />
      ) : null}
      {references.value === null ? null : <LedgerFilters filter={filter} onChange={setFilter} accounts={references.value.accounts} categories={references.value.categories} />}
      <div className="ledger-totals" role="status">
        {view === null ? (
          <p className="quiet">{words.words('ledgerScreen.counting')}</p>
        ) : (
          <>
            <p className="ledger-count">
              <strong>{filtered ? words.words('ledgerScreen.countFiltered', { count: view.total }) : words.words('ledgerScreen.countAll', { count: view.total })}</strong>
            </p>
            {view.total === 0 ? null : view.totals === null ? <p className="quiet appears-late">{words.words('ledgerScreen.addingUp')}</p> : <FlowFigures flows={view.totals} />}
            {view.totals !== null && view.includesShredded ? <p className="hint">{words.words('ledgerScreen.includesShredded')}</p> : null}
          </>
        )}
      </div>
      {view !== null && view.total === 0 ? <p className="empty">{filtered ? words.words('ledgerScreen.noneMatch') : words.words('ledgerScreen.empty')}</p> : null}
      {view !== null && view.total > 0 ? (
        <>
          <p id="ledger-keys" className="hint">
            {words.words('ledgerScreen.tableKeys')}
          </p>
          <LedgerGrid
            id={gridId}
            total={view.total}
            entryAt={entries.entryAt}
            onShowRows={entries.showRows}
            onOpen={setDetails}
            filterKey={JSON.stringify(filter)}
            busy={entries.loading}
            describedBy="ledger-keys"
          />
        </>
      ) : null}
      {details === null ? null : (
        <EntryDetails
          entry={details}
          onClose={() => {
            const { seq } = details;
            setDetails(null);
            focusLater(() => ledgerRowOf(gridId, seq));
          }}
          onReversed={() => entries.refresh()}
          onLocked={onLocked}
        />
      )}
    </div>
  );
}
