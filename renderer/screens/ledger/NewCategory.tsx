import { useState, type KeyboardEvent } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useVaultAction } from '../../useVaultAction.ts';

interface NewCategoryProps {
  /** Called with the saved name, once the list of categories is read again. */
  onAdded: (name: string) => Promise<void>;
  onLocked: () => void;
}

/** Adds one of the group's own categories without leaving the entry form. Enter adds; Escape cancels. */
export function NewCategory({ onAdded, onLocked }: NewCategoryProps) {
  const words = useWords();
  const [open, setOpen] = useState(false);
  const focusLater = useFocusLater();
  if (!open) {
    return (
      <button type="button" className="link-button add-category" onClick={() => setOpen(true)}>
        {words.words('ledgerScreen.category.add')}
      </button>
    );
  }
  return (
    <NewCategoryField
      onDone={async (name) => {
        if (name !== null) await onAdded(name);
        setOpen(false);
        focusLater(byId('entry-category'));
      }}
      onLocked={onLocked}
    />
  );
}

function NewCategoryField({ onDone, onLocked }: { onDone: (name: string | null) => Promise<void>; onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [name, setName] = useState('');
  const field = useFocusOnMount<HTMLInputElement>();

  async function add() {
    if (action.busy) return;
    let added: string | null = null;
    const done = await action.run(async () => {
      added = (await treasury.categories.add({ name })).name;
    });
    if (done) await onDone(added);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // This field sits inside the entry form: Enter adds the category instead of saving the entry.
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      void add();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void onDone(null);
    }
  }

  return (
    <div className="new-category stack-tight">
      <div className="field">
        <label htmlFor="new-category">{words.words('ledgerScreen.category.new')}</label>
        <input
          ref={field}
          id="new-category"
          type="text"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={action.error ? 'new-category-error' : undefined}
          aria-invalid={action.error ? true : undefined}
        />
      </div>
      <div id="new-category-error">
        <Alert error={action.error} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void add()} aria-disabled={action.busy}>
          {words.words('ledgerScreen.category.confirm')}
        </button>
        <button type="button" className="link-button" onClick={() => void onDone(null)}>
          {words.words('ledgerScreen.category.cancel')}
        </button>
      </div>
    </div>
  );
}
