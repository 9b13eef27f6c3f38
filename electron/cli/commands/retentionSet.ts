import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/**
 * The recommended schedule as help states it, in the flags that would set it. The core's
 * recommendedAges is the one --recommended takes; help stays out of the core (it loads without it),
 * and tests/cli/retention.test.ts checks that the two agree.
 */
export const recommendedInHelp = '--memos 90d --receipts 12m --recipient-codes 12m --entries 24m --shred-log 24m';

/** `mutual-ledger retention set`: how long each kind of record is kept. */
export const retentionSet: Command = {
  name: 'retention set',
  summary: say('retentionCli.retentionSet.summary'),
  description: say('retentionCli.retentionSet.description', { recommended: recommendedInHelp }),
  options: ['memos', 'receipts', 'recipient-codes', 'entries', 'shred-log', 'recommended', ...unlockOptions],
  run: (context) => import('../runs/retentionSet.ts').then(({ run }) => run(context)),
};
