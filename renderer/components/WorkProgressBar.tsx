import type { WorkName, WorkProgress } from '../../shared/contract/index.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { useWords } from '../language/words.tsx';

/**
 * A long piece of work under way (a verify, a retention run, an import): what it is doing, a bar of
 * how far (moving without a figure while there is none to give), and a button that stops it, for the
 * work that can be stopped. The bar is no live region: a screen reader hears the verdict once, not
 * every slice.
 */
export function WorkProgressBar({ id, work, progress, onStop }: { id: string; work: WorkName; progress: WorkProgress | null; onStop?: () => void }) {
  const words = useWords();
  const counted = progress !== null && countedSteps.has(progress.step) ? progress : null;
  return (
    <div className="work-progress">
      <label htmlFor={id}>{describe(work, progress, words)}</label>
      <div className="work-progress-row">
        {counted === null ? <progress id={id} /> : <progress id={id} max={counted.total} value={counted.done} />}
        {onStop === undefined ? null : (
          <button type="button" onClick={onStop}>
            {words.words('components.workProgress.stop')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The steps that have a count to show. */
const countedSteps = new Set<WorkProgress['step']>(['entries', 'shredding', 'rows', 'writing', 'exporting', 'receiving', 'months', 'copying', 'csvRows']);

function describe(work: WorkName, progress: WorkProgress | null, words: Translator): string {
  if (progress === null) return words.words('components.workProgress.starting', { work });
  const counts = { done: words.number(progress.done), total: words.number(progress.total) };
  switch (progress.step) {
    case 'database':
      return words.words('components.workProgress.database');
    case 'entries':
      return words.words('components.workProgress.entries', counts);
    case 'shredding':
      return words.words('components.workProgress.shredding', counts);
    case 'compacting':
      return words.words('components.workProgress.compacting');
    case 'rows':
      return words.words('components.workProgress.rows', counts);
    case 'writing':
      return words.words('components.workProgress.writing', counts);
    case 'exporting':
      return words.words('components.workProgress.exporting', counts);
    case 'receiving':
      return words.words('components.workProgress.receiving', counts);
    case 'months':
      return words.words('components.workProgress.months', counts);
    case 'copying':
      return words.words('components.workProgress.copying', counts);
    case 'csvRows':
      return words.words('components.workProgress.csvRows', counts);
  }
}
