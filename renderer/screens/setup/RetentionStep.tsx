import { useEffect, useState } from 'react';
import type { RetentionAges } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { AgesTable } from '../retention/AgesTable.tsx';
import { stepOf } from './SetupProgress.tsx';

/**
 * Step 4: how long records are kept, offered once the vault exists. The recommended schedule, or
 * everything kept for now: nothing is recorded then, and nothing is shredded until a schedule is
 * chosen in Retention.
 */
export function RetentionStep({ onChosen }: { onChosen: () => void }) {
  const words = useWords();
  const [recommended, setRecommended] = useState<RetentionAges | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    treasury.retention.show().then(
      (overview) => {
        if (current) setRecommended(overview.recommended);
      },
      (caught: unknown) => {
        if (current) setError(asTreasuryError(caught));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  async function keepRecommended() {
    if (busy || recommended === null) return;
    setBusy(true);
    setError(null);
    try {
      await treasury.retention.set({ recommended: true });
      onChosen();
    } catch (caught) {
      setError(asTreasuryError(caught));
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <StepHeading level={1} focusOnMount step={stepOf('retention')}>
        {words.words('retentionScreen.setup.title')}
      </StepHeading>
      <p>{words.words('retentionScreen.setup.why')}</p>
      <p>{words.words('retentionScreen.setup.books')}</p>
      {recommended === null ? null : (
        <>
          <h2 id="setup-recommended-title">{words.words('retentionScreen.setup.recommended')}</h2>
          <AgesTable labelledBy="setup-recommended-title" ages={recommended} />
        </>
      )}
      <p>{words.words('retentionScreen.setup.later')}</p>
      <Alert error={error} />
      <div className="actions">
        <button type="button" className="primary" aria-disabled={busy || recommended === null} onClick={() => void keepRecommended()}>
          {words.words('retentionScreen.setup.keepRecommended')}
        </button>
        <button type="button" onClick={onChosen}>
          {words.words('retentionScreen.setup.keepEverything')}
        </button>
      </div>
    </div>
  );
}
