import * as z from 'zod';
import { id, isoMonth, totalMinorUnits } from './common.ts';
import { accountStatuses } from './kinds.ts';

const count = z.number().int().nonnegative();

/**
 * What a fund or an account held when the month began, what came in, went out and was adjusted, what
 * transfers moved into it less what they moved out, and what it held when the month ended: opening
 * plus money in, less money out, plus adjusted and transfers, is closing.
 */
const holderMonth = {
  opening: totalMinorUnits,
  moneyIn: totalMinorUnits,
  moneyOut: totalMinorUnits,
  adjusted: totalMinorUnits,
  transfers: totalMinorUnits,
  closing: totalMinorUnits,
};

/** One currency of a month's report: amounts in different currencies are never added together. */
export const monthReportCurrencySchema = z.object({
  currency: z.string(),
  /** The month's entries in this currency (a transfer counts once). */
  entries: count,
  /** The group's money in, out and adjusted over the month, by the ledger's one rule (transfers are neither). */
  total: z.object({ moneyIn: totalMinorUnits, moneyOut: totalMinorUnits, adjusted: totalMinorUnits }),
  /** Money in and out per category (null: entries with none), the categories the month used, by name. */
  categories: z.array(z.object({ category: z.string().nullable(), entries: count, moneyIn: totalMinorUnits, moneyOut: totalMinorUnits })),
  /** Every fund that held money in this currency during the month, or moved any. */
  funds: z.array(z.object({ fundId: id, name: z.string(), restricted: z.boolean(), ...holderMonth })),
  /** Every account in this currency that held money during the month, or moved any, with its status on the month's last day. */
  accounts: z.array(z.object({ accountId: id, name: z.string(), statusAtClose: z.enum(accountStatuses), ...holderMonth })),
});
export type MonthReportCurrency = z.infer<typeof monthReportCurrencySchema>;

/** A month's report for the group's own meeting: its money per category, fund and account, names and all. */
export const monthReportSchema = z.object({
  month: isoMonth,
  /** Retention shredded the month's entries: its figures stand, read from the totals it keeps. */
  shredded: z.boolean(),
  currencies: z.array(monthReportCurrencySchema),
});
export type MonthReport = z.infer<typeof monthReportSchema>;
