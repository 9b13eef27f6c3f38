import { useEffect, useState } from 'react';
import type { ReceivingIdentity } from '../../../shared/contract/index.ts';
import { formatDateTime } from '../../../shared/messages/dates.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';

/**
 * On the first screen, beside creating a vault: taking over from another treasurer instead. After a
 * restart part way through, it says this laptop already keeps the key the file may be locked to.
 */
export function HandoverChoice({ onReceive }: { onReceive: () => void }) {
  const words = useWords();
  const [kept, setKept] = useState<ReceivingIdentity | null>(null);
  useEffect(() => {
    let current = true;
    treasury.handover.keptIdentity({}).then(
      (identity) => {
        if (current) setKept(identity);
      },
      // Without an answer the choice is offered as on any first run; the wizard asks again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <section className="handover-choice stack-tight" aria-labelledby="handover-choice-title">
      <h2 id="handover-choice-title">{words.words('handoverScreen.choice.title')}</h2>
      <p>{kept === null ? words.words('handoverScreen.choice.intro') : words.words('handoverScreen.choice.kept', { made: formatDateTime(kept.createdAt, words.language) })}</p>
      <div className="actions">
        <button type="button" onClick={onReceive}>
          {kept === null ? words.words('handoverScreen.choice.receive') : words.words('handoverScreen.choice.continue')}
        </button>
      </div>
    </section>
  );
}
