interface RadioChoiceProps {
  id: string;
  name: string;
  checked: boolean;
  onChoose: () => void;
  label: string;
  /** What the choice means, read out with it. */
  hint: string;
}

/** One choice of a radio group, with a line under it saying what it means. */
export function RadioChoice({ id, name, checked, onChoose, label, hint }: RadioChoiceProps) {
  return (
    <div className="radio-choice">
      <label className="checkbox" htmlFor={id}>
        <input id={id} type="radio" name={name} checked={checked} onChange={onChoose} aria-describedby={`${id}-hint`} />
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}
