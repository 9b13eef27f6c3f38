import { lazy, Suspense } from 'react';
import { useWords } from '../../language/words.tsx';

// The summary's screens load when someone asks to open one: the first screen and unlocking stay small and quick.
const OpenSummaryScreen = lazy(() => import('./OpenSummaryScreen.tsx').then((module) => ({ default: module.OpenSummaryScreen })));

/** Open a summary, from the first screen or the unlock screen, once its code has loaded. */
export function OpenSummaryEntry({ onBack }: { onBack: () => void }) {
  const words = useWords();
  return (
    <Suspense fallback={<p className="opening">{words.words('app.opening')}</p>}>
      <OpenSummaryScreen onBack={onBack} />
    </Suspense>
  );
}
