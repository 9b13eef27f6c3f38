import * as z from 'zod';
import { languages } from '../messages/language.ts';
import { method } from './method.ts';

export const languageSchema = z.enum(languages);

/** What the app remembers outside the vault, so the first screen and the unlock screen read right before any key. */
export const settings = {
  language: method({
    summary: 'The language the treasurer chose for the app, or null before they choose.',
    access: 'always',
    input: z.strictObject({}),
    output: z.object({ language: languageSchema.nullable() }),
  }),
  chooseLanguage: method({
    summary: 'Remember the language for the app (on this computer, outside the vault).',
    access: 'always',
    input: z.strictObject({ language: languageSchema }),
    output: z.object({ language: languageSchema }),
  }),
};
