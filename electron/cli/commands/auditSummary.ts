import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"summary","fingerprint","fileSha256","path","journalPath"|null,"pdfPath"|null}';

/** `mutual-ledger audit summary`: make and sign the summary of whole past months, for an auditor. */
export const auditSummary: Command = {
  name: 'audit summary',
  summary: say('auditCli.summary.summary'),
  description: say('auditCli.summary.description', { fields }),
  options: ['from', 'to', 'output', 'journal', 'pdf', 'k', ...unlockOptions],
  flagDescriptions: { from: say('auditCli.flag.from'), to: say('auditCli.flag.to'), output: say('auditCli.flag.output') },
  flagValueNames: { from: 'YYYY-MM', to: 'YYYY-MM' },
  run: (context) => import('../runs/auditSummary.ts').then(({ run }) => run(context)),
};
