import QRCode from 'qrcode';
import { TreasuryError } from '../../../shared/errors.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { isInteractive, promptHidden, readStdinLine } from '../terminal.ts';

interface Enrolment {
  secret: string;
  otpauthUri: string;
}

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
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      await unlockVault(client, vaultDir, values, unlockSecret);
      const enrolment = await client.totp.beginEnrolment({});
      const qrCode = process.stdout.isTTY && !out.json ? await QRCode.toString(enrolment.otpauthUri, { type: 'terminal', small: true }) : '';
      out.show<Enrolment>(enrolment, (shown) => renderEnrolment(shown, qrCode));
      const confirmed = isInteractive() ? await confirmAtTerminal(client) : await confirmFromStdin(client, () => out.note('Reading the code from stdin…'));
      out.show(confirmed, renderBackupCodes);
    });
  },
};

async function confirmAtTerminal(client: TreasuryClient): Promise<{ backupCodes: string[] }> {
  for (;;) {
    const code = await promptHidden('Code from the authenticator: ');
    try {
      return await client.totp.confirmEnrolment({ code });
    } catch (error) {
      // A mistyped or just-expired code is common while setting up a phone: let them try again.
      if (!(error instanceof TreasuryError) || (error.code !== 'TOTP_INVALID' && error.code !== 'INVALID_INPUT')) throw error;
      process.stderr.write(`${error.message} Try again, or Ctrl-C to give up.\n`);
    }
  }
}

async function confirmFromStdin(client: TreasuryClient, announce: () => void): Promise<{ backupCodes: string[] }> {
  announce();
  const code = await readStdinLine('No confirmation code on stdin: TOTP was not turned on.');
  return client.totp.confirmEnrolment({ code: code.trim() });
}

function renderEnrolment({ secret, otpauthUri }: Enrolment, qrCode: string): string {
  const scan = qrCode === '' ? '' : `Scan this QR code with an authenticator app:\n\n${qrCode}\n`;
  return `${scan}Key to type by hand:  ${secret.match(/.{1,4}/g)?.join(' ') ?? secret}
otpauth URI:          ${otpauthUri}

TOTP is a gate on the app, not encryption: the passphrase protects the data.
`;
}

function renderBackupCodes({ backupCodes }: { backupCodes: string[] }): string {
  return `
TOTP is on. Unlocking now asks for a code after the passphrase.

Backup codes, shown only this once. Each opens the TOTP gate one time, for when the
phone is lost. Write them down and keep them apart from this laptop:

${backupCodes.map((code) => `    ${code}`).join('\n')}`;
}
