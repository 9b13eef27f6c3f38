import { useState } from 'react';
import type { Output, VaultStatus } from '../../../shared/contract/index.ts';
import { say } from '../../../shared/messages/message.ts';
import { StepsProgress } from '../../components/StepsProgress.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { RestoredStep } from './RestoredStep.tsx';
import { RestorePathStep } from './RestorePathStep.tsx';
import { RestoreSecretStep } from './RestoreSecretStep.tsx';
import { restoreStepOf, restoreSteps } from './restoreSteps.ts';

type Step =
  | { kind: 'backup'; backup: string; vaultDir: string }
  | { kind: 'vault'; backup: string; vaultDir: string }
  | { kind: 'secret'; backup: string; vaultDir: string }
  | { kind: 'restored'; restored: Output<'backup.restore'> };

interface RestoreBackupScreenProps {
  /** The folder offered for the restored vault: the one suggested on the first screen. */
  initialVaultDir: string;
  /** Back to the first screen. */
  onBack: () => void;
  /** The restored vault is in place, locked: unlock it. */
  onRestored: (status: VaultStatus) => void;
}

/** First run after a laptop was lost or broke: a backup folder made into a new vault, checked whole, then unlocked as any vault is. */
export function RestoreBackupScreen({ initialVaultDir, onBack, onRestored }: RestoreBackupScreenProps) {
  const words = useWords();
  const [step, setStep] = useState<Step>({ kind: 'backup', backup: '', vaultDir: initialVaultDir });
  return (
    <div className="screen">
      <StepsProgress label={words.words('backupScreen.restore.stepsLabel')} steps={restoreSteps} current={step.kind} />
      {step.kind === 'backup' ? (
        <RestorePathStep
          key="backup"
          id="restore-backup"
          step={restoreStepOf('backup')}
          title={words.words('backupScreen.restore.backup.title')}
          intro={words.words('backupScreen.restore.backup.intro')}
          label={words.words('backupScreen.restore.backup.label')}
          hint={words.words('backupScreen.restore.backup.hint')}
          empty={say('backupScreen.restore.backup.enter')}
          initial={step.backup}
          onBack={onBack}
          onNext={(backup) => setStep({ ...step, kind: 'vault', backup })}
        />
      ) : null}
      {step.kind === 'vault' ? (
        <RestorePathStep
          key="vault"
          id="restore-vault"
          step={restoreStepOf('vault')}
          title={words.words('backupScreen.restore.vault.title')}
          intro={words.words('backupScreen.restore.vault.intro')}
          label={words.words('backupScreen.restore.vault.label')}
          empty={say('backupScreen.restore.vault.enter')}
          initial={step.vaultDir}
          onBack={() => setStep({ ...step, kind: 'backup' })}
          onNext={(vaultDir) => setStep({ ...step, kind: 'secret', vaultDir })}
        />
      ) : null}
      {step.kind === 'secret' ? (
        <RestoreSecretStep backup={step.backup} vaultDir={step.vaultDir} onBack={() => setStep({ ...step, kind: 'vault' })} onRestored={(restored) => setStep({ kind: 'restored', restored })} />
      ) : null}
      {step.kind === 'restored' ? <RestoredStep restored={step.restored} onOpen={() => void treasury.vault.status().then(onRestored)} /> : null}
    </div>
  );
}
