import { accountKinds } from '../../../shared/contract/kinds.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger account add`: register a payment account the group uses. */
export const accountAdd: Command = {
  name: 'account add',
  summary: 'Register a payment account the group uses.',
  description: `Every platform the group's money sits on gets an account: its kind, its
currency and, if useful, a minimal handle such as the last four digits. Say who
holds it and how it is secured; an account tied to a member's personal phone,
name or card, or held by a member, is flagged, as the mutual-aid security
guides advise. A new account is active.

Kinds: ${accountKinds.slice(0, 5).join(', ')},
${accountKinds.slice(5).join(', ')}.

--json prints the account (accounts.add); amounts are whole minor units (cents).`,
  options: ['name', 'name-file', 'kind', 'currency', 'handle', 'holder', 'mfa', 'personal-phone', 'personal-name', 'personal-card', ...unlockOptions],
  flagDescriptions: {
    name: 'Its display name, such as "Credit union".',
    kind: 'What it is: venmo, bank, cash-box… (see above).',
  },
  run: (context) => import('../runs/accountAdd.ts').then(({ run }) => run(context)),
};
