import { useCallback, useEffect, useState } from 'react';
import type { Hold } from '../../shared/contract/index.ts';
import { treasury } from '../treasury.ts';

/**
 * The legal hold that stands, for the banner every screen shows: read when the app opens and again
 * whenever the retention screen places or lifts one (`refresh`).
 */
export function useLegalHold(): { hold: Hold | null; refresh: () => void } {
  const [hold, setHold] = useState<Hold | null>(null);
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    treasury.hold.status().then(
      (status) => {
        if (current) setHold(status.hold);
      },
      // A locked vault or a closed window: the screens say so themselves.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [reads]);

  const refresh = useCallback(() => setReads((count) => count + 1), []);
  return { hold, refresh };
}
