import * as z from 'zod';
import { freeText, id, moneySchema, nameText } from './common.ts';
import { method } from './method.ts';
import { say } from '../messages/message.ts';

export const fundSchema = z.object({
  id,
  name: z.string(),
  /** A restricted fund may only be spent on its purpose and never below zero. */
  restricted: z.boolean(),
  purpose: z.string().nullable(),
  balances: z.array(moneySchema),
});
export type Fund = z.infer<typeof fundSchema>;

/** The fund every entry belongs to unless another is chosen. */
export const generalFundId = 1;

export const funds = {
  add: method({
    summary: 'Create a fund: money set aside for a purpose (bail fund, rent relief, a donor’s earmark).',
    access: 'unlocked',
    input: z.strictObject({
      name: nameText(60, say('input.nameFund')),
      restricted: z.boolean(),
      purpose: freeText(200).optional(),
    }),
    output: fundSchema,
  }),
  list: method({
    summary: 'Every fund with its balance per currency, and what they hold together per currency.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.object({
      funds: z.array(fundSchema),
      /** Every fund's balances added up, per currency: the money on hand, seen by purpose instead of by account. */
      totals: z.array(moneySchema),
    }),
  }),
};
