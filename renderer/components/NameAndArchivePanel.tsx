import { useState, type FormEvent } from 'react';
import type { FormerName } from '../../shared/contract/index.ts';
import { formatDay } from '../../shared/messages/dates.ts';
import { Alert } from './Alert.tsx';
import { Field } from './Field.tsx';
import { useWords } from '../language/words.tsx';
import { useVaultAction } from '../useVaultAction.ts';

interface NameAndArchivePanelProps {
  /** Ids are made from it, so an account's panel and a fund's never share one. */
  idPrefix: string;
  name: string;
  formerNames: FormerName[];
  archived: boolean;
  /** Why it cannot be archived now (it holds money; the general fund), or null when it can. */
  cannotArchive: string | null;
  rename: (name: string) => Promise<unknown>;
  setArchived: (archived: boolean) => Promise<unknown>;
  onChanged: (done: string) => void;
  onLocked: () => void;
}

/**
 * Renaming a payment account or a fund, and archiving it once it is empty: the same for both. The old
 * names stay in its history; an archived one leaves the entry form's lists and can be restored.
 */
export function NameAndArchivePanel({ idPrefix, name, formerNames, archived, cannotArchive, rename, setArchived, onChanged, onLocked }: NameAndArchivePanelProps) {
  const words = useWords();
  const renaming = useVaultAction(onLocked);
  const archiving = useVaultAction(onLocked);
  const [newName, setNewName] = useState(name);
  const [missing, setMissing] = useState(false);

  async function submitName(event: FormEvent) {
    event.preventDefault();
    if (renaming.busy) return;
    setMissing(newName.trim() === '');
    if (newName.trim() === '') return document.getElementById(`${idPrefix}-new-name`)?.focus();
    if (await renaming.run(async () => void (await rename(newName)))) onChanged(words.words('components.names.renamed', { from: name, to: newName.trim() }));
  }

  async function toggleArchived() {
    if (archiving.busy) return;
    if (await archiving.run(async () => void (await setArchived(!archived)))) onChanged(words.words(archived ? 'components.names.restored' : 'components.names.archived', { name }));
  }

  return (
    <div className="stack">
      <form className="stack-tight" onSubmit={(event) => void submitName(event)} noValidate aria-busy={renaming.busy}>
        <Field
          id={`${idPrefix}-new-name`}
          label={words.words('components.names.newName')}
          hint={words.words('components.names.newNameHint')}
          autoComplete="off"
          maxLength={60}
          value={newName}
          onChange={(event) => {
            setNewName(event.target.value);
            setMissing(false);
            renaming.clearError();
          }}
          error={missing ? words.words('components.names.nameMissing') : renaming.error === null ? null : words.say(renaming.error.reason)}
        />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={renaming.busy}>
            {words.words('components.names.rename')}
          </button>
        </div>
      </form>
      {formerNames.length === 0 ? null : (
        <div className="stack-tight">
          <h3>{words.words('components.names.formerNames')}</h3>
          <ul className="plain-list">
            {formerNames.map((former) => (
              <li key={`${former.name}-${former.until}`}>{words.words('components.names.formerName', { name: former.name, until: formatDay(former.until, words.language) })}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="stack-tight">
        <h3>{words.words(archived ? 'components.names.archivedTitle' : 'components.names.archiveTitle')}</h3>
        <p className="hint" id={`${idPrefix}-archive-hint`}>
          {archived ? words.words('components.names.archivedHint') : (cannotArchive ?? words.words('components.names.archiveHint'))}
        </p>
        <Alert error={archiving.error} />
        <div className="actions">
          <button
            type="button"
            aria-describedby={`${idPrefix}-archive-hint`}
            aria-disabled={archiving.busy || (!archived && cannotArchive !== null)}
            onClick={() => (!archived && cannotArchive !== null ? undefined : void toggleArchived())}
          >
            {words.words(archived ? 'components.names.restore' : 'components.names.archive')}
          </button>
        </div>
      </div>
    </div>
  );
}
