import { useEffect, useState } from 'react';
import { secretOnClipboardSeconds } from '../../shared/desktopBridge.ts';
import { useWords } from '../language/words.tsx';
import { copySecret } from '../secretClipboard.ts';

interface CopySecretButtonProps {
  secret: string;
  /** What the button copies, in its name ("Copy the recovery code"). */
  label: string;
}

/**
 * A Copy button beside a secret shown on the screen: the clipboard holds it for
 * `secretOnClipboardSeconds`, and the button says so until then (and says so to a screen reader).
 */
export function CopySecretButton({ secret, label }: CopySecretButtonProps) {
  const words = useWords();
  const [outcome, setOutcome] = useState<'none' | 'copied' | 'failed'>('none');

  useEffect(() => {
    if (outcome !== 'copied') return undefined;
    const done = window.setTimeout(() => setOutcome('none'), secretOnClipboardSeconds * 1000);
    return () => window.clearTimeout(done);
  }, [outcome]);

  const copied = words.words('components.copySecret.copied', { seconds: secretOnClipboardSeconds });
  return (
    <span className="copy-secret">
      <button type="button" onClick={() => void copySecret(secret).then((ok) => setOutcome(ok ? 'copied' : 'failed'))}>
        {outcome === 'copied' ? copied : label}
      </button>
      <span role="status" className={outcome === 'failed' ? 'field-error' : 'visually-hidden'}>
        {outcome === 'copied' ? copied : outcome === 'failed' ? words.words('components.copySecret.failed') : ''}
      </span>
    </span>
  );
}
