import type { TreasuryError } from '../../shared/errors.ts';

/** A failure that belongs to a whole form rather than one field, announced as it appears. */
export function Alert({ error }: { error: TreasuryError | null }) {
  if (error === null) return null;
  return (
    <div className="alert" role="alert">
      <p>{error.message}</p>
      {error.hints !== undefined && error.hints.length > 0 ? (
        <ul>
          {error.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
