import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldError } from './FieldError.tsx';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  /** Always-visible help under the label, read out with the field. */
  hint?: ReactNode;
  /** What is wrong with this field; announced, and linked to the input for screen readers. */
  error?: string | null;
  /** Ways to put the error right, listed under it (the estimator's suggestions for a weak passphrase). */
  errorHints?: string[];
  /** Further element ids the input is described by (a strength meter, a countdown). */
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
  /** Beside the input, on its line (a button that shows a passphrase, one that chooses a folder); null keeps the place for one. */
  beside?: ReactNode;
  /** Shown under the input and its error, inside the field (a strength meter). */
  children?: ReactNode;
}

/** One labelled input with its hint and its error, wired together with aria-describedby. */
export function Field({ id, label, hint, error, errorHints = [], describedBy, className, ref, beside, children, ...input }: FieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const describedByIds = [hintId, errorId, describedBy].filter((part) => part !== undefined).join(' ');
  const field = <input ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedByIds || undefined} {...input} />;
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {beside === undefined ? (
        field
      ) : (
        <div className="input-beside">
          {field}
          {beside}
        </div>
      )}
      {error && errorId !== undefined ? <FieldError id={errorId} error={error} hints={errorHints} /> : null}
      {children}
    </div>
  );
}
