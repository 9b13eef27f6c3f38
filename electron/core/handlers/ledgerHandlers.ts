import { isAbsolute } from 'node:path';
import type { Handlers } from '../dispatcher.ts';
import { accountsOverview, setConcentrationThreshold } from '../accounts/accountsOverview.ts';
import { statusHistory } from '../accounts/accountStatus.ts';
import { addAccount, archiveAccount, paymentAccount, renameAccount, setAccountStatus } from '../accounts/paymentAccounts.ts';
import { previewReconciliation, reconcile } from '../accounts/reconciliation.ts';
import { calendarDate } from '../calendar.ts';
import { dashboardSummary } from '../dashboard/dashboard.ts';
import { addFund, allFunds, archiveFund, renameFund } from '../funds/funds.ts';
import { balances } from '../ledger/balances.ts';
import { addCategory, allCategories, renameCategory } from '../ledger/categories.ts';
import { countEntries, listEntries, summariseEntries } from '../ledger/entryQuery.ts';
import { monthReport } from '../ledger/monthReport.ts';
import { writeViewCsv } from '../ledger/viewCsv.ts';
import type { AgeLock } from '../handover/ageFile.ts';
import { newHandoverPassphrase } from '../handover/handoverPassphrase.ts';
import { recipientFacts } from '../handover/receivingIdentity.ts';
import { entryReceipt } from '../ledger/receipts.ts';
import { recordEntry } from '../ledger/recordEntry.ts';
import { reverseEntry } from '../ledger/reverseEntry.ts';
import { ledgerHead, quickCheck, verifyLedger } from '../ledger/verifyLedger.ts';
import { anchorOfOwnSummary, readSummaryFile } from '../summary/signedSummary.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { earliestEntryDate, setEarliestEntryDate } from '../ledger/entryDates.ts';
import type { ReadElsewhere } from '../vault/backgroundReader.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { LongWork } from '../longWork.ts';

type Namespaces = 'accounts' | 'funds' | 'categories' | 'ledger' | 'dashboard';
type LedgerHandlers = Pick<Handlers, Extract<keyof Handlers, `${Namespaces}.${string}`>>;

/** The contract's money methods (accounts, funds, categories, ledger, dashboard), over the unlocked ledger. */
export function ledgerHandlers(ledger: () => Ledger, now: () => Date, ledgerReader: () => ReadElsewhere, longWork: LongWork): LedgerHandlers {
  return {
    'accounts.add': (account) => addAccount(ledger(), account, now()),
    'accounts.list': () => accountsOverview(ledger(), now()),
    'accounts.setStatus': (change) => setAccountStatus(ledger(), change, now()),
    'accounts.history': ({ accountId }) => {
      paymentAccount(ledger(), accountId, now());
      return statusHistory(ledger(), accountId).map((change) => ({
        status: change.status,
        date: change.effective_date,
        reason: change.reason,
        balanceHeld: change.balance_held,
        recordedAt: change.recorded_at,
      }));
    },
    'accounts.previewReconciliation': (statement) => previewReconciliation(ledger(), statement, now()),
    'accounts.reconcile': (statement) => reconcile(ledger(), statement, now()),
    'accounts.rename': ({ accountId, name }) => renameAccount(ledger(), accountId, name, now()),
    'accounts.archive': ({ accountId, archived }) => archiveAccount(ledger(), accountId, archived, now()),
    'accounts.setConcentrationThreshold': ({ percent }) => {
      setConcentrationThreshold(ledger(), percent);
      return accountsOverview(ledger(), now());
    },
    'funds.add': (fund) => addFund(ledger(), fund, now()),
    'funds.list': () => allFunds(ledger()),
    'funds.rename': ({ fundId, name }) => renameFund(ledger(), fundId, name, now()),
    'funds.archive': ({ fundId, archived }) => archiveFund(ledger(), fundId, archived, now()),
    'categories.list': () => allCategories(ledger()),
    'categories.add': ({ name }) => addCategory(ledger(), name),
    'categories.rename': ({ name, to }) => renameCategory(ledger(), name, to, now()),
    'ledger.record': (entry) => recordEntry(ledger(), entry, now()),
    'ledger.reverse': ({ seq, ...reversal }) => reverseEntry(ledger(), seq, reversal, now()),
    'ledger.list': ({ offset, limit, ...filter }) => ({ entries: listEntries(ledger(), filter, { offset, limit }) }),
    'ledger.count': (filter) => ({ total: countEntries(ledger(), filter) }),
    'ledger.summarise': (filter) => summariseEntries(ledger(), filter),
    'ledger.monthReport': ({ month }) => monthReport(ledger(), month, now()),
    'ledger.exportCsv': ({ path, encrypt, language, ...filter }) =>
      longWork.holdingTheQueue('csv', async (report) => {
        if (!isAbsolute(path)) throw new TreasuryError('NOT_PERMITTED', say('ledgerExport.pathNotFull'));
        // The recipient is checked before anything is written; a passphrase is made here, never chosen, so it cannot be a weak one.
        const recipient = encrypt?.lock === 'recipient' ? recipientFacts(encrypt.recipient) : null;
        const lock: AgeLock | null = encrypt === undefined ? null : recipient === null ? { passphrase: newHandoverPassphrase() } : { recipient: recipient.recipient };
        const rows = await writeViewCsv(ledger(), filter, path, lock, language, report);
        return { path, rows, recipient, passphrase: lock !== null && 'passphrase' in lock ? lock.passphrase : null };
      }),
    'ledger.balances': () => balances(ledger()),
    'ledger.receipt': ({ seq }) => entryReceipt(ledger(), seq),
    'ledger.head': () => ledgerHead(ledger()),
    'ledger.verify': ({ expectSummary, ...expected }) => {
      if (expectSummary !== undefined && expected.expectAnchor !== undefined) throw new TreasuryError('INVALID_INPUT', say('audit.sinceSummaryAndAnchor'));
      // A summary's anchor is checked like one written down, once the file is known to be this vault's, unchanged.
      const expectAnchor = expectSummary === undefined ? expected.expectAnchor : anchorOfOwnSummary(ledger(), readSummaryFile(expectSummary));
      return longWork.run('verify', (turn) => verifyLedger(ledger(), { ...expected, expectAnchor }, ledgerReader(), turn));
    },
    'ledger.quickCheck': () => quickCheck(ledger()),
    'ledger.earliestDate': () => ({ earliestDate: earliestEntryDate(ledger()) }),
    'ledger.setEarliestDate': ({ earliestDate }) => ({ earliestDate: setEarliestEntryDate(ledger(), earliestDate, now()) }),
    'dashboard.summary': ({ today }) => dashboardSummary(ledger(), today ?? calendarDate(now()), now()),
  };
}
