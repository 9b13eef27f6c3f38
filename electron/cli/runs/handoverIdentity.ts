// What `mutual-ledger handover identity` does once its command line is read (its help and flags: ../commands/handoverIdentity.ts).
import { resolve } from 'node:path';
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { withTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const target = values.output;
  if (target === undefined) throw usageError(say('handoverCli.identity.noOutput'));
  await withTreasury(vaultDir, async (client) => {
    const identity = await client.handover.identity({ kind: values.classic === true ? 'classic' : 'post-quantum', path: resolve(target) });
    out.show(identity, (shown) =>
      out.words.words('handoverCli.identity.made', { path: shown.path, recipient: shown.recipient, fingerprint: shown.fingerprint, kind: shown.kind === 'classic' ? 'classic' : 'postQuantum' }),
    );
  });
}
