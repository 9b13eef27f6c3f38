import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const verifyFields = `{"ok","entries","anchor":
{"entriesSeq","factsSeq","hash"},"head":{"seq",
"chainHash"}|null,"factsHead","integrityCheck","entriesChecked",
"firstBrokenLink":{"seq","problem"}|null,"monthlyTotalsCheck","factsChecked",
"factsCheck","headCheck"}`;
const quickFields = '{"ok","entriesChecked","firstBrokenLink","factsChecked","factsCheck"}';

/** `mutual-ledger verify`: check the database and walk the hash chain; exit 1 at the first broken link. */
export const verify: Command = {
  name: 'verify',
  summary: say('ledger.verifyCommand.summary'),
  description: say('ledger.verifyCommand.description', { verifyFields, quickFields }),
  options: ['expect-head', 'expect-facts-head', 'since-summary', 'quick', ...unlockOptions],
  run: (context) => import('../runs/verify.ts').then(({ run }) => run(context)),
};
