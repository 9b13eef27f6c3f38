import { useWords } from '../language/words.tsx';

/**
 * The live countdown of an unlock backoff. Not a live region: read out every second it would drown the
 * error it follows; the Unlock button points here with aria-describedby instead.
 */
export function WaitNotice({ id, secondsLeft }: { id: string; secondsLeft: number }) {
  const words = useWords();
  if (secondsLeft <= 0) return null;
  return (
    <p id={id} className="wait">
      {words.words('components.waitNotice', { seconds: secondsLeft })}
    </p>
  );
}
