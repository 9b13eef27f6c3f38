// Messages of the totp namespace; keys start with "totp.". See docs/messages.md.
export const totp = {
  'totp.alreadyOn': 'TOTP is already on. Turn it off first to enrol a new authenticator.',
  'totp.notOn': 'TOTP is not turned on for this vault.',
  'totp.notPending': 'Start TOTP enrolment first: there is no secret waiting for a code.',
  'totp.codeDoesNotMatch': 'That code does not match. Check the authenticator shows "Mutual Ledger" and that this computer’s clock is right, then try the current code.',
  'totp.backupCodeWrong': 'That backup code is wrong or has already been used.',
  'totp.codeAlreadyUsed': 'That code was already used. Wait for the next code on your authenticator.',
  'totp.codeWrong': 'That code is wrong. Enter the six-digit code your authenticator shows now, or a backup code.',
} as const;
