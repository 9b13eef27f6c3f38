import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { VerifiedSummary } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import type { Language } from '../../../shared/messages/language.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Handlers } from '../dispatcher.ts';
import type { LongWork } from '../longWork.ts';
import { appendFact } from '../ledger/ledgerFacts.ts';
import { periodSummary } from '../summary/periodSummary.ts';
import { fileProblem, readSummaryFile, signSummary, summaryFileText } from '../summary/signedSummary.ts';
import { summaryJournal } from '../summary/summaryJournal.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';

type AuditHandlers = Pick<Handlers, Extract<keyof Handlers, `audit.${string}`>>;

/** The PDF's bytes; PDFKit and its fonts are loaded only when one is asked for, not with every command. */
async function pdfOf(verified: VerifiedSummary, language: Language): Promise<Buffer> {
  const { summaryPdf } = await import('../summary/summaryPdf.ts');
  return summaryPdf(verified, language);
}

function fullPath(path: string): string {
  if (!isAbsolute(path)) throw new TreasuryError('NOT_PERMITTED', say('audit.pathNotFull'));
  return path;
}

function refuseExisting(path: string): void {
  if (existsSync(path)) throw new TreasuryError('NOT_PERMITTED', say('audit.fileExists', { path }));
}

/** Writes new files, all or none: one already there is never overwritten, and a failure removes those written before it. */
function writeNewFiles(files: Array<{ path: string; content: string | Buffer }>): void {
  for (const file of files) refuseExisting(file.path);
  const written: string[] = [];
  try {
    for (const file of files) {
      writeFileSync(file.path, file.content, { flag: 'wx' });
      written.push(file.path);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    const problem = fileProblem(error);
    const path = files[written.length]?.path ?? '';
    throw new TreasuryError('NOT_PERMITTED', problem === 'EEXIST' ? say('audit.fileExists', { path }) : say('audit.fileNotWritten', { path, problem }));
  }
}

/** The contract's audit methods: make and sign a summary, and check one or print it (with no vault). */
export function auditHandlers(ledger: () => Ledger, now: () => Date, longWork: LongWork): AuditHandlers {
  return {
    // It holds the queue, as a handover does: nothing may change the ledger between the months it
    // adds up and the anchor it states. Each month it reports, and a lock stops it, writing nothing.
    'audit.summary': ({ from, to, smallestCell, path, journalPath, pdfPath, language }) =>
      longWork.holdingTheQueue('summary', async (report) => {
        const target = fullPath(path);
        const journal = journalPath === undefined ? null : fullPath(journalPath);
        const pdf = pdfPath === undefined ? null : fullPath(pdfPath);
        for (const each of [target, journal, pdf]) if (each !== null) refuseExisting(each);
        const db = ledger();
        const summary = await periodSummary(db, { from, to }, smallestCell, now(), report);
        const signed = signSummary(db, summary);
        const text = summaryFileText(signed);
        const fileSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
        const verified = { summary, fingerprint: signed.signature.fingerprint, fileSha256 };
        writeNewFiles([
          { path: target, content: text },
          ...(journal === null ? [] : [{ path: journal, content: summaryJournal(summary) }]),
          ...(pdf === null ? [] : [{ path: pdf, content: await pdfOf(verified, language) }]),
        ]);
        // The next summary names this one; the fact comes after the anchor this one states.
        const { anchor } = summary.ledger;
        writeTransaction(db, () =>
          appendFact(db, 'summary-signed', { from, to, entriesSeq: anchor.entriesSeq, factsSeq: anchor.factsSeq, anchorHash: anchor.hash, fileSha256, recordedAt: now().toISOString() }),
        );
        return { ...verified, path: target, journalPath: journal, pdfPath: pdf };
      }),
    'audit.verify': ({ path }) => readSummaryFile(fullPath(path)),
    'audit.pdf': async ({ path, pdfPath, language }) => {
      const verified = readSummaryFile(fullPath(path));
      const target = fullPath(pdfPath);
      writeNewFiles([{ path: target, content: await pdfOf(verified, language) }]);
      return { ...verified, pdfPath: target };
    },
  };
}
