import { longestSummaryPeriod, summaryFormat, summaryVersion, type Summary, type SummaryMonth } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { statusOn } from '../accounts/accountStatus.ts';
import { calendarDate, shiftMonth } from '../calendar.ts';
import { settingFacts } from '../ledger/ledgerFacts.ts';
import { shownCategories } from '../ledger/categoryNames.ts';
import { ledgerHead } from '../ledger/verifyLedger.ts';
import { holdHistory } from '../retention/legalHold.ts';
import { unreported, type ReportProgress } from '../longWork.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { monthOfSummary, type MonthShape } from './monthCells.ts';

export interface Period {
  from: string;
  to: string;
}

/** Every month of a period, oldest first. */
function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let month = period.from; month <= period.to; month = shiftMonth(month, 1)) months.push(month);
  return months;
}

/**
 * A summary covers whole months that have ended: a month still under way would be summarised again
 * with more in it, and two versions of one month could be told apart cell by cell.
 */
function refusePeriod(period: Period, now: Date): void {
  const thisMonth = calendarDate(now).slice(0, 7);
  if (period.to >= thisMonth) throw new TreasuryError('INVALID_INPUT', say('audit.periodNotOver', { month: period.to }));
  if (period.to > shiftMonth(period.from, longestSummaryPeriod - 1)) throw new TreasuryError('INVALID_INPUT', say('audit.periodTooLong', { months: longestSummaryPeriod }));
}

interface AccountRow {
  id: number;
  name: string;
  kind: Summary['accounts'][number]['kind'];
  holder: 'organisation' | 'member';
  currency: string;
}

/**
 * The summary of a period, unsigned: every figure the treasurer publishes, and none that names
 * anyone. `monthDone` hears of each month added up, in each currency (a lock stops the work there).
 */
export async function periodSummary(db: Ledger, period: Period, smallestCell: number, now: Date, monthDone: ReportProgress = unreported): Promise<Summary> {
  refusePeriod(period, now);
  const months = monthsOf(period);
  const before = shiftMonth(period.from, -1);
  const lastDay = `${period.to}-31`;
  const accounts = db.prepare('SELECT id, name, kind, holder, currency FROM payment_accounts ORDER BY id').all() as AccountRow[];
  const funds = (db.prepare('SELECT id, name, restricted, purpose FROM funds ORDER BY id').all() as Array<{ id: number; name: string; restricted: number; purpose: string | null }>).map((fund) => ({
    ...fund,
    restricted: fund.restricted === 1,
  }));
  // Stored names, as the monthly totals (those of sealed months too) hold them, in the order of the names they are shown by.
  const categories = db.prepare('SELECT name FROM categories ORDER BY COALESCE(shown_as, name)').pluck().all() as string[];
  const shownCategory = shownCategories(db);
  const currencies = [...new Set(accounts.map((account) => account.currency))].sort();

  const balanceOf = (column: 'account_id' | 'fund_id', id: number, currency: string, upTo: string): number =>
    db.prepare(`SELECT COALESCE(SUM(delta), 0) FROM monthly_totals WHERE ${column} = ? AND currency = ? AND month <= ?`).pluck().get(id, currency, upTo) as number;

  const summaryAccounts = accounts.map((account) => ({
    accountId: account.id,
    // A member's account may carry their name; the kind alone says enough.
    name: account.holder === 'organisation' ? account.name : null,
    kind: account.kind,
    heldBy: account.holder,
    currency: account.currency,
    opening: balanceOf('account_id', account.id, account.currency, before),
    closing: balanceOf('account_id', account.id, account.currency, period.to),
    statusAtClose: statusOn(db, account.id, lastDay)?.status ?? 'active',
  }));

  const summaryMonths: SummaryMonth[] = [];
  const total = currencies.length * months.length;
  for (const currency of currencies) {
    const shape: MonthShape = {
      accountIds: accounts.filter((account) => account.currency === currency).map((account) => account.id),
      funds: funds.map((fund) => ({ fundId: fund.id, restricted: fund.restricted })),
      categories,
      shownCategory,
    };
    for (const month of months) {
      summaryMonths.push(monthOfSummary(db, month, currency, shape, smallestCell));
      await monthDone({ step: 'months', done: summaryMonths.length, total });
    }
  }

  const frozen = summaryAccounts.filter((account) => account.statusAtClose === 'frozen');
  const head = ledgerHead(db);
  if (head.anchor === null) throw new Error('A vault always has facts, so its ledger always has an anchor.');
  return {
    format: summaryFormat,
    version: summaryVersion,
    period,
    madeIn: calendarDate(now).slice(0, 7),
    smallestCell,
    accounts: summaryAccounts,
    funds: funds.map((fund) => ({
      fundId: fund.id,
      name: fund.name,
      restricted: fund.restricted,
      purpose: fund.purpose,
      balances: currencies.map((currency) => ({ currency, opening: balanceOf('fund_id', fund.id, currency, before), closing: balanceOf('fund_id', fund.id, currency, period.to) })),
    })),
    months: summaryMonths.sort((a, b) => (a.month === b.month ? (a.currency < b.currency ? -1 : 1) : a.month < b.month ? -1 : 1)),
    frozenAtClose: currencies.flatMap((currency) => {
      const held = frozen.filter((account) => account.currency === currency);
      return held.length === 0 ? [] : [{ currency, amount: held.reduce((total, account) => total + account.closing, 0), accounts: held.length }];
    }),
    reconciliations: db.prepare('SELECT count(*) FROM reconciliations WHERE statement_date BETWEEN ? AND ?').pluck().get(`${period.from}-01`, lastDay) as number,
    retention: {
      ...(db.prepare('SELECT count(*) AS runs, COALESCE(SUM(entries), 0) AS entriesShredded FROM shred_log WHERE substr(ran_at, 1, 7) BETWEEN ? AND ?').get(period.from, period.to) as {
        runs: number;
        entriesShredded: number;
      }),
      holdStood: holdHistory(db).some((hold) => hold.placedAt.slice(0, 7) <= period.to && (hold.liftedAt === null || hold.liftedAt.slice(0, 7) >= period.from)),
    },
    ledger: { entries: head.entries, anchor: head.anchor },
    previous: previousSummary(db),
  };
}

/** The last summary this ledger signed, as a fact recorded it. */
function previousSummary(db: Ledger): Summary['previous'] {
  const [last] = settingFacts(db, ['summary-signed'], 1);
  if (last === undefined) return null;
  const content = last.content;
  return {
    period: { from: String(content.from), to: String(content.to) },
    anchor: { entriesSeq: Number(content.entriesSeq), factsSeq: Number(content.factsSeq), hash: String(content.anchorHash) },
    fileSha256: String(content.fileSha256),
  };
}
