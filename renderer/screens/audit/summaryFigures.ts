// Reading a summary's figures for the screens: which are hidden, what adds up, what is worth a row.
import type { Summary, SummaryFigure, SummaryMonth } from '../../../shared/contract/index.ts';

export type ShownFigure = Extract<SummaryFigure, { count: number }>;

export function isShown(figure: SummaryFigure): figure is ShownFigure {
  return !('hidden' in figure);
}

/** A shown figure with no postings: a row of nothing but these says nothing. */
export function isEmpty(figure: SummaryFigure): boolean {
  return isShown(figure) && figure.count === 0;
}

/** The currencies the months are in, in the order the summary gives them. */
export function currenciesOf(summary: Summary): string[] {
  return [...new Set(summary.months.map((month) => month.currency))];
}

/** The months of one currency, oldest first, as the summary lists them. */
export function monthsIn(summary: Summary, currency: string): SummaryMonth[] {
  return summary.months.filter((month) => month.currency === currency);
}

/** The split of money out between aid and fees, over the months whose aid and fees are both shown. */
export interface OutflowShare {
  /** Months whose aid and fees are both shown, and so counted. */
  counted: number;
  /** Months left out because their aid or their fees are hidden. */
  leftOut: number;
  aid: number;
  fees: number;
}

export function outflowShare(months: readonly SummaryMonth[]): OutflowShare {
  const share: OutflowShare = { counted: 0, leftOut: 0, aid: 0, fees: 0 };
  for (const { outflow } of months) {
    if (isShown(outflow.aid) && isShown(outflow.fees)) {
      share.counted += 1;
      share.aid += outflow.aid.amount;
      share.fees += outflow.fees.amount;
    } else share.leftOut += 1;
  }
  return share;
}

/** A month's categories worth a row: those with any figure hidden or any posting; rows of nothing are left out. */
export function categoryRows(month: SummaryMonth): SummaryMonth['categories'] {
  return month.categories.filter((row) => !(isEmpty(row.moneyIn) && isEmpty(row.moneyOut)));
}

/** A month's restricted-fund spending worth a row: hidden, or with postings. */
export function restrictedRows(month: SummaryMonth): SummaryMonth['restricted'] {
  return month.restricted.filter((row) => !isEmpty(row.moneyOut));
}

/** Whether every figure of these rows is hidden: then the month says so in one row, not one row per category. */
export function allHidden(rows: ReadonlyArray<{ moneyIn?: SummaryFigure; moneyOut: SummaryFigure }>): boolean {
  return rows.length > 0 && rows.every((row) => !isShown(row.moneyOut) && (row.moneyIn === undefined || !isShown(row.moneyIn)));
}
