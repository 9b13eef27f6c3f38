import type { Summary, SummaryFigure, SummaryMonth } from '../../../shared/contract/index.ts';
import { minorToDecimal } from '../../../shared/money.ts';

/**
 * The summary's monthly totals as an hledger journal (docs/summary-format.md, "The journal"), so
 * that an auditor can add them up with a tool of their own: `hledger -f FILE bal`. It holds only
 * what the summary shows: per month and currency, the shown categories' money in and out, what the
 * hidden categories came to when the month's total is shown (the total less the shown categories,
 * which the summary itself lets anyone work out), and the adjustments, each against assets:group.
 */

function shown(figure: SummaryFigure): number | undefined {
  return 'hidden' in figure ? undefined : figure.amount;
}

/** A category as part of an hledger account name: letters, digits, dashes and single spaces only (a colon, a semicolon or two spaces mean something there). */
function accountPart(category: string | null): string {
  return (category ?? 'uncategorised')
    .replace(/[^\p{L}\p{N} _-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function posting(account: string, minor: number, currency: string): string {
  return `    ${account}  ${minorToDecimal(minor, currency)} ${currency}`;
}

/** One side of a month: each shown category, and the hidden ones together when the total tells what they came to. */
function sideTransaction(month: SummaryMonth, side: 'moneyIn' | 'moneyOut'): string[] {
  const account = side === 'moneyIn' ? 'income:contributions' : 'expenses';
  // Money in is income, so negative in hledger's double entry; money out is expenses, positive.
  const sign = side === 'moneyIn' ? -1 : 1;
  const lines = month.categories.flatMap((category) => {
    const amount = shown(category[side]);
    return amount === undefined || amount === 0 ? [] : [posting(`${account}:${accountPart(category.category)}`, sign * amount, month.currency)];
  });
  const shownSum = month.categories.reduce((sum, category) => sum + (shown(category[side]) ?? 0), 0);
  const total = shown(month.total[side]);
  if (total !== undefined && total !== shownSum) lines.push(posting(`${account}:hidden cells`, sign * (total - shownSum), month.currency));
  if (lines.length === 0) return [];
  const description = side === 'moneyIn' ? 'money in' : 'money out';
  return [`${month.month}-01 ${description}, ${month.month}`, ...lines, posting('assets:group', -sign * (total ?? shownSum), month.currency), ''];
}

export function summaryJournal(summary: Summary): string {
  const header = [
    `; Mutual Ledger summary of ${summary.period.from} to ${summary.period.to}: monthly totals only, small cells hidden (fewer than ${summary.smallestCell} postings).`,
    '; Every transaction is dated the first of its month: the summary has no finer dates.',
    '',
  ];
  const body = summary.months.flatMap((month) => {
    const adjusted = shown(month.total.adjusted);
    return [
      ...sideTransaction(month, 'moneyIn'),
      ...sideTransaction(month, 'moneyOut'),
      ...(adjusted === undefined || adjusted === 0
        ? []
        : [`${month.month}-01 adjustments, ${month.month}`, posting('equity:adjustments', -adjusted, month.currency), posting('assets:group', adjusted, month.currency), '']),
    ];
  });
  return [...header, ...body].join('\n');
}
