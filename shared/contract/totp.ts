import * as z from 'zod';
import { method } from './method.ts';
import { confirmationSchema } from './vault.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';

const code = z
  .string()
  .trim()
  .min(1, inputProblem(say('input.enterSixDigitCode')))
  .max(32);

export const totp = {
  beginEnrolment: method({
    summary: 'Start TOTP enrolment: a new secret to scan. Nothing changes until a code confirms it.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.object({ secret: z.string(), otpauthUri: z.string() }),
  }),
  confirmEnrolment: method({
    summary: 'Turn TOTP on, once a code from the authenticator proves the secret was scanned; returns one-time backup codes.',
    access: 'unlocked',
    input: z.strictObject({ code }),
    output: z.object({ backupCodes: z.array(z.string()) }),
  }),
  disable: method({
    summary: 'Turn TOTP off; asks for the passphrase (or recovery code) again, counted like an unlock attempt.',
    access: 'unlocked',
    input: confirmationSchema,
    output: z.object({}),
  }),
};
