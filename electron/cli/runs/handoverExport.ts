// What `mutual-ledger handover export` does once its command line is read (its help and flags: ../commands/handoverExport.ts).
import { resolve } from 'node:path';
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { handedOverFacts } from '../handoverText.ts';
import { progressLine } from '../progressLine.ts';
import { withUnlockedTreasury } from '../session.ts';
import { writtenAnchor } from '../../../shared/writtenHead.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out, vaultDir } = context;
  const target = values.output;
  if (target === undefined) throw usageError(say('handoverCli.export.noOutput'));
  if ((values.to === undefined) === (values.passphrase !== true)) throw usageError(say('handoverCli.export.toOrPassphrase'));
  const to = values.to === undefined ? { lock: 'passphrase' as const } : { lock: 'recipient' as const, recipient: values.to };
  // On a terminal, a line on stderr says how far the export is (Ctrl-C stops it, leaving no file); piped, nothing.
  const progress = progressLine(out.words);
  try {
    await withUnlockedTreasury(
      context,
      async (client) => {
        const exported = await client.handover.export({ path: resolve(target), to });
        progress.clear();
        out.show(exported, (shown) =>
          [
            shown.recipient === null
              ? out.words.words('handoverCli.export.madeWithPassphrase', { path: shown.path, bytes: shown.bytes, passphrase: shown.passphrase ?? '' })
              : out.words.words('handoverCli.export.madeForRecipient', {
                  path: shown.path,
                  bytes: shown.bytes,
                  fingerprint: shown.recipient.fingerprint,
                  kind: shown.recipient.kind === 'classic' ? 'classic' : 'postQuantum',
                }),
            out.words.words('handoverCli.export.compare'),
            handedOverFacts(shown, out.words),
            out.words.words('handoverCli.export.checklist', { folder: vaultDir, anchor: writtenAnchor(shown.anchor) ?? '', byPassphrase: shown.recipient === null ? 'yes' : 'no' }),
          ].join('\n\n'),
        );
      },
      (event) => progress.show(event),
    );
  } finally {
    progress.clear();
  }
}
