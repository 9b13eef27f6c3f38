import type { Ref } from 'react';
import { isoDate } from '../../shared/contract/index.ts';
import { say, type Message } from '../../shared/messages/message.ts';
import { useWords } from '../language/words.tsx';

/** Why a typed date cannot be used, or null: the form the core stores (YYYY-MM-DD), never in the future. */
export function dateProblem(text: string, latest?: string): Message | null {
  const parsed = isoDate.safeParse(text.trim());
  if (!parsed.success) return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? say('components.date.noSuchDay') : say('components.date.writeItAs');
  if (latest !== undefined && text.trim() > latest) return say('components.date.inTheFuture');
  return null;
}

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called when focus leaves the field (a filter points out a mistake only then). */
  onBlur?: () => void;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A date typed as YYYY-MM-DD: one tab stop, fast from the keyboard, and exactly what the core stores
 * (a browser date input costs four tab stops and reads differently on every laptop). The format sits
 * beside the label, so the box lines up with its neighbours.
 */
export function DateField({ id, label, value, onChange, onBlur, error, ref }: DateFieldProps) {
  const words = useWords();
  const formatId = `${id}-format`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field field-date">
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        <span id={formatId} className="label-detail">
          {words.words('components.date.format')}
        </span>
      </div>
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId === undefined ? formatId : `${formatId} ${errorId}`}
      />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
