import type { ReactNode } from 'react';

/** A wizard step that asks nothing and only moves on: a form, so its button goes on by Enter as by a click. */
export function NextStepForm({ onNext, children }: { onNext: () => void; children: ReactNode }) {
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      {children}
    </form>
  );
}
