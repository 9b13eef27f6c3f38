import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FieldError } from './FieldError.tsx';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  /** What is wrong with the choice; announced, and linked to the select for screen readers. */
  error?: string | null;
  errorHints?: string[];
  /** Further element ids the select is described by (a form-level refusal about this field). */
  describedBy?: string;
  /** Marks the choice as refused when the error is shown elsewhere (a form-level alert). */
  invalid?: boolean;
  /** A note under the select (what the choice means), read out with it. */
  note?: ReactNode;
  ref?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

/** One labelled select with its hint and its error, wired together as Field does for inputs. */
export function SelectField({ id, label, hint, error, errorHints = [], describedBy, invalid = false, note, className, ref, children, ...select }: SelectFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const noteId = note === undefined ? undefined : `${id}-note`;
  const describedByIds = [hintId, noteId, errorId, describedBy].filter((part) => part !== undefined).join(' ');
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <select ref={ref} id={id} aria-invalid={error || invalid ? true : undefined} aria-describedby={describedByIds || undefined} {...select}>
        {children}
      </select>
      {note === undefined ? null : (
        <p id={noteId} className="hint">
          {note}
        </p>
      )}
      {error && errorId !== undefined ? <FieldError id={errorId} error={error} hints={errorHints} /> : null}
    </div>
  );
}
