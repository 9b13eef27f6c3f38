import { useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/index.ts';
import { LanguageChooser } from '../../language/LanguageChooser.tsx';
import { PassphraseStep } from './PassphraseStep.tsx';
import { RecoveryCodeStep } from './RecoveryCodeStep.tsx';
import { RetentionStep } from './RetentionStep.tsx';
import { SetupProgress } from './SetupProgress.tsx';
import { TotpStep } from './TotpStep.tsx';
import { VaultFolderStep } from './VaultFolderStep.tsx';

type Step = { kind: 'folder'; vaultDir: string } | { kind: 'passphrase'; vaultDir: string } | { kind: 'recovery-code'; recoveryCode: string } | { kind: 'retention' } | { kind: 'totp' };

interface SetupScreenProps {
  status: VaultStatus;
  /** The vault exists and is unlocked: show it. */
  onFinished: () => void;
  /** The treasurer pointed at a folder that already holds a vault. */
  onExistingVault: (status: VaultStatus) => void;
}

/** First run: where the vault lives, its passphrase, the recovery code written down, how long records are kept, and TOTP. */
export function SetupScreen({ status, onFinished, onExistingVault }: SetupScreenProps) {
  const [step, setStep] = useState<Step>({ kind: 'folder', vaultDir: status.vaultDir });

  return (
    <div className="screen">
      {/* Before anything is asked, the treasurer can read the app in their language. */}
      {step.kind === 'folder' ? <LanguageChooser /> : null}
      <SetupProgress current={step.kind} />
      {step.kind === 'folder' ? <VaultFolderStep initialVaultDir={step.vaultDir} onCreateHere={(vaultDir) => setStep({ kind: 'passphrase', vaultDir })} onExistingVault={onExistingVault} /> : null}
      {step.kind === 'passphrase' ? (
        <PassphraseStep vaultDir={step.vaultDir} onBack={() => setStep({ kind: 'folder', vaultDir: step.vaultDir })} onCreated={(recoveryCode) => setStep({ kind: 'recovery-code', recoveryCode })} />
      ) : null}
      {step.kind === 'recovery-code' ? <RecoveryCodeStep recoveryCode={step.recoveryCode} onWrittenDown={() => setStep({ kind: 'retention' })} /> : null}
      {step.kind === 'retention' ? <RetentionStep onChosen={() => setStep({ kind: 'totp' })} /> : null}
      {step.kind === 'totp' ? <TotpStep onFinished={onFinished} /> : null}
    </div>
  );
}
