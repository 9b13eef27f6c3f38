import { z } from 'zod';
import { method } from './method.ts';

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
      name: z
        .string()
        .trim()
        .toLowerCase()
        .min(1, 'Name the category.')
        .max(40)
        .regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, 'Use letters, numbers, spaces and dashes.'),
    }),
    output: z.object({ name: z.string(), builtIn: z.boolean() }),
  }),
};
