import { useState, type FormEvent } from 'react';
import type { AccountsOverview } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';

interface ConcentrationThresholdProps {
  overview: AccountsOverview;
  onSaved: () => void;
  onLocked: () => void;
}

/** The share of the group's money on one account above which the app warns; the group decides it. */
export function ConcentrationThreshold({ overview, onSaved, onLocked }: ConcentrationThresholdProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [percent, setPercent] = useState(String(overview.concentrationThresholdPercent));
  const [problem, setProblem] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(null);
    const value = Number(percent);
    if (!/^\d{1,3}$/.test(percent.trim()) || value < 1 || value > 100) {
      setProblem(true);
      return;
    }
    setProblem(false);
    if (await action.run(async () => void (await treasury.accounts.setConcentrationThreshold({ percent: value })))) {
      setSaved(words.words('accountsScreen.threshold.saved', { percent: value / 100 }));
      onSaved();
    }
  }

  return (
    <section className="card" aria-labelledby="threshold-title">
      <h2 id="threshold-title">{words.words('accountsScreen.threshold.title')}</h2>
      <p>{words.words('accountsScreen.threshold.why')}</p>
      <form className="stack-tight" onSubmit={(event) => void save(event)} noValidate aria-busy={action.busy}>
        <label htmlFor="threshold-percent">{words.words('accountsScreen.threshold.label')}</label>
        <div className="inline-form">
          <span className="with-unit">
            <input
              id="threshold-percent"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              value={percent}
              onChange={(event) => {
                setPercent(event.target.value);
                setProblem(false);
              }}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'threshold-unit threshold-error' : 'threshold-unit'}
            />
            <span id="threshold-unit">{words.words('accountsScreen.threshold.unit')}</span>
          </span>
          <button type="submit" aria-disabled={action.busy}>
            {words.words('accountsScreen.threshold.save')}
          </button>
        </div>
        {problem ? (
          <p id="threshold-error" className="field-error" role="alert">
            {words.words('accountsScreen.threshold.invalid')}
          </p>
        ) : null}
      </form>
      <Alert error={action.error} />
      <p className="saved" role="status">
        {saved}
      </p>
    </section>
  );
}
