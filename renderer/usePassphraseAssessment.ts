import { useEffect, useState } from 'react';
import type { PassphraseAssessment } from '../shared/contract/index.ts';
import { treasury } from './treasury.ts';

/** Long enough that typing is not interrupted by a running estimate, short enough to feel live. */
const debounceMilliseconds = 300;

/** The core's strength estimate for what is being typed, a moment after typing pauses; null for an empty field. */
export function usePassphraseAssessment(passphrase: string): PassphraseAssessment | null {
  const [assessment, setAssessment] = useState<PassphraseAssessment | null>(null);

  useEffect(() => {
    if (passphrase === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      treasury.vault
        .assessPassphrase({ passphrase })
        .then((result) => {
          if (current) setAssessment(result);
        })
        .catch(() => {
          if (current) setAssessment(null);
        });
    }, debounceMilliseconds);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [passphrase]);

  return passphrase === '' ? null : assessment;
}
