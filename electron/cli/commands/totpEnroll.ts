import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger totp enroll`: turn on the TOTP gate, confirmed by a code from the authenticator. */
export const totpEnroll: Command = {
  name: 'totp enroll',
  summary: 'Turn TOTP on: QR code, then backup codes.',
  description: `Unlock as usual; the new TOTP secret is then printed as a QR code (on a
terminal), as a key to type by hand, and as an otpauth:// URI. TOTP takes effect
only once a code from the authenticator confirms it. On a terminal the code is
asked for (again after a wrong one; Ctrl-C gives up and changes nothing).
Otherwise it is read as ONE LINE FROM STDIN: a script reads the secret from
stdout, computes the code (e.g. oathtool --totp -b SECRET) and writes it to
stdin. The pending secret lives only in this process, so both happen in one run.

On success the backup codes are printed, once: each opens the TOTP gate one
time, for when the phone is lost. Keep them on paper, apart from the laptop.

TOTP is a gate on the app, not encryption: the passphrase protects the data.

--json prints two JSON lines: {"secret","otpauthUri"} as soon as the secret
exists, then {"backupCodes"} once the code is accepted.`,
  options: unlockOptions,
  run: (context) => import('../runs/totpEnroll.ts').then(({ run }) => run(context)),
};
