import * as z from 'zod';
import { formerNameSchema, freeText, id, moneySchema, nameText } from './common.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { method } from './method.ts';
import { say } from '../messages/message.ts';

export const fundSchema = z.object({
  id,
  name: z.string(),
  /** A restricted fund may only be spent on its purpose and never below zero. */
  restricted: z.boolean(),
  purpose: z.string().nullable(),
  balances: z.array(moneySchema),
  /** Archived: empty, left out of the entry form's lists, refused to new entries; still in history and reports. */
  archived: z.boolean(),
  formerNames: z.array(formerNameSchema),
});
export type Fund = z.infer<typeof fundSchema>;

/** The fund every entry belongs to unless another is chosen. */
export const generalFundId = 1;

export const funds = {
  add: method({
    summary: 'Create a fund: money set aside for a purpose (bail fund, rent relief, a donor’s earmark).',
    access: 'unlocked',
    input: z
      .strictObject({
        name: nameText(60, say('input.nameFund')),
        restricted: z.boolean(),
        purpose: freeText(200).optional(),
      })
      .refine((fund) => !fund.restricted || (fund.purpose ?? '').trim() !== '', { message: inputProblem(say('funds.purposeNeeded')), path: ['purpose'] }),
    output: fundSchema,
  }),
  list: method({
    summary: 'Every fund with its balance per currency.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.array(fundSchema),
  }),
  rename: method({
    summary: 'Give a fund a new name; its entries keep pointing at it, and its history keeps the old name.',
    access: 'unlocked',
    input: z.strictObject({ fundId: id, name: nameText(60, say('input.nameFund')) }),
    output: fundSchema,
  }),
  archive: method({
    summary: 'Archive an empty fund (it leaves the entry form and takes no new entries), or restore it. The general fund stays.',
    access: 'unlocked',
    input: z.strictObject({ fundId: id, archived: z.boolean() }),
    output: fundSchema,
  }),
};
