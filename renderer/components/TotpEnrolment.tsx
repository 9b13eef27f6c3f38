import { useRef, useState, type FormEvent } from 'react';
import type { TreasuryError } from '../../shared/errors.ts';
import { asTreasuryError } from '../failure.ts';
import { groupCharacters } from '../groupCharacters.ts';
import { treasury } from '../treasury.ts';
import { Alert } from './Alert.tsx';
import { BackupCodes } from './BackupCodes.tsx';
import { Field } from './Field.tsx';
import { Heading } from './Heading.tsx';
import { CopySecretButton } from './CopySecretButton.tsx';
import { QrCodeImage } from './QrCodeImage.tsx';
import { TechnicalDetails } from './TechnicalDetails.tsx';
import { useWords } from '../language/words.tsx';

type Phase = { kind: 'scan' } | { kind: 'backup-codes'; codes: string[] };

interface TotpEnrolmentProps {
  /** What beginEnrolment returned: the secret to scan. */
  secret: string;
  otpauthUri: string;
  headingLevel: 2 | 3;
  onFinished: () => void;
  onCancel: () => void;
}

/** Scan, prove with a code, save the backup codes: TOTP is only on once a correct code came back. */
export function TotpEnrolment({ secret, otpauthUri, headingLevel, onFinished, onCancel }: TotpEnrolmentProps) {
  const words = useWords();
  const [phase, setPhase] = useState<Phase>({ kind: 'scan' });
  const [code, setCode] = useState('');
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);
  const codeField = useRef<HTMLInputElement>(null);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { backupCodes } = await treasury.totp.confirmEnrolment({ code });
      setPhase({ kind: 'backup-codes', codes: backupCodes });
    } catch (caught) {
      setError(asTreasuryError(caught));
      codeField.current?.select();
    } finally {
      setBusy(false);
    }
  }

  if (phase.kind === 'backup-codes') return <BackupCodes codes={phase.codes} headingLevel={headingLevel} onSaved={onFinished} />;

  return (
    <form className="stack enrolment" onSubmit={confirm} noValidate aria-busy={busy}>
      <Heading level={headingLevel} focusOnMount>
        {words.words('components.totpEnrolment.title')}
      </Heading>
      <ol className="plain-steps">
        <li>{words.words('components.totpEnrolment.openTheApp')}</li>
        <li>{words.words('components.totpEnrolment.scan')}</li>
        <li>{words.words('components.totpEnrolment.typeTheCode')}</li>
      </ol>
      <div className="totp-scan">
        <QrCodeImage text={otpauthUri} label={words.words('components.totpEnrolment.qrCode')} />
        <div className="stack-tight">
          <p>{words.words('components.totpEnrolment.cannotScan')}</p>
          <p className="secret" id="totp-manual-key">
            {groupCharacters(secret).join(' ')}
          </p>
          <CopySecretButton secret={secret} label={words.words('components.totpEnrolment.copyKey')} />
        </div>
      </div>
      <Field
        ref={codeField}
        id="totp-enrol-code"
        label={words.words('components.totpEnrolment.codeLabel')}
        hint={words.words('components.totpEnrolment.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        className="field-short"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={error?.code === 'TOTP_INVALID' || error?.code === 'INVALID_INPUT' ? words.say(error.reason) : null}
      />
      {error !== null && error.code !== 'TOTP_INVALID' && error.code !== 'INVALID_INPUT' ? <Alert error={error} /> : null}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          {words.words('components.totpEnrolment.turnOn')}
        </button>
        <button type="button" onClick={onCancel}>
          {words.words('components.cancel')}
        </button>
      </div>
      <TechnicalDetails>
        <p>{words.words('components.totpEnrolment.details')}</p>
      </TechnicalDetails>
    </form>
  );
}
