/** What is wrong with a field, announced, with the ways to put it right listed under it. */
export function FieldError({ id, error, hints }: { id: string; error: string; hints: string[] }) {
  return (
    <div id={id} className="field-error" role="alert">
      <p>{error}</p>
      {hints.length > 0 ? (
        <ul>
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
