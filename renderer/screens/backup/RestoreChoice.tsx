import { useWords } from '../../language/words.tsx';

/** On the first screen, beside creating a vault: making one from a backup folder instead, after a laptop was lost or broke. */
export function RestoreChoice({ onRestore }: { onRestore: () => void }) {
  const words = useWords();
  return (
    <section className="restore-choice stack-tight" aria-labelledby="restore-choice-title">
      <h2 id="restore-choice-title">{words.words('backupScreen.choice.title')}</h2>
      <p>{words.words('backupScreen.choice.intro')}</p>
      <div className="actions">
        <button type="button" onClick={onRestore}>
          {words.words('backupScreen.choice.start')}
        </button>
      </div>
    </section>
  );
}
