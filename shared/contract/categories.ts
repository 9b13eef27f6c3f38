import * as z from 'zod';
import { plainText } from './common.ts';
import { method } from './method.ts';
import type { EntryKind } from './kinds.ts';
import { nameKey } from '../text.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';

/** A category as it is stored and matched: plain text, folded ("Café", "CAFÉ" and "cafe\u0301" are one category). */
export const categoryName = plainText(40).transform(nameKey);

/** The built-in categories money is spent in, and those money comes in by; 'other' fits either way. */
export const spendingCategories = ['bail', 'rent', 'food', 'medical', 'transport', 'utilities'] as const;
export const incomingCategories = ['donation', 'dues', 'grant', 'refund', 'transfer-in'] as const;
export const builtInCategories = [...spendingCategories, ...incomingCategories, 'other'] as const;

/**
 * Whether the entry form offers a category for an entry of this kind: a contribution is offered the
 * categories money comes in by, a disbursement those it is spent in; the group's own, and 'other', fit
 * both, and a fee or an adjustment takes any. The core accepts any category on any kind.
 */
export function categoryFitsKind(category: string, kind: EntryKind): boolean {
  if (kind === 'contribution') return !(spendingCategories as readonly string[]).includes(category);
  if (kind === 'disbursement') return !(incomingCategories as readonly string[]).includes(category);
  return true;
}

export const categories = {
  list: method({
    summary: 'The categories entries can have: the built-in ones and the group’s own.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.array(z.object({ name: z.string(), builtIn: z.boolean() })),
  }),
  add: method({
    summary: 'Add a category of the group’s own.',
    access: 'unlocked',
    input: z.strictObject({
      name: categoryName
        .refine((name) => name.length > 0, { message: inputProblem(say('input.nameCategory')), abort: true })
        .refine((name) => /^[\p{L}\p{N}][\p{L}\p{N}\p{M} -]*$/u.test(name), inputProblem(say('input.categoryCharacters'))),
    }),
    output: z.object({ name: z.string(), builtIn: z.boolean() }),
  }),
};
