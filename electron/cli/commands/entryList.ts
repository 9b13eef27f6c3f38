import { entryKinds } from '../../../shared/contract/kinds.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"total","offset","limit","entries","totals","includesShredded"}';
/** The fields of --json with --csv: ledger.exportCsv's answer. */
const csvFields = '{"path","rows","recipient","passphrase"}';

/** `mutual-ledger list`: the ledger's entries, filtered as on the ledger screen, newest first. */
export const entryList: Command = {
  name: 'list',
  summary: say('cli.entryList.summary'),
  description: say('cli.entryList.description', { fields, csvFields, kinds: entryKinds.join(', ') }),
  options: ['from', 'to', 'account', 'fund', 'category', 'kind', 'recipient', 'memo-contains', 'memo-contains-file', 'limit', 'offset', 'csv', 'encrypt-to', 'passphrase', ...unlockOptions],
  flagDescriptions: {
    account: say('cli.entryList.flag.account'),
    fund: say('cli.entryList.flag.fund'),
    category: say('cli.entryList.flag.category'),
    kind: say('cli.entryList.flag.kind'),
    recipient: say('cli.entryList.flag.recipient'),
    passphrase: say('ledgerExport.cli.option.passphrase'),
  },
  run: (context) => import('../runs/entryList.ts').then(({ run }) => run(context)),
};
