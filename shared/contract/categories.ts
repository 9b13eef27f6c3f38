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

/** A name a category of the group's own may be given (added or renamed to): folded, not empty, letters and digits with spaces and dashes between. */
const newCategoryName = categoryName
  .refine((name) => name.length > 0, { message: inputProblem(say('input.nameCategory')), abort: true })
  .refine((name) => /^[\p{L}\p{N}][\p{L}\p{N}\p{M} -]*$/u.test(name), inputProblem(say('input.categoryCharacters')));

/**
 * A category as the core gives it: `name` is the one it is shown by now (a rename of one of the
 * group's own changes it), `formerNames` those it was shown by before, oldest first: while it is shown
 * by another name, the first is its stored name, which its entries carry and which stays reserved to it.
 */
export const categorySchema = z.object({ name: z.string(), builtIn: z.boolean(), formerNames: z.array(z.string()) });
export type Category = z.infer<typeof categorySchema>;

/**
 * Whether the entry form offers a category for an entry of this kind: a contribution is offered the
 * categories money comes in by, a disbursement those it is spent in; the group's own, and 'other', fit
 * both, and a fee or an adjustment takes any. The core accepts any category on any kind. It is given the
 * names categories are shown by now: it singles out built-in names only, which cannot be renamed,
 * and which no category of the group's own can be renamed to (they are taken).
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
    output: z.array(categorySchema),
  }),
  add: method({
    summary: 'Add a category of the group’s own.',
    access: 'unlocked',
    input: z.strictObject({ name: newCategoryName }),
    output: categorySchema,
  }),
  rename: method({
    summary: 'Give a category of the group’s own a new name to be shown by (by its current or its first name); its entries keep the name they carry, and it stays reserved to it.',
    access: 'unlocked',
    input: z.strictObject({ name: categoryName, to: newCategoryName }),
    output: categorySchema,
  }),
};
