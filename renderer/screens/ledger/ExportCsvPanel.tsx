import { useRef, useState, type FormEvent } from 'react';
import type { EntryFilter, Output } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { CopySecretButton } from '../../components/CopySecretButton.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { PathField } from '../../components/PathField.tsx';
import { RadioChoice } from '../../components/RadioChoice.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';

type Lock = 'passphrase' | 'recipient' | 'none';

interface ExportCsvPanelProps {
  filter: EntryFilter;
  total: number;
  onClose: () => void;
  onLocked: () => void;
}

/**
 * The view on screen, written to a CSV file to take to a meeting. Encrypted with age by default (to a
 * passphrase made now, or to the reader's recipient); not encrypted only once the treasurer has read
 * that anyone with the file reads every memo in it, and ticked that they understand.
 */
export function ExportCsvPanel({ filter, total, onClose, onLocked }: ExportCsvPanelProps) {
  const words = useWords();
  const [path, setPath] = useState('');
  const [lock, setLock] = useState<Lock>('passphrase');
  const [recipient, setRecipient] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState<'path' | 'recipient' | 'understood' | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<Output<'ledger.exportCsv'> | null>(null);
  const pathField = useRef<HTMLInputElement>(null);
  const focusLater = useFocusLater();

  async function write(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing = path.trim() === '' ? 'path' : lock === 'recipient' && recipient.trim() === '' ? 'recipient' : lock === 'none' && !understood ? 'understood' : null;
    if (missing !== null) {
      setProblem(missing);
      document.getElementById(missing === 'path' ? 'export-path' : missing === 'recipient' ? 'export-recipient' : 'export-understood')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const encrypt = lock === 'none' ? {} : { encrypt: lock === 'recipient' ? { lock: 'recipient' as const, recipient: recipient.trim() } : { lock: 'passphrase' as const } };
      setWritten(await treasury.ledger.exportCsv({ ...filter, path: path.trim(), language: words.language, ...encrypt }));
      focusLater(byId('export-written'));
    } catch (caught) {
      const failure = asTreasuryError(caught);
      if (failure.code === 'VAULT_LOCKED') onLocked();
      else {
        setError(failure);
        pathField.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  const closeButton = (
    <button type="button" onClick={onClose}>
      {words.words('ledgerExport.close')}
    </button>
  );

  if (written !== null) {
    return (
      <section className="card export-panel no-print" aria-labelledby="export-title">
        <h2 id="export-title">{words.words('ledgerExport.title')}</h2>
        <div id="export-written" className="stack-tight" role="status" tabIndex={-1}>
          <p className="saved">{words.words('ledgerExport.written', { count: written.rows, path: written.path })}</p>
          {written.recipient !== null ? <p>{words.words('ledgerExport.writtenToRecipient', { fingerprint: written.recipient.fingerprint })}</p> : null}
          {written.passphrase !== null ? (
            <>
              <p>{words.words('ledgerExport.passphraseShown')}</p>
              <p className="export-passphrase">
                <code id="export-passphrase">{written.passphrase}</code>
              </p>
              <div className="actions">
                <CopySecretButton secret={written.passphrase} label={words.words('components.copySecret.passphrase')} />
              </div>
            </>
          ) : null}
          {written.recipient === null && written.passphrase === null ? <p className="export-warning">{words.words('ledgerExport.writtenPlain')}</p> : null}
        </div>
        <div className="actions">{closeButton}</div>
      </section>
    );
  }

  return (
    <section className="card export-panel no-print" aria-labelledby="export-title">
      <h2 id="export-title">{words.words('ledgerExport.title')}</h2>
      <p>{words.words('ledgerExport.rows', { count: total })}</p>
      <form className="stack-tight" onSubmit={(event) => void write(event)} noValidate aria-busy={busy}>
        <PathField
          ref={pathField}
          id="export-path"
          label={words.words('ledgerExport.path')}
          hint={words.words('ledgerExport.pathHint')}
          value={path}
          onChange={(event) => {
            setPath(event.target.value);
            setProblem(null);
            setError(null);
          }}
          error={problem === 'path' ? words.words('input.chooseCsvPath') : null}
        />
        <fieldset className="field choice">
          <legend>{words.words('ledgerExport.lockLegend')}</legend>
          <RadioChoice
            id="export-lock-passphrase"
            name="export-lock"
            checked={lock === 'passphrase'}
            onChoose={() => setLock('passphrase')}
            label={words.words('ledgerExport.lock.passphrase')}
            hint={words.words('ledgerExport.lock.passphraseHint')}
          />
          <RadioChoice
            id="export-lock-recipient"
            name="export-lock"
            checked={lock === 'recipient'}
            onChoose={() => setLock('recipient')}
            label={words.words('ledgerExport.lock.recipient')}
            hint={words.words('ledgerExport.lock.recipientHint')}
          />
          <RadioChoice
            id="export-lock-none"
            name="export-lock"
            checked={lock === 'none'}
            onChoose={() => setLock('none')}
            label={words.words('ledgerExport.lock.none')}
            hint={words.words('ledgerExport.lock.noneHint')}
          />
        </fieldset>
        {lock === 'recipient' ? (
          <div className="field field-wide">
            <label htmlFor="export-recipient">{words.words('ledgerExport.recipient')}</label>
            <input
              id="export-recipient"
              type="text"
              spellCheck={false}
              autoComplete="off"
              value={recipient}
              aria-invalid={problem === 'recipient' ? true : undefined}
              aria-describedby={problem === 'recipient' ? 'export-recipient-error' : undefined}
              onChange={(event) => {
                setRecipient(event.target.value);
                setProblem(null);
              }}
            />
            {problem === 'recipient' ? <FieldError id="export-recipient-error" error={words.words('input.enterRecipient')} hints={[]} /> : null}
          </div>
        ) : null}
        {lock === 'none' ? (
          <div className="stack-tight">
            <p id="export-plain-warning" className="export-warning" role="alert">
              {words.words('ledgerExport.plainWarning')}
            </p>
            <div className="field">
              <label className="checkbox" htmlFor="export-understood">
                <input
                  id="export-understood"
                  type="checkbox"
                  checked={understood}
                  aria-describedby={problem === 'understood' ? 'export-plain-warning export-understood-error' : 'export-plain-warning'}
                  aria-invalid={problem === 'understood' ? true : undefined}
                  onChange={(event) => {
                    setUnderstood(event.target.checked);
                    setProblem(null);
                  }}
                />
                {words.words('ledgerExport.confirmPlain')}
              </label>
              {problem === 'understood' ? <FieldError id="export-understood-error" error={words.words('ledgerExport.tickUnderstood')} hints={[]} /> : null}
            </div>
          </div>
        ) : null}
        <Alert error={error} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? words.words('ledgerExport.writing') : words.words('ledgerExport.write')}
          </button>
          {closeButton}
        </div>
      </form>
    </section>
  );
}
