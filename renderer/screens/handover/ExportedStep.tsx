import type { Output } from '../../../shared/contract/index.ts';
import { CopySecretButton } from '../../components/CopySecretButton.tsx';
import { NextStepForm } from '../../components/NextStepForm.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { useWords } from '../../language/words.tsx';
import { slot, WordsAround } from '../../wordsAround.tsx';
import { HandedOverFigures } from './HandedOverFigures.tsx';
import { InlineFingerprint } from './InlineFingerprint.tsx';
import { handOverStepOf } from './handOverSteps.ts';

interface ExportedStepProps {
  exported: Output<'handover.export'>;
  /** The passphrase was on the screen already: it is shown once, and kept nowhere after. */
  passphraseShown: boolean;
  onNext: () => void;
}

/**
 * Step 3: the file written; its passphrase shown this once in large type, if it has one; the figures
 * the new treasurer must read back from the vault they receive; and what is left to do between people.
 */
export function ExportedStep({ exported, passphraseShown, onNext }: ExportedStepProps) {
  const words = useWords();
  const byPassphrase = exported.passphrase !== null;
  return (
    <NextStepForm onNext={onNext}>
      <StepHeading level={2} focusOnMount step={handOverStepOf('read-back')}>
        {words.words('handoverScreen.exported.title')}
      </StepHeading>
      <p>
        <WordsAround text={words.words('handoverScreen.exported.writtenTo', { bytes: exported.bytes, path: slot('path') })} parts={{ path: <code className="path">{exported.path}</code> }} />
      </p>
      {exported.recipient === null ? null : (
        <p>
          <WordsAround
            text={words.words('handoverScreen.exported.lockedToKey', { kind: exported.recipient.kind === 'classic' ? 'classic' : 'postQuantum', fingerprint: slot('fingerprint') })}
            parts={{ fingerprint: <InlineFingerprint fingerprint={exported.recipient.fingerprint} /> }}
          />
        </p>
      )}
      {exported.passphrase === null ? null : passphraseShown ? (
        <p className="notice">{words.words('handoverScreen.exported.passphraseGone')}</p>
      ) : (
        <div className="stack-tight read-aloud">
          <h3>{words.words('handoverScreen.exported.passphraseTitle')}</h3>
          <p className="handover-passphrase" id="handover-passphrase-words">
            {exported.passphrase}
          </p>
          <div className="actions">
            <CopySecretButton secret={exported.passphrase} label={words.words('components.copySecret.passphrase')} />
          </div>
          <p>
            <strong>{words.words('handoverScreen.exported.passphraseOnce')}</strong> {words.words('handoverScreen.exported.passphraseApart')}
          </p>
        </div>
      )}
      <h3>{words.words('handoverScreen.exported.compareTitle')}</h3>
      <p>{words.words('handoverScreen.exported.compare')}</p>
      <HandedOverFigures figures={exported} />
      <h3>{words.words('handoverScreen.exported.checklistTitle')}</h3>
      <ol className="plain-steps">
        <li>{words.words('handoverScreen.exported.checkKey', { byPassphrase: byPassphrase ? 'yes' : 'no' })}</li>
        <li>{words.words('handoverScreen.exported.giveFile')}</li>
        <li>{words.words('handoverScreen.exported.moveLogins')}</li>
        <li>{words.words('handoverScreen.exported.destroySheet')}</li>
      </ol>
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('handoverScreen.exported.toRetire')}
        </button>
      </div>
    </NextStepForm>
  );
}
