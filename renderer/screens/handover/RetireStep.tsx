import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { KeySlotKind } from '../../../shared/contract/index.ts';
import { readWrittenProof } from '../../../shared/writtenHead.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { Field } from '../../components/Field.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { handOverStepOf } from './handOverSteps.ts';

type AnchorProblem = 'missing' | 'unreadable' | null;

interface RetireStepProps {
  unlockedWith: KeySlotKind;
  onBack: () => void;
  /** The vault is gone from this laptop: the app starts again at its first screen. */
  onRetired: () => void;
  onLocked: () => void;
}

/**
 * Step 4: retiring this vault, once the new treasurer has read back the anchor of the vault they
 * received (the core refuses any other anchor, and refuses while a legal hold stands), with the
 * passphrase again and a box ticked to say this is for good.
 */
export function RetireStep({ unlockedWith, onBack, onRetired, onLocked }: RetireStepProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [anchor, setAnchor] = useState('');
  const [anchorProblem, setAnchorProblem] = useState<AnchorProblem>(null);
  const [secret, setSecret] = useState('');
  const [forGood, setForGood] = useState(false);
  const [unticked, setUnticked] = useState(false);
  const anchorField = useRef<HTMLInputElement>(null);
  const secretField = useRef<HTMLInputElement>(null);

  async function retire(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    action.clearError();
    const proof = readWrittenProof(anchor);
    const problem: AnchorProblem = anchor.trim() === '' ? 'missing' : proof === null || !('anchor' in proof) ? 'unreadable' : null;
    setAnchorProblem(problem);
    setUnticked(!forGood);
    if (problem !== null || proof === null || !('anchor' in proof)) {
      anchorField.current?.focus();
      return;
    }
    if (!forGood) {
      document.getElementById('handover-retire-for-good')?.focus();
      return;
    }
    const retired = await action.run(async () => void (await treasury.handover.retire({ confirmedAnchor: proof.anchor, confirmWith: confirmationOf(unlockedWith, secret) })));
    if (retired) onRetired();
  }

  // A refusal about what was typed takes the keyboard back to that field; a hold is announced where it stands.
  useEffect(() => {
    const error = action.error;
    if (error === null) return;
    if (error.reason.key === 'handover.anchorNotConfirmed') anchorField.current?.focus();
    else if (confirmationError(error, words) !== null) secretField.current?.focus();
  }, [action.error, words]);

  // An anchor that is not this vault's is said under the anchor; a hold, or anything else, for the whole form.
  const anchorRefused = action.error?.reason.key === 'handover.anchorNotConfirmed';
  const secretError = confirmationError(action.error, words);
  const anchorError =
    anchorProblem === 'missing'
      ? words.words('handoverScreen.retire.enterAnchor')
      : anchorProblem === 'unreadable'
        ? words.words('handoverScreen.retire.anchorUnreadable')
        : anchorRefused && action.error !== null
          ? words.say(action.error.reason)
          : null;
  return (
    <form className="stack" onSubmit={(event) => void retire(event)} noValidate aria-busy={action.busy}>
      <StepHeading level={2} focusOnMount step={handOverStepOf('retire')}>
        {words.words('handoverScreen.retire.title')}
      </StepHeading>
      <p>{words.words('handoverScreen.retire.when')}</p>
      <p>{words.words('handoverScreen.retire.what')}</p>
      <Field
        ref={anchorField}
        id="handover-retire-anchor"
        label={words.words('handoverScreen.retire.anchorLabel')}
        hint={words.words('handoverScreen.retire.anchorHint')}
        className="field-wide"
        spellCheck={false}
        autoComplete="off"
        value={anchor}
        onChange={(event) => {
          setAnchor(event.target.value);
          setAnchorProblem(null);
          action.clearError();
        }}
        error={anchorError}
      />
      <ConfirmSecretField
        ref={secretField}
        id="handover-retire-confirm"
        unlockedWith={unlockedWith}
        value={secret}
        onChange={(value) => {
          setSecret(value);
          action.clearError();
        }}
        error={secretError}
      />
      <div className="field">
        <label className="checkbox" htmlFor="handover-retire-for-good">
          <input
            id="handover-retire-for-good"
            type="checkbox"
            checked={forGood}
            onChange={(event) => {
              setForGood(event.target.checked);
              setUnticked(false);
            }}
            aria-invalid={unticked ? true : undefined}
            aria-describedby={unticked ? 'handover-retire-for-good-error' : undefined}
          />
          {words.words('handoverScreen.retire.forGood')}
        </label>
        {unticked ? <FieldError id="handover-retire-for-good-error" error={words.words('handoverScreen.retire.tickForGood')} hints={[]} /> : null}
      </div>
      {anchorRefused || secretError !== null ? null : <Alert error={action.error} />}
      {action.busy ? (
        <p className="busy" role="status">
          {words.words('handoverScreen.retire.retiring')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={action.busy}>
          {words.words('handoverScreen.retire.submit')}
        </button>
        <button type="button" onClick={action.busy ? undefined : onBack} aria-disabled={action.busy}>
          {words.words('handoverScreen.retire.back')}
        </button>
      </div>
    </form>
  );
}
