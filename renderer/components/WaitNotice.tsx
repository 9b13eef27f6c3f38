/**
 * The live countdown of an unlock backoff. Not a live region: read out every second it would drown the
 * error it follows; the Unlock button points here with aria-describedby instead.
 */
export function WaitNotice({ id, secondsLeft }: { id: string; secondsLeft: number }) {
  if (secondsLeft <= 0) return null;
  return (
    <p id={id} className="wait">
      You can try again in {secondsLeft} second{secondsLeft === 1 ? '' : 's'}. Each wrong try makes the wait longer, to slow down guessing.
    </p>
  );
}
