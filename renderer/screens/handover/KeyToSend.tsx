import { useRef, useState } from 'react';
import type { ReceivingIdentity } from '../../../shared/contract/index.ts';
import { formatDateTime } from '../../../shared/messages/dates.ts';
import { QrCodeImage } from '../../components/QrCodeImage.tsx';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { useWords } from '../../language/words.tsx';
import { slot, WordsAround } from '../../wordsAround.tsx';

/**
 * The key this laptop keeps for the handover, to send to the outgoing treasurer: as text to copy, as
 * a QR code for a phone, and its fingerprint in large type to read over the phone once they have it.
 * It is not secret (it only locks); what opens the file stays in the app's folder until the import.
 */
export function KeyToSend({ identity }: { identity: ReceivingIdentity }) {
  const words = useWords();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    // Selected first, so Ctrl+C still works where the clipboard is refused to the app.
    field.current?.select();
    try {
      await navigator.clipboard.writeText(identity.recipient);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <div className="stack key-to-send">
      <p>{words.words('handoverScreen.key.send')}</p>
      <div className="field handover-key">
        <label htmlFor="handover-key">{words.words('handoverScreen.key.keyLabel')}</label>
        <textarea ref={field} id="handover-key" readOnly rows={4} spellCheck={false} value={identity.recipient} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          {words.words('handoverScreen.key.copy')}
        </button>
        <p className="saved" role="status">
          {copied === 'yes' ? words.words('handoverScreen.key.copied') : copied === 'no' ? words.words('handoverScreen.key.copyRefused') : null}
        </p>
      </div>
      <div className="key-to-send-pair">
        {/* Capitals: QR's alphanumeric mode holds them in far fewer modules, and age reads a recipient in either case. */}
        <QrCodeImage text={identity.recipient.toUpperCase()} label={words.words('handoverScreen.key.qrCode')} large />
        <div className="stack-tight read-aloud">
          <h2 className="read-aloud-title">{words.words('handoverScreen.key.fingerprintTitle')}</h2>
          <p className="handover-fingerprint" id="handover-key-fingerprint">
            {identity.fingerprint}
          </p>
          <p>{words.words('handoverScreen.key.readFingerprint')}</p>
        </div>
      </div>
      <p className="notice">{words.words('handoverScreen.key.kept', { made: formatDateTime(identity.createdAt, words.language) })}</p>
      <TechnicalDetails>
        <p>{words.words('handoverScreen.key.details', { kind: identity.kind === 'classic' ? 'classic' : 'postQuantum' })}</p>
        <p>
          <WordsAround text={words.words('handoverScreen.key.keptIn', { path: slot('path') })} parts={{ path: <code className="path">{identity.path}</code> }} />
        </p>
      </TechnicalDetails>
    </div>
  );
}
