import type { ReactNode } from 'react';

/** One titled card of the vault screen, labelled by its heading for landmark navigation. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="heading" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * Puts focus back on a section's heading when the form a keyboard user was in goes away (cancelled
 * or done), so they are not dropped at the top of the page.
 */
export function returnFocusTo(sectionId: string): void {
  document.getElementById(`${sectionId}-title`)?.focus();
}
