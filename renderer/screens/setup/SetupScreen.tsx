import { useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/index.ts';
import { LanguageChooser } from '../../language/LanguageChooser.tsx';
import { OpenSummaryEntry } from '../audit/OpenSummaryEntry.tsx';
import { RestoreBackupScreen } from '../backup/RestoreBackupScreen.tsx';
import { ReceiveHandoverScreen } from '../handover/ReceiveHandoverScreen.tsx';
import { PassphraseStep } from './PassphraseStep.tsx';
import { RecoveryCodeStep } from './RecoveryCodeStep.tsx';
import { RetentionStep } from './RetentionStep.tsx';
import { SetupProgress, stepOf } from './SetupProgress.tsx';
import { TotpStep } from './TotpStep.tsx';
import { VaultFolderStep } from './VaultFolderStep.tsx';

type Step =
  | { kind: 'folder'; vaultDir: string }
  | { kind: 'passphrase'; vaultDir: string }
  | { kind: 'recovery-code'; recoveryCode: string }
  | { kind: 'retention' }
  | { kind: 'totp' }
  | { kind: 'handover'; vaultDir: string }
  | { kind: 'summary'; vaultDir: string }
  | { kind: 'restore'; vaultDir: string };

interface SetupScreenProps {
  status: VaultStatus;
  /** The vault exists and is unlocked: show it. */
  onFinished: () => void;
  /** The treasurer pointed at a folder that already holds a vault. */
  onExistingVault: (status: VaultStatus) => void;
}

/**
 * First run: where the vault lives, its passphrase, the recovery code written down, how long records
 * are kept, and TOTP; or, for a treasurer taking over, the vault received from the outgoing one; or,
 * for an auditor or a member with no vault, a summary the group published, checked and read; or,
 * after a laptop was lost or broke, a vault restored from a backup folder.
 */
export function SetupScreen({ status, onFinished, onExistingVault }: SetupScreenProps) {
  const [step, setStep] = useState<Step>({ kind: 'folder', vaultDir: status.vaultDir });

  if (step.kind === 'summary') {
    return <OpenSummaryEntry onBack={() => setStep({ kind: 'folder', vaultDir: step.vaultDir })} />;
  }
  if (step.kind === 'restore') {
    return <RestoreBackupScreen initialVaultDir={step.vaultDir} onBack={() => setStep({ kind: 'folder', vaultDir: step.vaultDir })} onRestored={onExistingVault} />;
  }
  if (step.kind === 'handover') {
    return <ReceiveHandoverScreen initialVaultDir={step.vaultDir} onBack={() => setStep({ kind: 'folder', vaultDir: step.vaultDir })} onFinished={onFinished} />;
  }
  return (
    <div className="screen">
      {/* Before anything is asked, the treasurer can read the app in their language. */}
      {step.kind === 'folder' ? <LanguageChooser /> : null}
      <SetupProgress current={step.kind} />
      {step.kind === 'folder' ? (
        <VaultFolderStep
          initialVaultDir={step.vaultDir}
          onCreateHere={(vaultDir) => setStep({ kind: 'passphrase', vaultDir })}
          onExistingVault={onExistingVault}
          onReceiveHandover={(vaultDir) => setStep({ kind: 'handover', vaultDir })}
          onOpenSummary={() => setStep({ kind: 'summary', vaultDir: step.vaultDir })}
          onRestore={(vaultDir) => setStep({ kind: 'restore', vaultDir })}
        />
      ) : null}
      {step.kind === 'passphrase' ? (
        <PassphraseStep vaultDir={step.vaultDir} onBack={() => setStep({ kind: 'folder', vaultDir: step.vaultDir })} onCreated={(recoveryCode) => setStep({ kind: 'recovery-code', recoveryCode })} />
      ) : null}
      {step.kind === 'recovery-code' ? <RecoveryCodeStep recoveryCode={step.recoveryCode} step={stepOf('recovery-code')} onWrittenDown={() => setStep({ kind: 'retention' })} /> : null}
      {step.kind === 'retention' ? <RetentionStep onChosen={() => setStep({ kind: 'totp' })} /> : null}
      {step.kind === 'totp' ? <TotpStep step={stepOf('totp')} onFinished={onFinished} /> : null}
    </div>
  );
}
