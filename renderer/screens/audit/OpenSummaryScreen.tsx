import { useRef, useState, type FormEvent } from 'react';
import type { VerifiedSummary } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { PathField } from '../../components/PathField.tsx';
import { asTreasuryError } from '../../failure.ts';
import { LanguageChooser } from '../../language/LanguageChooser.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { SummaryView } from './SummaryView.tsx';

/** What is open: the file asked for, or a summary read from it and verified. */
type Showing = { kind: 'asking' } | { kind: 'open'; verified: VerifiedSummary; path: string };

/**
 * Open a summary, with no vault and no passphrase: an auditor's or a member's way in. The file's
 * path, then its signature checked, then its figures; a file changed in any way is refused, saying
 * what failed, and nothing of it is shown.
 */
export function OpenSummaryScreen({ onBack }: { onBack: () => void }) {
  const words = useWords();
  const [showing, setShowing] = useState<Showing>({ kind: 'asking' });
  const [path, setPath] = useState('');

  if (showing.kind === 'open') {
    return (
      <div className="screen screen-full summary-screen">
        <div className="actions no-print">
          <button type="button" onClick={() => setShowing({ kind: 'asking' })}>
            {words.words('auditScreen.open.another')}
          </button>
          <button type="button" onClick={onBack}>
            {words.words('auditScreen.open.back')}
          </button>
        </div>
        <SummaryView verified={showing.verified} path={showing.path} origin="opened" level={1} focusOnMount />
      </div>
    );
  }
  return <OpenSummaryForm path={path} onPathChange={setPath} onOpened={(verified, opened) => setShowing({ kind: 'open', verified, path: opened })} onBack={onBack} />;
}

interface OpenSummaryFormProps {
  path: string;
  onPathChange: (path: string) => void;
  onOpened: (verified: VerifiedSummary, path: string) => void;
  onBack: () => void;
}

function OpenSummaryForm({ path, onPathChange, onOpened, onBack }: OpenSummaryFormProps) {
  const words = useWords();
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  async function open(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (path.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const verified = await treasury.audit.verify({ path: path.trim() });
      onOpened(verified, path.trim());
    } catch (caught) {
      setError(asTreasuryError(caught));
      setBusy(false);
      field.current?.focus();
    }
  }

  return (
    <div className="screen">
      <LanguageChooser />
      <form className="stack" onSubmit={(event) => void open(event)} noValidate aria-busy={busy}>
        <Heading level={1} focusOnMount>
          {words.words('auditScreen.open.title')}
        </Heading>
        <p>{words.words('auditScreen.open.intro')}</p>
        <PathField
          ref={field}
          id="summary-file"
          label={words.words('auditScreen.open.pathLabel')}
          hint={words.words('auditScreen.open.pathHint')}
          value={path}
          onChange={(event) => {
            onPathChange(event.target.value);
            setMissing(false);
            setError(null);
          }}
          error={missing ? words.words('auditScreen.open.enterPath') : null}
          describedBy={error === null ? undefined : 'summary-file-refused'}
        />
        <Alert id="summary-file-refused" error={error} afterword={error?.code === 'SUMMARY_NOT_VERIFIED' ? words.words('auditScreen.open.notShown') : undefined} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? words.words('auditScreen.open.checking') : words.words('auditScreen.open.open')}
          </button>
          <button type="button" onClick={busy ? undefined : onBack} aria-disabled={busy}>
            {words.words('auditScreen.open.back')}
          </button>
        </div>
      </form>
    </div>
  );
}
