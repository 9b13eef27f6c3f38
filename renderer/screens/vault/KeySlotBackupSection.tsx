import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { Section } from './Section.tsx';
import { useWords } from '../../language/words.tsx';

/** A copy of key-slots.json saved elsewhere, so a damaged key-slot file is not the end of the books. */
export function KeySlotBackupSection({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [path, setPath] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(null);
    let where = '';
    if (await action.run(async () => void (where = (await treasury.vault.backupKeySlots({ path })).path))) {
      setSaved(where);
      setPath('');
    }
  }

  const fieldError = action.error !== null && ['NOT_PERMITTED', 'INVALID_INPUT'].includes(action.error.code) ? words.say(action.error.reason) : null;
  return (
    <Section id="key-slot-backup" title={words.words('vaultScreen.keySlotBackup.title')}>
      <p>{words.words('vaultScreen.keySlotBackup.why')}</p>
      <p>
        <strong>{words.words('vaultScreen.keySlotBackup.keepSafe')}</strong> {words.words('vaultScreen.keySlotBackup.whatItOpens')}
      </p>
      <form className="stack-tight" onSubmit={save} noValidate aria-busy={action.busy}>
        <Field
          id="key-slot-backup-path"
          label={words.words('vaultScreen.keySlotBackup.label')}
          hint={words.words('vaultScreen.keySlotBackup.hint')}
          spellCheck={false}
          autoComplete="off"
          value={path}
          onChange={(event) => {
            setPath(event.target.value);
            action.clearError();
          }}
          error={fieldError}
        />
        {fieldError === null ? <Alert error={action.error} /> : null}
        <p className="saved" role="status">
          {saved === null ? null : words.words('vaultScreen.keySlotBackup.saved', { path: saved })}
        </p>
        <div className="actions">
          <button type="submit" aria-disabled={action.busy}>
            {words.words('vaultScreen.keySlotBackup.save')}
          </button>
        </div>
      </form>
    </Section>
  );
}
