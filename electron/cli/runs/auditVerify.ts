// What `mutual-ledger audit verify FILE` does once its command line is read (its help and flags: ../commands/auditVerify.ts).
import { resolve } from 'node:path';
import type { SummaryFigure, VerifiedSummary } from '../../../shared/contract/index.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { writtenAnchor } from '../../../shared/writtenHead.ts';
import type { CommandContext } from '../command.ts';
import { withTreasury } from '../session.ts';
import { renderFacts, renderTable } from '../textTable.ts';

export async function run({ vaultDir, operand, out }: CommandContext): Promise<void> {
  const file = resolve(operand ?? '');
  // No vault is opened or unlocked: the file carries its own public key. A file changed in any way
  // is refused by the core (SUMMARY_NOT_VERIFIED), saying what failed, and the command exits 1.
  await withTreasury(vaultDir, async (client) => {
    const verified = await client.audit.verify({ path: file });
    out.show({ summary: verified.summary, fingerprint: verified.fingerprint, fileSha256: verified.fileSha256 }, (shown) => renderVerified(shown, out.words));
  });
}

function renderVerified({ summary, fingerprint, fileSha256 }: VerifiedSummary, words: Translator): string {
  const facts = renderFacts([
    [words.words('auditCli.verify.period'), words.words('auditCli.verify.periodValue', { from: summary.period.from, to: summary.period.to })],
    [words.words('auditCli.verify.madeIn'), summary.madeIn],
    [words.words('auditCli.verify.smallestCell'), words.words('auditCli.verify.postings', { count: summary.smallestCell })],
    [words.words('auditCli.verify.anchor'), writtenAnchor(summary.ledger.anchor) ?? ''],
    [words.words('auditCli.verify.fileSha256'), fileSha256],
  ]);
  const figure = (value: SummaryFigure, currency: string): string => ('hidden' in value ? words.words('auditCli.hidden') : words.money(value.amount, currency));
  const months =
    summary.months.length === 0
      ? words.words('auditCli.verify.noMonths')
      : renderTable(summary.months, [
          { heading: words.words('auditCli.heading.month'), cell: (month) => month.month },
          { heading: words.words('auditCli.heading.currency'), cell: (month) => month.currency },
          { heading: words.words('auditCli.heading.moneyIn'), cell: (month) => figure(month.total.moneyIn, month.currency), align: 'right' },
          { heading: words.words('auditCli.heading.moneyOut'), cell: (month) => figure(month.total.moneyOut, month.currency), align: 'right' },
          { heading: words.words('auditCli.heading.adjusted'), cell: (month) => figure(month.total.adjusted, month.currency), align: 'right' },
        ]);
  return [words.words('auditCli.verify.verified', { fingerprint }), facts, months].join('\n\n');
}
