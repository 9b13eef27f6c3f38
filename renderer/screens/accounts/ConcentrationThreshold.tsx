import { useState, type FormEvent } from 'react';
import type { AccountsOverview } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';

interface ConcentrationThresholdProps {
  overview: AccountsOverview;
  onSaved: () => void;
  onLocked: () => void;
}

/** The share of the group's money on one account above which the app warns; the group decides it. */
export function ConcentrationThreshold({ overview, onSaved, onLocked }: ConcentrationThresholdProps) {
  const action = useVaultAction(onLocked);
  const [percent, setPercent] = useState(String(overview.concentrationThresholdPercent));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(null);
    const value = Number(percent);
    if (!/^\d{1,3}$/.test(percent.trim()) || value < 1 || value > 100) {
      setProblem('Use a whole percentage from 1 to 100.');
      return;
    }
    setProblem(null);
    if (await action.run(async () => void (await treasury.accounts.setConcentrationThreshold({ percent: value })))) {
      setSaved(`Saved. The app warns when one account holds more than ${value}% of the group’s money in a currency.`);
      onSaved();
    }
  }

  return (
    <section className="card" aria-labelledby="threshold-title">
      <h2 id="threshold-title">Too much on one account</h2>
      <p>If one platform holds most of the money, a single freeze stops most payouts. The app warns above the share the group sets here.</p>
      <form className="stack-tight" onSubmit={(event) => void save(event)} noValidate aria-busy={action.busy}>
        <label htmlFor="threshold-percent">Warn when one account holds more than</label>
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
                setProblem(null);
              }}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'threshold-unit threshold-error' : 'threshold-unit'}
            />
            <span id="threshold-unit">% of the group’s money in a currency</span>
          </span>
          <button type="submit" aria-disabled={action.busy}>
            Save
          </button>
        </div>
        {problem ? (
          <p id="threshold-error" className="field-error" role="alert">
            {problem}
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
