import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry, EntryFilter, Fund, PaymentAccount } from '../../../shared/contract/index.ts';
import { day, say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { FlowFigures } from '../../components/FlowFigures.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusLater } from '../../useFocusLater.ts';
import { useLoaded } from '../../useLoaded.ts';
import type { ImportDone } from '../import/importDone.ts';
import { ImportScreen } from '../import/ImportScreen.tsx';
import { EntryDetails } from './EntryDetails.tsx';
import { inUse } from '../../inUse.ts';
import { EntryForm } from './EntryForm.tsx';
import { LedgerGrid, ledgerRowOf } from './LedgerGrid.tsx';
import { LedgerFilters } from './LedgerFilters.tsx';
import { useEntryWindows } from './useEntryWindows.ts';
import { ExportCsvPanel } from './ExportCsvPanel.tsx';
import { LedgerPrint } from './LedgerPrint.tsx';
import { followsOneBalance } from '../../../shared/runningBalance.ts';
import type { TreasuryError } from '../../../shared/errors.ts';

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
  const [exporting, setExporting] = useState(false);
  const [meetingError, setMeetingError] = useState<TreasuryError | null>(null);
  const newEntryButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  // Importing a statement takes the ledger's place; back here, the ledger shows what was imported.
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<Message | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const importedNote = useRef<HTMLParagraphElement>(null);

  const openForm = useCallback(() => {
    setFormOpen(true);
    // Already open: N still puts the cursor at its start.
    document.getElementById('entry-kind')?.focus();
  }, []);

  // N opens the entry form from anywhere on this screen, unless the person is typing (or importing).
  useEffect(() => {
    if (importing) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.altKey || event.metaKey || typingSomewhere(event)) return;
      event.preventDefault();
      openForm();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openForm, importing]);

  const { refresh } = entries;
  const { reload } = references;
  const closeImport = useCallback(
    (done: ImportDone | null) => {
      setImporting(false);
      if (done === null || done.firstSeq === null || done.lastSeq === null) {
        focusLater(() => importButton.current);
        return;
      }
      // The new entries in view: the statement's account over the days imported. The note says so, and takes focus to be heard.
      const shown = done.from !== null && done.to !== null ? { accountId: done.accountId, from: done.from, to: done.to } : { accountId: done.accountId };
      setFilter(shown);
      setImported(
        say('importScreen.done', {
          entries: say('importScreen.doneEntries', { count: done.entries }),
          single: done.firstSeq === done.lastSeq ? 'yes' : 'no',
          // Entry numbers as the ledger writes them: #1200, never #1,200.
          first: String(done.firstSeq),
          last: String(done.lastSeq),
          shown: done.from !== null && done.to !== null ? say('importScreen.doneShown', { account: done.accountName, from: day(done.from), to: day(done.to) }) : '',
        }),
      );
      refresh();
      void reload();
      focusLater(() => importedNote.current);
    },
    [focusLater, refresh, reload],
  );

  if (importing) return <ImportScreen onLocked={onLocked} onClose={closeImport} />;

  const closeForm = () => {
    setFormOpen(false);
    focusLater(() => newEntryButton.current);
  };

  const view = entries.view;
  // The figures shown are still those of the filters before (or of the ledger before an import) until the new ones come.
  const stale = entries.loading && view !== null;
  const filtered = Object.keys(filter).length > 0;
  const withBalance = followsOneBalance(filter);
  return (
    <div className="screen screen-full">
      <ScreenTitle title={words.words('ledgerScreen.title')} intro={words.words('ledgerScreen.intro')}>
        <div className="ledger-title-actions">
          <button
            ref={importButton}
            type="button"
            onClick={() => {
              setImported(null);
              setImporting(true);
            }}
          >
            {words.words('importScreen.open')}
          </button>
          <button ref={newEntryButton} type="button" className="primary" aria-keyshortcuts="N" onClick={openForm}>
            {words.words('ledgerScreen.newEntry')} <kbd aria-hidden="true">N</kbd>
          </button>
        </div>
      </ScreenTitle>
      <p ref={importedNote} className="saved import-done" role="status" tabIndex={-1}>
        {imported === null ? null : words.say(imported)}
      </p>
      <Alert error={references.error ?? entries.error} />
      {formOpen && references.value !== null ? (
        <EntryForm
          accounts={inUse(references.value.accounts)}
          funds={inUse(references.value.funds)}
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
      {references.value === null ? null : (
        <LedgerFilters filter={filter} onChange={setFilter} accounts={references.value.accounts} funds={references.value.funds} categories={references.value.categories} />
      )}
      <div className={stale ? 'ledger-totals stale' : 'ledger-totals'} role="status" aria-busy={stale}>
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
      {view !== null && view.total === 0 && !stale ? <p className="empty">{filtered ? words.words('ledgerScreen.noneMatch') : words.words('ledgerScreen.empty')}</p> : null}
      {view !== null && view.total > 0 ? (
        <>
          <p id="ledger-keys" className="hint">
            {words.words('ledgerScreen.tableKeys')} {words.words('ledgerScreen.clearedHint')}
            {withBalance ? ` ${words.words('ledgerScreen.balanceHint')}` : null}
          </p>
          <LedgerGrid
            id={gridId}
            total={view.total}
            entryAt={entries.entryAt}
            withBalance={withBalance}
            onShowRows={entries.showRows}
            onOpen={setDetails}
            filterKey={JSON.stringify(filter)}
            busy={entries.loading}
            describedBy="ledger-keys"
          />
        </>
      ) : null}
      {/* After the table: Tab from the filters reaches its rows first, then what can be done with the view. */}
      {view !== null && view.total > 0 && references.value !== null ? (
        <div className="ledger-meeting">
          <div className="actions no-print">
            <LedgerPrint filter={filter} total={view.total} totals={view.totals} accounts={references.value.accounts} funds={references.value.funds} onLocked={onLocked} onFailed={setMeetingError} />
            <button type="button" id="ledger-export" aria-expanded={exporting} onClick={() => setExporting((open) => !open)}>
              {words.words('ledgerExport.open')}
            </button>
          </div>
          <Alert error={meetingError} />
          {exporting ? (
            <ExportCsvPanel
              filter={filter}
              total={view.total}
              onClose={() => {
                setExporting(false);
                focusLater(() => document.getElementById('ledger-export'));
              }}
              onLocked={onLocked}
            />
          ) : null}
        </div>
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
