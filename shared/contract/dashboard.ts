import * as z from 'zod';
import { flowSchema, isoDate, moneySchema, totalMinorUnits } from './common.ts';
import { moneyOnHandSchema } from './accounts.ts';
import { method } from './method.ts';

export const dashboard = {
  summary: method({
    summary: 'Money on hand per currency, this month in and out, balances per account and fund, money stuck in frozen accounts, and the last 12 months.',
    access: 'unlocked',
    input: z.strictObject({ today: isoDate.optional() }),
    output: z.object({
      month: z.string(),
      thisMonth: z.array(flowSchema),
      accounts: z.array(z.object({ accountId: z.number().int(), name: z.string(), currency: z.string(), balance: totalMinorUnits, status: z.string() })),
      funds: z.array(z.object({ fundId: z.number().int(), name: z.string(), restricted: z.boolean(), currency: z.string(), balance: totalMinorUnits })),
      onHand: z.array(moneyOnHandSchema),
      stuckInFrozen: z.array(moneySchema),
      /** Twelve months, oldest first; every month is present, with zeroes where nothing happened. */
      monthly: z.array(z.object({ month: z.string(), flows: z.array(flowSchema) })),
    }),
  }),
};
