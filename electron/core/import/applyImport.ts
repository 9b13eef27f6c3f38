// Importing a statement: its plan (the preview's, or worked out again) checked inside one write
// transaction to still hold, so nothing can change between the look and the write, and every row it
// books written together or none. A row that is a problem refuses the whole import; so does a plan
// that is not the one the treasurer saw.
import type * as z from 'zod';
import type { ImportPreview, ImportResult, importRequestSchema } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { appendEntriesReporting } from '../ledger/appendEntry.ts';
import { appendFact } from '../ledger/ledgerFacts.ts';
import { unreported, type ReportProgress } from '../longWork.ts';
import { writeTransactionInTurns, type Ledger } from '../vault/ledgerDatabase.ts';
import { plannedImport, planStillHolds } from './rememberedPlan.ts';

type ImportRequest = z.output<typeof importRequestSchema>;

/** How many problem rows a refusal names one by one; the preview lists them all. */
const namedProblems = 10;

export async function applyImport(db: Ledger, request: ImportRequest, planDigest: string | undefined, now: Date, report: ReportProgress = unreported): Promise<ImportResult> {
  const plan = await plannedImport(db, request, now, report);
  const { preview, batch } = plan;
  const problems = preview.rows.filter((row) => row.outcome === 'problem');
  if (problems.length > 0) {
    throw new TreasuryError('INVALID_INPUT', say('import.refusedForProblems', { count: problems.length }), {
      hints: problems.slice(0, namedProblems).map((row) => say('import.problemAtLine', { line: row.line, reason: row.reason ?? say('import.nothingMoved') })),
    });
  }
  if (planDigest !== undefined && planDigest !== preview.planDigest) throw new TreasuryError('INVALID_INPUT', say('import.changedSincePreview'));
  return writeTransactionInTurns(db, async () => {
    if (!planStillHolds(db, request, now, plan)) throw new TreasuryError('INVALID_INPUT', say('import.changedSincePreview'));
    // Recorded now, though the plan may have been worked out at the preview.
    const recordedAt = now.toISOString();
    const seqs = await appendEntriesReporting(
      db,
      batch.map((entry) => ({ ...entry, content: { ...entry.content, recordedAt } })),
      now,
      { history: true },
      report,
    );
    const firstSeq = seqs[0] ?? null;
    const lastSeq = seqs.at(-1) ?? null;
    if (firstSeq !== null) {
      appendFact(db, 'statement-imported', { format: preview.format, accountId: preview.accountId, entries: seqs.length, firstSeq, lastSeq, recordedAt: now.toISOString() });
    }
    return { preview: withoutRows(preview), firstSeq, lastSeq };
  });
}

/** The preview's figures: its rows are the preview's to show, and a hundred thousand of them would only be sent back. */
function withoutRows({ rows: _rows, ...figures }: ImportPreview): ImportResult['preview'] {
  return figures;
}
