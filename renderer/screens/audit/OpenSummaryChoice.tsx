import { useWords } from '../../language/words.tsx';

/**
 * On the first screen and the unlock screen: reading a summary the group published, with no vault of
 * one's own and no passphrase, for an auditor or a member on any computer with the app.
 */
export function OpenSummaryChoice({ onOpen }: { onOpen: () => void }) {
  const words = useWords();
  return (
    <section className="open-summary-choice stack-tight" aria-labelledby="open-summary-choice-title">
      <h2 id="open-summary-choice-title">{words.words('auditScreen.choice.title')}</h2>
      <p>{words.words('auditScreen.choice.intro')}</p>
      <div className="actions">
        <button type="button" onClick={onOpen}>
          {words.words('auditScreen.choice.open')}
        </button>
      </div>
    </section>
  );
}
