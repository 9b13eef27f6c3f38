import { statementFormats } from '../../../shared/contract/kinds.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = `{"format","accountId","linkedAccountId","currency","counts":{"book","duplicate","possibleDuplicate",
"matchedTransfer","possibleTransfer","notBooked","problem"},"booking":{"entries","moneyIn","moneyOut"},
"balances":{"opening","closing","agree"},"dropped":{"counterparties","notesCleaned","descriptions"},
"needsLinkedAccount","planDigest","rows":[{"line","transactionId","date","amount","fee","outcome",
"reason","matchesSeq","afterFreeze","ruleApplied","entries":[{"kind","amount","direction","accountId",
"toAccountId","category","recipientCode","memo"}]}],"dryRun","imported":{"firstSeq","lastSeq"}|null}`;

/** `mutual-ledger import FILE`: book a payment platform's or a bank's statement, after a preview of what it will do. */
export const importStatement: Command = {
  name: 'import',
  operand: { name: 'FILE', expected: say('importCli.import.fileExpected') },
  summary: say('importCli.import.summary'),
  description: say('importCli.import.description', { fields, formats: statementFormats.join(', ') }),
  options: ['account', 'linked-account', 'format', 'mapping', 'book-anyway', 'dry-run', ...unlockOptions],
  flagDescriptions: { account: say('importCli.flag.account'), 'dry-run': say('importCli.flag.dryRun') },
  run: (context) => import('../runs/importStatement.ts').then(({ run }) => run(context)),
};
