import { useEffect } from 'react';
import { treasury } from './treasury.ts';

/** Often enough to keep a short auto-lock from firing under someone's fingers, rare enough to cost nothing. */
const reportEverySeconds = 5;

/** Tells the core the person is still at the keyboard, so the idle lock waits. */
export function useActivityReporter(): void {
  useEffect(() => {
    let lastReport = 0;
    const report = () => {
      const now = Date.now();
      if (now - lastReport < reportEverySeconds * 1000) return;
      lastReport = now;
      // A failed report only means the idle lock may come a little early; nothing to show.
      treasury.vault.reportActivity().catch(() => undefined);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, report, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, report, { capture: true });
    };
  }, []);
}
