import { useState } from 'react';
import type { Output, VaultDetails } from '../../../shared/contract/index.ts';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { StepsProgress } from '../../components/StepsProgress.tsx';
import { useWords } from '../../language/words.tsx';
import { ExportedStep } from './ExportedStep.tsx';
import { ExportStep } from './ExportStep.tsx';
import { handOverSteps } from './handOverSteps.ts';
import { LockChoiceStep, type HandoverLock } from './LockChoiceStep.tsx';
import { RetireStep } from './RetireStep.tsx';

type Exported = Output<'handover.export'>;

type Step =
  | { kind: 'lock'; to: HandoverLock | null }
  | { kind: 'file'; to: HandoverLock }
  // passphraseShown: back from retiring, the file's passphrase is not shown a second time.
  | { kind: 'read-back'; exported: Exported; passphraseShown: boolean }
  | { kind: 'retire'; exported: Exported };

interface HandOverScreenProps {
  details: VaultDetails;
  /** Back to the vault screen, the vault unchanged (a file written stays where it was written). */
  onClose: () => void;
  /** The vault locked meanwhile, or was retired: the app starts again from the vault's state. */
  onLocked: () => void;
}

/**
 * Handing the treasurer role over, from the Vault: who can open the file, where it is written, the
 * figures the new treasurer must read back, and retiring this vault once they have.
 */
export function HandOverScreen({ details, onClose, onLocked }: HandOverScreenProps) {
  const words = useWords();
  const [step, setStep] = useState<Step>({ kind: 'lock', to: null });
  // The first step opens under the screen's title, which takes focus; each later one takes it itself.
  const [moved, setMoved] = useState(false);
  const go = (next: Step) => {
    setMoved(true);
    setStep(next);
  };
  return (
    <div className="screen screen-full readable-cards handover-screen">
      <ScreenTitle title={words.words('handoverScreen.handOver.title')} intro={words.words('handoverScreen.handOver.intro')}>
        <button type="button" onClick={onClose}>
          {words.words('handoverScreen.handOver.backToVault')}
        </button>
      </ScreenTitle>
      <StepsProgress label={words.words('handoverScreen.handOver.stepsLabel')} steps={handOverSteps} current={step.kind} />
      <div className="card">
        {step.kind === 'lock' ? <LockChoiceStep initial={step.to} focusHeading={moved} onChosen={(to) => go({ kind: 'file', to })} /> : null}
        {step.kind === 'file' ? (
          <ExportStep to={step.to} onBack={() => go({ kind: 'lock', to: step.to })} onExported={(exported) => go({ kind: 'read-back', exported, passphraseShown: false })} onLocked={onLocked} />
        ) : null}
        {step.kind === 'read-back' ? <ExportedStep exported={step.exported} passphraseShown={step.passphraseShown} onNext={() => go({ kind: 'retire', exported: step.exported })} /> : null}
        {step.kind === 'retire' ? (
          <RetireStep unlockedWith={details.unlockedWith} onBack={() => go({ kind: 'read-back', exported: step.exported, passphraseShown: true })} onRetired={onLocked} onLocked={onLocked} />
        ) : null}
      </div>
    </div>
  );
}
