import { useState } from 'react';
import type { VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { autoLockMinutes, describeAutoLock } from '../../autoLockChoices.ts';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { Section } from './Section.tsx';

interface AutoLockSectionProps {
  details: VaultDetails;
  onDetails: (details: VaultDetails) => void;
  onLocked: () => void;
}

/** How long the app may sit idle before it locks itself; saved as soon as it is chosen. */
export function AutoLockSection({ details, onDetails, onLocked }: AutoLockSectionProps) {
  const action = useVaultAction(onLocked);
  const [saved, setSaved] = useState<string | null>(null);
  const choices = autoLockMinutes.map((minutes) => minutes * 60);
  // A time set elsewhere (the CLI, a test) still shows as it is rather than as a wrong choice.
  const options = choices.includes(details.autoLockSeconds) ? choices : [details.autoLockSeconds, ...choices].sort((a, b) => a - b);

  async function choose(seconds: number) {
    setSaved(null);
    const done = await action.run(async () => onDetails(await treasury.vault.setAutoLock({ seconds })));
    if (done) setSaved(`Saved. The app now locks after ${describeAutoLock(seconds)} without use.`);
  }

  return (
    <Section id="auto-lock" title="Auto-lock">
      <p>The app also locks when the laptop goes to sleep or the screen locks.</p>
      <div className="field">
        <label htmlFor="auto-lock">Lock the app when it has not been used for</label>
        <select
          id="auto-lock"
          value={details.autoLockSeconds}
          onChange={(event) => void choose(Number(event.target.value))}
        >
          {options.map((seconds) => (
            <option key={seconds} value={seconds}>
              {describeAutoLock(seconds)}
            </option>
          ))}
        </select>
      </div>
      <p className="saved" role="status">
        {saved}
      </p>
      <Alert error={action.error} />
    </Section>
  );
}
