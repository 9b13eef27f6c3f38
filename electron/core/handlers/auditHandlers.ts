import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Handlers } from '../dispatcher.ts';
import { appendFact } from '../ledger/ledgerFacts.ts';
import { periodSummary } from '../summary/periodSummary.ts';
import { fileProblem, readSummaryFile, signSummary, summaryFileText } from '../summary/signedSummary.ts';
import { summaryJournal } from '../summary/summaryJournal.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';

type AuditHandlers = Pick<Handlers, Extract<keyof Handlers, `audit.${string}`>>;

function fullPath(path: string): string {
  if (!isAbsolute(path)) throw new TreasuryError('NOT_PERMITTED', say('audit.pathNotFull'));
  return path;
}

/** Writes a new file; one already there is never overwritten. */
function writeNewFile(path: string, text: string): void {
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    const problem = fileProblem(error);
    throw new TreasuryError('NOT_PERMITTED', problem === 'EEXIST' ? say('audit.fileExists', { path }) : say('audit.fileNotWritten', { path, problem }));
  }
}

/** The contract's audit methods: make and sign a summary, and check one (with no vault). */
export function auditHandlers(ledger: () => Ledger, now: () => Date): AuditHandlers {
  return {
    'audit.summary': ({ from, to, smallestCell, path, journalPath }) => {
      const target = fullPath(path);
      const journal = journalPath === undefined ? null : fullPath(journalPath);
      const db = ledger();
      const summary = periodSummary(db, { from, to }, smallestCell, now());
      const signed = signSummary(db, summary);
      const text = summaryFileText(signed);
      writeNewFile(target, text);
      if (journal !== null) {
        try {
          writeNewFile(journal, summaryJournal(summary));
        } catch (error) {
          // Both files or neither: a summary left without its journal would also be left unrecorded.
          rmSync(target, { force: true });
          throw error;
        }
      }
      const fileSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
      // The next summary names this one; the fact comes after the anchor this one states.
      const { anchor } = summary.ledger;
      writeTransaction(db, () =>
        appendFact(db, 'summary-signed', { from, to, entriesSeq: anchor.entriesSeq, factsSeq: anchor.factsSeq, anchorHash: anchor.hash, fileSha256, recordedAt: now().toISOString() }),
      );
      return { summary, fingerprint: signed.signature.fingerprint, fileSha256, path: target, journalPath: journal };
    },
    'audit.verify': ({ path }) => readSummaryFile(fullPath(path)),
  };
}
