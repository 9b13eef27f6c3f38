import { useWords } from '../../language/words.tsx';

/** Shown after a recovery-code unlock: the calm next step is a new passphrase, so the code is not needed again. */
export function RecoveryBanner() {
  const words = useWords();
  return (
    <div className="banner" role="status">
      <p>
        <strong>{words.words('vaultScreen.recoveryBanner.opened')}</strong> {words.words('vaultScreen.recoveryBanner.next')}
      </p>
      <button type="button" onClick={() => document.getElementById('change-passphrase')?.focus()}>
        {words.words('vaultScreen.recoveryBanner.setNew')}
      </button>
    </div>
  );
}
