import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"hold":null,"liftedAt"}';

/** `mutual-ledger hold lift`: lift the legal hold, confirmed with the secret the vault was unlocked with. */
export const holdLift: Command = {
  name: 'hold lift',
  summary: say('retentionCli.holdLift.summary'),
  description: say('retentionCli.holdLift.description', { fields }),
  options: [...unlockOptions],
  run: (context) => import('../runs/holdLift.ts').then(({ run }) => run(context)),
};
