// What `mutual-ledger totp enroll` does once its command line is read (its help and flags: ../commands/totpEnroll.ts).
import QRCode from 'qrcode';
import { TreasuryError } from '../../../shared/errors.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { isInteractive, promptHidden, readStdinLine } from '../terminal.ts';

interface Enrolment {
  secret: string;
  otpauthUri: string;
}

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    await unlockVault(client, vaultDir, values);
    const enrolment = await client.totp.beginEnrolment({});
    const qrCode = process.stdout.isTTY && !out.json ? await QRCode.toString(enrolment.otpauthUri, { type: 'terminal', small: true }) : '';
    out.show<Enrolment>(enrolment, (shown) => renderEnrolment(shown, qrCode));
    const confirmed = isInteractive() ? await confirmAtTerminal(client) : await confirmFromStdin(client, () => out.note('Reading the code from stdin…'));
    out.show(confirmed, renderBackupCodes);
  });
}

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
