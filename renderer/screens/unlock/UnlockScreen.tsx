import { useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/index.ts';
import { LanguageChooser } from '../../language/LanguageChooser.tsx';
import { describeLastLock } from '../../lockReason.ts';
import { useCountdown } from '../../useCountdown.ts';
import { SecretForm } from './SecretForm.tsx';
import { TotpGateForm } from './TotpGateForm.tsx';

interface UnlockScreenProps {
  status: VaultStatus;
  onUnlocked: () => void;
}

/** Opening a locked vault: the passphrase (or the recovery code), then the TOTP code when TOTP is on. */
export function UnlockScreen({ status, onUnlocked }: UnlockScreenProps) {
  const [phase, setPhase] = useState<'secret' | 'totp'>(status.state === 'awaiting-totp' ? 'totp' : 'secret');
  // One countdown for both steps: a wrong code counts towards the same backoff as a wrong passphrase.
  const countdown = useCountdown(status.retryAfterSeconds);
  const lockedBecause = describeLastLock(status.lastLock);

  return (
    <div className="screen screen-narrow">
      <LanguageChooser />
      {phase === 'secret' ? (
        <SecretForm vaultDir={status.vaultDir} lockedBecause={lockedBecause} countdown={countdown} onPassed={(state) => (state === 'unlocked' ? onUnlocked() : setPhase('totp'))} />
      ) : (
        <TotpGateForm countdown={countdown} onPassed={onUnlocked} />
      )}
    </div>
  );
}
