import { useState, type FormEvent } from 'react';
import type { RecipientFacts } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { FieldError } from '../../components/FieldError.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { RadioChoice } from '../../components/RadioChoice.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { handOverStepOf } from './handOverSteps.ts';
import { pastedRecipient, useRecipientFacts } from './useRecipientFacts.ts';

/** Who can open the handover file: the holder of the new treasurer's key, or whoever is given the passphrase made with it. */
export type HandoverLock = { lock: 'recipient'; facts: RecipientFacts } | { lock: 'passphrase' };

interface LockChoiceStepProps {
  /** The choice made before, when the treasurer came back to change it. */
  initial: HandoverLock | null;
  focusHeading: boolean;
  onChosen: (to: HandoverLock) => void;
}

/**
 * Step 1: the new treasurer's key, pasted, with its kind and fingerprint shown as soon as it is one,
 * to be read back over the phone (it must match their screen, or the key was swapped on the way);
 * or a passphrase made when the file is written.
 */
export function LockChoiceStep({ initial, focusHeading, onChosen }: LockChoiceStepProps) {
  const words = useWords();
  const [lock, setLock] = useState<HandoverLock['lock']>(initial?.lock ?? 'recipient');
  const [text, setText] = useState(initial?.lock === 'recipient' ? initial.facts.recipient : '');
  const [matches, setMatches] = useState(initial?.lock === 'recipient');
  const [keyProblem, setKeyProblem] = useState<Message | null>(null);
  const [untickedProblem, setUntickedProblem] = useState(false);
  const { facts } = useRecipientFacts(text);

  async function choose(event: FormEvent) {
    event.preventDefault();
    if (lock === 'passphrase') {
      onChosen({ lock: 'passphrase' });
      return;
    }
    const recipient = pastedRecipient(text);
    if (recipient === '') {
      setKeyProblem(say('handoverScreen.lock.pasteKey'));
      document.getElementById('handover-recipient')?.focus();
      return;
    }
    let checked: RecipientFacts;
    try {
      checked = await treasury.handover.describeRecipient({ recipient });
    } catch (caught) {
      setKeyProblem(asTreasuryError(caught).reason);
      document.getElementById('handover-recipient')?.focus();
      return;
    }
    if (!matches) {
      setUntickedProblem(true);
      document.getElementById('handover-fingerprint-matches')?.focus();
      return;
    }
    onChosen({ lock: 'recipient', facts: checked });
  }

  const keyError = keyProblem === null ? null : words.say(keyProblem);
  const keyDescribedBy = ['handover-recipient-hint', keyError === null ? null : 'handover-recipient-error'].filter((id) => id !== null).join(' ');
  return (
    <form className="stack" onSubmit={(event) => void choose(event)} noValidate>
      <StepHeading level={2} focusOnMount={focusHeading} step={handOverStepOf('lock')}>
        {words.words('handoverScreen.lock.title')}
      </StepHeading>
      <fieldset className="field choice">
        <legend>{words.words('handoverScreen.lock.legend')}</legend>
        <RadioChoice
          id="handover-lock-recipient"
          name="handover-lock"
          checked={lock === 'recipient'}
          onChoose={() => setLock('recipient')}
          label={words.words('handoverScreen.lock.recipient')}
          hint={words.words('handoverScreen.lock.recipientHint')}
        />
        <RadioChoice
          id="handover-lock-passphrase"
          name="handover-lock"
          checked={lock === 'passphrase'}
          onChoose={() => setLock('passphrase')}
          label={words.words('handoverScreen.lock.passphrase')}
          hint={words.words('handoverScreen.lock.passphraseHint')}
        />
      </fieldset>
      {lock === 'recipient' ? (
        <>
          <div className="field handover-key">
            <label htmlFor="handover-recipient">{words.words('handoverScreen.lock.keyLabel')}</label>
            <p id="handover-recipient-hint" className="hint">
              {words.words('handoverScreen.lock.keyHint')}
            </p>
            <textarea
              id="handover-recipient"
              rows={4}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={keyError === null ? undefined : true}
              aria-describedby={keyDescribedBy}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setKeyProblem(null);
                // A fingerprint read back belongs to the key it was read for.
                setMatches(false);
              }}
            />
            {keyError === null ? null : <FieldError id="handover-recipient-error" error={keyError} hints={[]} />}
          </div>
          {/* Said as soon as the key is whole, so the fingerprint can be read back while both are on the phone. */}
          <div aria-live="polite">
            {facts === null ? null : (
              <div className="stack-tight read-aloud">
                <p>{words.words('handoverScreen.lock.keyKind', { kind: facts.kind === 'classic' ? 'classic' : 'postQuantum' })}</p>
                <p className="handover-fingerprint" id="handover-recipient-fingerprint">
                  {facts.fingerprint}
                </p>
                <p>{words.words('handoverScreen.lock.readBack')}</p>
              </div>
            )}
          </div>
          <div className="field">
            <label className="checkbox" htmlFor="handover-fingerprint-matches">
              <input
                id="handover-fingerprint-matches"
                type="checkbox"
                checked={matches}
                onChange={(event) => {
                  setMatches(event.target.checked);
                  setUntickedProblem(false);
                }}
                aria-invalid={untickedProblem ? true : undefined}
                aria-describedby={untickedProblem ? 'handover-fingerprint-matches-error' : undefined}
              />
              {words.words('handoverScreen.lock.matches')}
            </label>
            {untickedProblem ? <FieldError id="handover-fingerprint-matches-error" error={words.words('handoverScreen.lock.tickMatches')} hints={[]} /> : null}
          </div>
        </>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('handoverScreen.lock.continue')}
        </button>
      </div>
    </form>
  );
}
