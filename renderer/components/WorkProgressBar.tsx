import type { WorkProgress } from '../../shared/contract/index.ts';

/**
 * A long piece of work under way: what it is doing, a bar of how far (moving without a figure while
 * there is none to give), and a button that stops it. The bar is no live region: a screen reader
 * hears the verdict once, not every slice.
 */
export function WorkProgressBar({ id, progress, onStop }: { id: string; progress: WorkProgress | null; onStop: () => void }) {
  const counted = progress?.step === 'entries' ? progress : null;
  return (
    <div className="work-progress">
      <label htmlFor={id}>{describe(progress)}</label>
      <div className="work-progress-row">
        {counted === null ? <progress id={id} /> : <progress id={id} max={counted.total} value={counted.done} />}
        <button type="button" onClick={onStop}>
          Stop
        </button>
      </div>
    </div>
  );
}

function describe(progress: WorkProgress | null): string {
  if (progress === null) return 'Starting the check…';
  if (progress.step === 'database') return "Waiting for SQLite's integrity check and the monthly totals…";
  return `Re-hashing entries: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`;
}
