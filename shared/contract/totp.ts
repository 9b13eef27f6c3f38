import { z } from 'zod';
import { method } from './method.ts';

const code = z.string().trim().min(1, 'Enter the six-digit code.').max(32);

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
    summary: 'Turn TOTP off; asks for the passphrase again.',
    access: 'unlocked',
    input: z.strictObject({ passphrase: z.string().min(1, 'Enter the passphrase.').max(1024) }),
    output: z.object({}),
  }),
};
