import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { Section } from './Section.tsx';

/** A copy of key-slots.json saved elsewhere, so a damaged key-slot file is not the end of the books. */
export function KeySlotBackupSection({ onLocked }: { onLocked: () => void }) {
  const action = useVaultAction(onLocked);
  const [path, setPath] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(null);
    let where = '';
    if (await action.run(async () => void (where = (await treasury.vault.backupKeySlots({ path })).path))) {
      setSaved(`Saved a copy of the key slots to ${where}.`);
      setPath('');
    }
  }

  const fieldError = action.error !== null && ['NOT_PERMITTED', 'INVALID_INPUT'].includes(action.error.code) ? action.error.message : null;
  return (
    <Section id="key-slot-backup" title="Save a copy of the key slots">
      <p>
        The file key-slots.json holds the vault&apos;s key, locked by each passphrase and the recovery code. If it is damaged, nobody can open the ledger, not even with the right passphrase. A copy,
        kept apart from this laptop, saves the books.
      </p>
      <p>
        <strong>Keep the copy as safely as the recovery sheet.</strong> With it, the passphrases and recovery code of today open the vault. After the vault&apos;s key changes, earlier copies stop
        working: save a new one.
      </p>
      <form className="stack-tight" onSubmit={save} noValidate aria-busy={action.busy}>
        <Field
          id="key-slot-backup-path"
          label="Save the copy as"
          hint="A full path to a new file outside the vault folder, for example on a USB stick: /media/usb/key-slots-copy.json"
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
          {saved}
        </p>
        <div className="actions">
          <button type="submit" aria-disabled={action.busy}>
            Save a copy
          </button>
        </div>
      </form>
    </Section>
  );
}
