import { useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/index.ts';
import { LanguageChooser } from '../../language/LanguageChooser.tsx';
import { describeLastLock } from '../../lockReason.ts';
import { useCountdown } from '../../useCountdown.ts';
import { OpenSummaryChoice } from '../audit/OpenSummaryChoice.tsx';
import { OpenSummaryEntry } from '../audit/OpenSummaryEntry.tsx';
import { SecretForm } from './SecretForm.tsx';
import { TotpGateForm } from './TotpGateForm.tsx';

interface UnlockScreenProps {
  status: VaultStatus;
  onUnlocked: () => void;
}

/** Opening a locked vault: the passphrase (or the recovery code), then the TOTP code when TOTP is on; or, without unlocking, reading a summary. */
export function UnlockScreen({ status, onUnlocked }: UnlockScreenProps) {
  const [phase, setPhase] = useState<'secret' | 'totp'>(status.state === 'awaiting-totp' ? 'totp' : 'secret');
  // Reading a published summary needs no unlocking: an auditor may use the treasurer's laptop too.
  const [readingSummary, setReadingSummary] = useState(false);
  // One countdown for both steps: a wrong code counts towards the same backoff as a wrong passphrase.
  const countdown = useCountdown(status.retryAfterSeconds);
  const lockedBecause = describeLastLock(status.lastLock);

  if (readingSummary) return <OpenSummaryEntry onBack={() => setReadingSummary(false)} />;
  return (
    <div className="screen screen-narrow">
      <LanguageChooser />
      {phase === 'secret' ? (
        <SecretForm vaultDir={status.vaultDir} lockedBecause={lockedBecause} countdown={countdown} onPassed={(state) => (state === 'unlocked' ? onUnlocked() : setPhase('totp'))} />
      ) : (
        <TotpGateForm countdown={countdown} onPassed={onUnlocked} />
      )}
      {phase === 'secret' ? <OpenSummaryChoice onOpen={() => setReadingSummary(true)} /> : null}
    </div>
  );
}
