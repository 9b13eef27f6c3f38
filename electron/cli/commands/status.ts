import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const ledgerFields = '{"entries","anchor","head":{"seq","chainHash"}|null,"factsHead"}';
const backupFields = '{"reminderDays","last":{"folder","madeAt","entries","anchor"}|null,"due"}';
const modeFields = '[{"path","mode","expected","fixed"}]';

/** `mutual-ledger status`: unlock, print the vault's facts, lock. */
export const status: Command = {
  name: 'status',
  summary: say('cli.status.summary'),
  description: say('cli.status.description', { ledgerFields, backupFields, modeFields }),
  options: unlockOptions,
  run: (context) => import('../runs/status.ts').then(({ run }) => run(context)),
};
