// What `mutual-ledger totp enroll` does once its command line is read (its help and flags: ../commands/totpEnroll.ts).
import QRCode from 'qrcode';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { isInteractive, promptHidden, readStdinLine } from '../terminal.ts';

interface Enrolment {
  secret: string;
  otpauthUri: string;
}

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  const { words } = out;
  await withTreasury(vaultDir, async (client) => {
    await unlockVault(client, context);
    const enrolment = await client.totp.beginEnrolment({});
    const qrCode = process.stdout.isTTY && !out.json ? await QRCode.toString(enrolment.otpauthUri, { type: 'terminal', small: true }) : '';
    out.show<Enrolment>(enrolment, (shown) => renderEnrolment(shown, qrCode, words));
    const confirmed = isInteractive() ? await confirmAtTerminal(client, words) : await confirmFromStdin(client, () => out.note(say('cli.totpEnroll.readingStdin')));
    out.show(confirmed, (shown) => renderBackupCodes(shown, words));
  });
}

async function confirmAtTerminal(client: TreasuryClient, words: Translator): Promise<{ backupCodes: string[] }> {
  for (;;) {
    const code = await promptHidden(`${words.words('cli.totpEnroll.codePrompt')} `);
    try {
      return await client.totp.confirmEnrolment({ code });
    } catch (error) {
      // A mistyped or just-expired code is common while setting up a phone: let them try again.
      if (!(error instanceof TreasuryError) || (error.code !== 'TOTP_INVALID' && error.code !== 'INVALID_INPUT')) throw error;
      process.stderr.write(`${words.words('cli.totpEnroll.tryAgain', { problem: error.reason })}\n`);
    }
  }
}

async function confirmFromStdin(client: TreasuryClient, announce: () => void): Promise<{ backupCodes: string[] }> {
  announce();
  const code = await readStdinLine(say('cli.totpEnroll.noCodeOnStdin'));
  return client.totp.confirmEnrolment({ code: code.trim() });
}

function renderEnrolment({ secret, otpauthUri }: Enrolment, qrCode: string, words: Translator): string {
  const scan = qrCode === '' ? '' : `${words.words('cli.totpEnroll.scan')}\n\n${qrCode}\n`;
  const key = words.words('cli.totpEnroll.key');
  const uri = words.words('cli.totpEnroll.uri');
  const width = Math.max(key.length, uri.length) + 2;
  return `${scan}${key.padEnd(width)}${secret.match(/.{1,4}/g)?.join(' ') ?? secret}
${uri.padEnd(width)}${otpauthUri}

${words.words('cli.totpEnroll.gateNotEncryption')}
`;
}

function renderBackupCodes({ backupCodes }: { backupCodes: string[] }, words: Translator): string {
  return `
${words.words('cli.totpEnroll.on')}

${words.words('cli.totpEnroll.backupCodes')}

${backupCodes.map((code) => `    ${code}`).join('\n')}`;
}
