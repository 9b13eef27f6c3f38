import { useState, type FormEvent } from 'react';
import { Heading } from './Heading.tsx';

interface BackupCodesProps {
  codes: string[];
  headingLevel: 1 | 2 | 3;
  onSaved: () => void;
}

/** The one-time backup codes, shown once, with a confirmation that they were saved before moving on. */
export function BackupCodes({ codes, headingLevel, onSaved }: BackupCodesProps) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!saved) {
      setError('Tick the box once the backup codes are written down or printed.');
      return;
    }
    onSaved();
  }

  return (
    <form className="stack enrolment" onSubmit={submit} noValidate>
      <Heading level={headingLevel} focusOnMount>
        Save your backup codes
      </Heading>
      <p>
        TOTP is now on. If the phone with the authenticator app is lost, each of these codes opens the app once instead of a six-digit code. Write them down or print them, and keep them with the
        recovery code, away from this laptop. They will not be shown again.
      </p>
      <ol className="backup-codes" aria-label="Backup codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="checkbox">
        <input
          id="backup-codes-saved"
          type="checkbox"
          checked={saved}
          onChange={(event) => {
            setSaved(event.target.checked);
            setError(null);
          }}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={error === null ? undefined : 'backup-codes-saved-error'}
        />
        <label htmlFor="backup-codes-saved">I have saved these backup codes somewhere safe</label>
      </div>
      {error === null ? null : (
        <p id="backup-codes-saved-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Continue
        </button>
      </div>
    </form>
  );
}
