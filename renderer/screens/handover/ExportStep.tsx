import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Output } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { PathField } from '../../components/PathField.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { handOverStepOf } from './handOverSteps.ts';
import type { HandoverLock } from './LockChoiceStep.tsx';

interface ExportStepProps {
  to: HandoverLock;
  onBack: () => void;
  onExported: (exported: Output<'handover.export'>) => void;
  onLocked: () => void;
}

/** Step 2: the file's full path, outside the vault folder (a USB stick), then the whole vault written to it with its progress counted. */
export function ExportStep({ to, onBack, onExported, onLocked }: ExportStepProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [path, setPath] = useState('');
  const [pathMissing, setPathMissing] = useState(false);
  const { progress, reset } = useWorkProgress('handover');
  const field = useRef<HTMLInputElement>(null);

  async function write(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    if (path.trim() === '') {
      setPathMissing(true);
      field.current?.focus();
      return;
    }
    reset();
    let exported: Output<'handover.export'> | undefined;
    await action.run(async () => {
      exported = await treasury.handover.export({ path: path.trim(), to: to.lock === 'recipient' ? { lock: 'recipient', recipient: to.facts.recipient } : { lock: 'passphrase' } });
    });
    if (exported !== undefined) onExported(exported);
    else field.current?.focus();
  }

  // On a small window the bar may start below it: it comes into view as the work starts.
  useEffect(() => {
    if (action.busy) document.getElementById('export-progress')?.scrollIntoView({ block: 'center' });
  }, [action.busy]);

  // A refusal about the place (not a full path, inside the vault, taken, no such folder) is said under the path.
  const aboutThePath = action.error !== null && ['NOT_PERMITTED', 'INVALID_INPUT', 'NOT_FOUND'].includes(action.error.code);
  const pathError = pathMissing ? words.words('handoverScreen.export.enterPath') : aboutThePath && action.error !== null ? words.say(action.error.reason) : null;
  return (
    <form className="stack" onSubmit={(event) => void write(event)} noValidate aria-busy={action.busy}>
      <StepHeading level={2} focusOnMount step={handOverStepOf('file')}>
        {words.words('handoverScreen.export.title')}
      </StepHeading>
      <p>{words.words('handoverScreen.export.intro', { lock: to.lock })}</p>
      <PathField
        ref={field}
        id="handover-export-path"
        label={words.words('handoverScreen.export.pathLabel')}
        hint={words.words('handoverScreen.export.pathHint')}
        value={path}
        onChange={(event) => {
          setPath(event.target.value);
          setPathMissing(false);
          action.clearError();
        }}
        error={pathError}
      />
      {aboutThePath ? null : <Alert error={action.error} />}
      {action.busy ? <WorkProgressBar id="export-progress" work="handover" progress={progress} /> : null}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {words.words('handoverScreen.export.write')}
        </button>
        <button type="button" onClick={action.busy ? undefined : onBack} aria-disabled={action.busy}>
          {words.words('handoverScreen.export.back')}
        </button>
      </div>
    </form>
  );
}
