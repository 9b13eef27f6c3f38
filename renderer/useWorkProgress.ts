import { useCallback, useEffect, useState } from 'react';
import type { WorkName, WorkProgress } from '../shared/contract/index.ts';

/** How far the core's long piece of work `work` is, from its progress events; null before the first and after `reset`. */
export function useWorkProgress(work: WorkName): { progress: WorkProgress | null; reset: () => void } {
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  useEffect(
    () =>
      window.treasury.onEvent((event) => {
        if (event.name === 'progress' && event.payload.work === work) setProgress(event.payload);
      }),
    [work],
  );
  const reset = useCallback(() => setProgress(null), []);
  return { progress, reset };
}
