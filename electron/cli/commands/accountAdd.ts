import { accountKinds } from '../../../shared/contract/kinds.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger account add`: register a payment account the group uses. */
export const accountAdd: Command = {
  name: 'account add',
  summary: say('cli.accountAdd.summary'),
  description: say('cli.accountAdd.description', { kinds: `${accountKinds.slice(0, 5).join(', ')},\n${accountKinds.slice(5).join(', ')}` }),
  options: ['name', 'name-file', 'kind', 'currency', 'handle', 'holder', 'mfa', 'personal-phone', 'personal-name', 'personal-card', ...unlockOptions],
  flagDescriptions: { name: say('cli.accountAdd.flag.name'), kind: say('cli.accountAdd.flag.kind') },
  run: (context) => import('../runs/accountAdd.ts').then(({ run }) => run(context)),
};
