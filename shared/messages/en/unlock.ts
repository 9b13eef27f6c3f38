// Messages of the unlock namespace; keys start with "unlock.". See docs/messages.md.
export const unlock = {
  'unlock.title': 'Unlock the vault',
  'unlock.vaultFolder': 'Vault folder',
  'unlock.passphraseLabel': 'Passphrase',
  'unlock.recoveryCodeLabel': 'Recovery code',
  'unlock.recoveryCodeHint': 'The code written down when the vault was created. Capitals, spaces and dashes do not matter.',
  'unlock.unlocking': 'Unlocking…',
  'unlock.unlock': 'Unlock',
  'unlock.usePassphrase': 'Use the passphrase instead',
  'unlock.useRecoveryCode': 'Use the recovery code instead',
  'unlock.lastLockAt':
    '{reason, select, manual {You locked the vault at {time}.} idle {Locked at {time} because the app was not used for a while.} suspend {Locked at {time} when the laptop went to sleep.} screenLock {Locked at {time} when the screen was locked.} shutdown {Locked at {time} when the app was closed.} other {The vault was locked at {time}.}}',
  'unlock.lastLock':
    '{reason, select, manual {You locked the vault.} idle {Locked because the app was not used for a while.} suspend {Locked when the laptop went to sleep.} screenLock {Locked when the screen was locked.} shutdown {Locked when the app was closed.} other {The vault was locked.}}',
  'unlock.totp.title': 'Enter the code from your phone',
  'unlock.totp.intro': 'The passphrase was right. Now open your authenticator app and type the code it shows for Mutual Ledger.',
  'unlock.totp.codeLabel': 'Six-digit code, or a backup code',
  'unlock.totp.codeHint': 'Lost the phone? Type one of the backup codes you saved instead. Each backup code works once.',
  'unlock.totp.back': 'Back to the passphrase',
} as const;
