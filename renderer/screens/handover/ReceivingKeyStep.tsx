import { useEffect, useState, type FormEvent } from 'react';
import type { ReceivingIdentity, RecipientKind } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { RadioChoice } from '../../components/RadioChoice.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { KeyToSend } from './KeyToSend.tsx';
import { receiveStepOf } from './receiveSteps.ts';

/** How the handover file opens on this laptop: with the key kept here, or with the outgoing treasurer's passphrase. */
export type ReceivingLock = { key: 'identity'; identity: ReceivingIdentity } | { key: 'passphrase' };

interface ReceivingKeyStepProps {
  /** The choice to show first: the kept key, unless the treasurer said the file has a passphrase. */
  preferred: ReceivingLock['key'];
  onBack: () => void;
  onChosen: (lock: ReceivingLock) => void;
}

/**
 * Step 1: the key the outgoing treasurer locks the file to, made here and kept until the import (one
 * already kept, after a restart, is shown rather than replaced), or a file locked with a passphrase.
 */
export function ReceivingKeyStep({ preferred, onBack, onChosen }: ReceivingKeyStepProps) {
  const words = useWords();
  // undefined while the core is asked whether a key is already kept.
  const [kept, setKept] = useState<ReceivingIdentity | null | undefined>(undefined);
  const [showKey, setShowKey] = useState(preferred === 'identity');
  const [lock, setLock] = useState<ReceivingLock['key']>(preferred);
  const [kind, setKind] = useState<RecipientKind>('post-quantum');
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    treasury.handover.keptIdentity({}).then(
      (identity) => {
        if (current) setKept(identity);
      },
      (caught: unknown) => {
        if (current) {
          setKept(null);
          setError(asTreasuryError(caught));
        }
      },
    );
    return () => {
      current = false;
    };
  }, []);

  async function choose(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (lock === 'passphrase') {
      onChosen({ key: 'passphrase' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setKept(await treasury.handover.identity({ kind }));
      setShowKey(true);
    } catch (caught) {
      setError(asTreasuryError(caught));
    } finally {
      setBusy(false);
    }
  }

  if (kept === undefined) return <p className="opening">{words.words('handoverScreen.key.reading')}</p>;

  if (showKey && kept !== null) {
    return (
      <div className="stack">
        <StepHeading key="send" level={1} focusOnMount step={receiveStepOf('key')}>
          {words.words('handoverScreen.key.sendTitle')}
        </StepHeading>
        <KeyToSend identity={kept} />
        <div className="actions">
          <button type="button" className="primary" onClick={() => onChosen({ key: 'identity', identity: kept })}>
            {words.words('handoverScreen.key.haveTheFile')}
          </button>
          <button
            type="button"
            onClick={() => {
              setLock('passphrase');
              setShowKey(false);
            }}
          >
            {words.words('handoverScreen.key.passphraseInstead')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={choose} noValidate aria-busy={busy}>
      <StepHeading key="choose" level={1} focusOnMount step={receiveStepOf('key')}>
        {words.words('handoverScreen.key.title')}
      </StepHeading>
      <p>{words.words('handoverScreen.key.intro')}</p>
      <fieldset className="field choice">
        <legend>{words.words('handoverScreen.key.lockLegend')}</legend>
        <RadioChoice
          name="receiving-lock"
          checked={lock === 'identity'}
          onChoose={() => setLock('identity')}
          label={words.words('handoverScreen.key.lockIdentity')}
          hint={words.words('handoverScreen.key.lockIdentityHint')}
          id="receiving-lock-identity"
        />
        <RadioChoice
          name="receiving-lock"
          checked={lock === 'passphrase'}
          onChoose={() => setLock('passphrase')}
          label={words.words('handoverScreen.key.lockPassphrase')}
          hint={words.words('handoverScreen.key.lockPassphraseHint')}
          id="receiving-lock-passphrase"
        />
      </fieldset>
      {/* A key already kept is the one the file may be locked to: it is shown, never replaced by another kind. */}
      {lock === 'identity' && kept === null ? (
        <fieldset className="field choice">
          <legend>{words.words('handoverScreen.key.kindLegend')}</legend>
          <RadioChoice
            name="receiving-kind"
            checked={kind === 'post-quantum'}
            onChoose={() => setKind('post-quantum')}
            label={words.words('handoverScreen.key.kindPostQuantum')}
            hint={words.words('handoverScreen.key.kindPostQuantumHint')}
            id="receiving-kind-post-quantum"
          />
          <RadioChoice
            name="receiving-kind"
            checked={kind === 'classic'}
            onChoose={() => setKind('classic')}
            label={words.words('handoverScreen.key.kindClassic')}
            hint={words.words('handoverScreen.key.kindClassicHint')}
            id="receiving-kind-classic"
          />
        </fieldset>
      ) : null}
      <Alert error={error} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          {lock === 'passphrase' ? words.words('handoverScreen.key.continue') : kept === null ? words.words('handoverScreen.key.make') : words.words('handoverScreen.key.showKept')}
        </button>
        <button type="button" onClick={busy ? undefined : onBack} aria-disabled={busy}>
          {words.words('handoverScreen.key.back')}
        </button>
      </div>
    </form>
  );
}
