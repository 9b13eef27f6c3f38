import { useState, type FormEvent } from 'react';
import { useWords } from '../language/words.tsx';
import { Heading } from './Heading.tsx';

interface BackupCodesProps {
  codes: string[];
  headingLevel: 1 | 2 | 3;
  onSaved: () => void;
}

/** The one-time backup codes, shown once, with a confirmation that they were saved before moving on. */
export function BackupCodes({ codes, headingLevel, onSaved }: BackupCodesProps) {
  const words = useWords();
  const [saved, setSaved] = useState(false);
  const [unticked, setUnticked] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!saved) {
      setUnticked(true);
      return;
    }
    onSaved();
  }

  return (
    <form className="stack enrolment" onSubmit={submit} noValidate>
      <Heading level={headingLevel} focusOnMount>
        {words.words('components.backupCodes.title')}
      </Heading>
      <p>{words.words('components.backupCodes.whatTheyAre')}</p>
      <p>{words.words('components.backupCodes.whatToDo')}</p>
      <ol className="backup-codes" aria-label={words.words('components.backupCodes.listLabel')}>
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
            setUnticked(false);
          }}
          aria-invalid={unticked ? true : undefined}
          aria-describedby={unticked ? 'backup-codes-saved-error' : undefined}
        />
        <label htmlFor="backup-codes-saved">{words.words('components.backupCodes.savedThem')}</label>
      </div>
      {unticked ? (
        <p id="backup-codes-saved-error" className="field-error" role="alert">
          {words.words('components.backupCodes.tickTheBox')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('components.backupCodes.continue')}
        </button>
      </div>
    </form>
  );
}
