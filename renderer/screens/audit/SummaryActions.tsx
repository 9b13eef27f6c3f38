import { useRef, useState, type FormEvent } from 'react';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { PathField } from '../../components/PathField.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';

/**
 * Print (the browser's own dialog, which prints the summary alone, black on white) and Save as PDF:
 * the summary file is checked again and written as a PDF in the reader's language, where they say.
 * Neither needs the vault.
 */
export function SummaryActions({ path }: { path: string }) {
  const words = useWords();
  const [asking, setAsking] = useState(false);
  const [pdfPath, setPdfPath] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const focusLater = useFocusLater();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (pdfPath.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const written = await treasury.audit.pdf({ path, pdfPath: pdfPath.trim(), language: words.language });
      setSaved(written.pdfPath);
      setAsking(false);
      setPdfPath('');
      focusLater(byId('summary-pdf-saved'));
    } catch (caught) {
      setError(asTreasuryError(caught));
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="summary-actions stack-tight no-print">
      <div className="actions">
        <button type="button" onClick={() => window.print()}>
          {words.words('auditScreen.actions.print')}
        </button>
        <button
          type="button"
          id="summary-save-pdf"
          aria-expanded={asking}
          aria-controls="summary-pdf-form"
          onClick={() => {
            setAsking((open) => !open);
            setSaved(null);
            setError(null);
            if (!asking) focusLater(byId('summary-pdf-path'));
          }}
        >
          {words.words('auditScreen.actions.savePdf')}
        </button>
      </div>
      {saved === null ? null : (
        <p id="summary-pdf-saved" className="saved" role="status" tabIndex={-1}>
          {words.words('auditScreen.pdf.saved')} <code className="path">{saved}</code>
        </p>
      )}
      <form id="summary-pdf-form" className="stack-tight summary-pdf-form" hidden={!asking} onSubmit={(event) => void save(event)} noValidate aria-busy={busy}>
        <PathField
          ref={field}
          id="summary-pdf-path"
          label={words.words('auditScreen.pdf.pathLabel')}
          hint={words.words('auditScreen.pdf.pathHint')}
          value={pdfPath}
          onChange={(event) => {
            setPdfPath(event.target.value);
            setMissing(false);
            setError(null);
          }}
          error={missing ? words.words('auditScreen.pdf.enterPath') : null}
        />
        <Alert error={error} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? words.words('auditScreen.pdf.saving') : words.words('auditScreen.pdf.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              setError(null);
              focusLater(byId('summary-save-pdf'));
            }}
          >
            {words.words('auditScreen.pdf.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
