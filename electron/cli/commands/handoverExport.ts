import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"path","bytes","entries","anchor":{"entriesSeq","factsSeq","hash"},"groupKeyFingerprint","recipient":{"recipient","kind","fingerprint"}|null,"passphrase"}';

/** `mutual-ledger handover export`: write the whole vault, for the next treasurer, to one age-encrypted file. */
export const handoverExport: Command = {
  name: 'handover export',
  summary: say('handoverCli.export.summary'),
  description: say('handoverCli.export.description', { fields }),
  options: ['to', 'passphrase', 'output', ...unlockOptions],
  flagDescriptions: { to: say('handoverCli.flag.to') },
  flagValueNames: { to: 'RECIPIENT' },
  run: (context) => import('../runs/handoverExport.ts').then(({ run }) => run(context)),
};
