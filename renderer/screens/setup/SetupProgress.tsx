const steps = [
  { kind: 'folder', label: 'Vault folder' },
  { kind: 'passphrase', label: 'Passphrase' },
  { kind: 'recovery-code', label: 'Recovery code' },
  { kind: 'totp', label: 'TOTP' },
] as const;

type StepKind = (typeof steps)[number]['kind'];

/** Where the treasurer is in the four setup steps, so nobody wonders how much is left. */
export function SetupProgress({ current }: { current: StepKind }) {
  const currentIndex = steps.findIndex((step) => step.kind === current);
  return (
    <nav aria-label="Setup steps">
      <ol className="setup-progress">
        {steps.map((step, index) => (
          <li key={step.kind} className={index < currentIndex ? 'done' : index === currentIndex ? 'current' : undefined} aria-current={index === currentIndex ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index < currentIndex ? '✓' : index + 1}
            </span>
            {step.label}
            {index < currentIndex ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** "Step 2 of 4", for the heading of each step. */
export function stepOf(kind: StepKind): string {
  return `Step ${steps.findIndex((step) => step.kind === kind) + 1} of ${steps.length}`;
}
