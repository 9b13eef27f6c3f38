import { useState, type ComponentProps, type KeyboardEvent } from 'react';
import { useWords } from '../language/words.tsx';
import { Field } from './Field.tsx';

type PassphraseFieldProps = Omit<ComponentProps<typeof Field>, 'type' | 'beside' | 'spellCheck'> & {
  /** A recovery code instead: shown as typed (it is read off paper), so no Show button. */
  recoveryCode?: boolean;
};

/**
 * Every field a passphrase is typed in (setup, unlock, change, co-treasurer, handover): hidden by
 * default, a Show button beside it that never submits the form, and a warning under it while Caps Lock
 * is on, since a passphrase typed in capitals is a wrong one that counts towards the backoff.
 */
export function PassphraseField({ id, recoveryCode = false, describedBy, children, onKeyDown, onKeyUp, onBlur, ...field }: PassphraseFieldProps) {
  const words = useWords();
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const capsId = `${id}-caps-lock`;
  // Read from each key: the browser says whether Caps Lock is on only with a key event.
  const readCapsLock = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));
  return (
    <Field
      {...field}
      id={id}
      type={recoveryCode || shown ? 'text' : 'password'}
      spellCheck={false}
      describedBy={[describedBy, capsLock ? capsId : undefined].filter((part) => part !== undefined).join(' ') || undefined}
      onKeyDown={(event) => {
        readCapsLock(event);
        onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        readCapsLock(event);
        onKeyUp?.(event);
      }}
      onBlur={(event) => {
        setCapsLock(false);
        onBlur?.(event);
      }}
      // null, not undefined, for a recovery code: the input keeps its place in the page (and its focus) as the button goes.
      beside={
        recoveryCode ? null : (
          // One name whatever the state ("Show passphrase", pressed or not): aria-pressed says which. The
          // name is its text, not an aria-label, so that a search by the field's label finds the field alone.
          <button type="button" className="show-secret" aria-pressed={shown} aria-controls={id} onClick={() => setShown((now) => !now)}>
            {words.words('components.passphrase.show')}
          </button>
        )
      }
    >
      {/* Always in the page, so that screen readers announce the warning when it appears. */}
      <p id={capsId} className="caps-lock-warning" aria-live="polite">
        {capsLock ? words.words('components.passphrase.capsLock') : null}
      </p>
      {children}
    </Field>
  );
}
