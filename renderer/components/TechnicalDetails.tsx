import type { ReactNode } from 'react';
import { useWords } from '../language/words.tsx';

/**
 * The technical terms behind a plain-words screen (Argon2id settings, the data key, format versions,
 * fingerprints), folded away under "Technical details": a native disclosure, opened with Enter or Space.
 */
export function TechnicalDetails({ children }: { children: ReactNode }) {
  const words = useWords();
  return (
    <details className="technical-details">
      <summary>{words.words('components.technicalDetails')}</summary>
      <div className="technical-details-body">{children}</div>
    </details>
  );
}
