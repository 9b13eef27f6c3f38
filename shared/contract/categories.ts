import * as z from 'zod';
import { plainText } from './common.ts';
import { method } from './method.ts';
import { nameKey } from '../text.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';

/** A category as it is stored and matched: plain text, folded ("Café", "CAFÉ" and "cafe\u0301" are one category). */
export const categoryName = plainText(40).transform(nameKey);

export const builtInCategories = ['bail', 'rent', 'food', 'medical', 'transport', 'utilities', 'other'] as const;

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
