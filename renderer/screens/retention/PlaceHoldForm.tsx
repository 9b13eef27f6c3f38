import { useState, type FormEvent } from 'react';
import type { Hold } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { fieldProblems } from './fieldProblems.ts';

interface PlaceHoldFormProps {
  onPlaced: (hold: Hold) => void;
  onCancel: () => void;
  onLocked: () => void;
}

/** Why the hold is placed, in the treasurer's words: required, kept in the ledger for good. */
export function PlaceHoldForm({ onPlaced, onCancel, onLocked }: PlaceHoldFormProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [note, setNote] = useState('');
  const field = useFocusOnMount<HTMLTextAreaElement>();
  const form = useEscapeCloses(onCancel);

  async function place(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    let placed: Hold | undefined;
    await action.run(async () => {
      placed = (await treasury.hold.place({ note })).hold;
    });
    if (placed !== undefined) onPlaced(placed);
    else field.current?.focus();
  }

  const problem = fieldProblems(action.error).note;
  const noteError = problem === undefined ? null : words.say(problem);
  return (
    <form ref={form} className="stack-tight" aria-labelledby="hold-place-title" onSubmit={(event) => void place(event)} noValidate aria-busy={action.busy}>
      <h3 id="hold-place-title">{words.words('retentionScreen.hold.place')}</h3>
      <div className="field hold-note">
        <label htmlFor="hold-note">{words.words('retentionScreen.hold.noteLabel')}</label>
        <p id="hold-note-hint" className="hint">
          {words.words('retentionScreen.hold.noteHint')}
        </p>
        <textarea
          ref={field}
          id="hold-note"
          rows={3}
          required
          aria-required="true"
          aria-invalid={noteError === null ? undefined : true}
          aria-describedby={noteError === null ? 'hold-note-hint' : 'hold-note-hint hold-note-error'}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            action.clearError();
          }}
        />
        {noteError === null ? null : <FieldError id="hold-note-error" error={noteError} hints={[]} />}
      </div>
      {noteError === null ? <Alert error={action.error} /> : null}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {words.words('retentionScreen.hold.placeSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {words.words('components.cancel')}
        </button>
      </div>
    </form>
  );
}
