import type { Output } from '../../../shared/contract/index.ts';
import { NextStepForm } from '../../components/NextStepForm.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { useWords } from '../../language/words.tsx';
import { BackupFigures } from './BackupFigures.tsx';
import { restoreStepOf } from './restoreSteps.ts';

/** What came back: where, its entries and anchor to compare with what the backup showed, and which passphrase opens it. */
export function RestoredStep({ restored, onOpen }: { restored: Output<'backup.restore'>; onOpen: () => void }) {
  const words = useWords();
  return (
    <NextStepForm onNext={onOpen}>
      <StepHeading level={1} focusOnMount step={restoreStepOf('restored')}>
        {words.words('backupScreen.restored.title')}
      </StepHeading>
      <p>{words.words('backupScreen.restored.intro', { folder: restored.vaultDir })}</p>
      <BackupFigures entries={restored.entries} anchor={restored.anchor} />
      <p>{words.words('backupScreen.restored.compare')}</p>
      <p className="notice">{words.words('backupScreen.restored.unlockWith')}</p>
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('backupScreen.restored.open')}
        </button>
      </div>
    </NextStepForm>
  );
}
