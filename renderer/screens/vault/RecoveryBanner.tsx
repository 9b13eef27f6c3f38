/** Shown after a recovery-code unlock: the calm next step is a new passphrase, so the code is not needed again. */
export function RecoveryBanner() {
  return (
    <div className="banner" role="status">
      <p>
        <strong>You opened the vault with the recovery code.</strong> Set a new passphrase now, so you will not need the code next time. The recovery code keeps working.
      </p>
      <button type="button" onClick={() => document.getElementById('change-passphrase')?.focus()}>
        Set a new passphrase
      </button>
    </div>
  );
}
