import * as z from 'zod';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';
import { ageLockSchema, ageRecipientSchema, recipientFactsSchema, recipientKinds } from './ageLock.ts';
import { anchorSchema } from './ledger.ts';
import { method } from './method.ts';
import { confirmationSchema } from './vault.ts';

const filePath = (problem: ReturnType<typeof say>) => z.string().trim().min(1, inputProblem(problem)).max(4096);

/** The identity a new laptop keeps to receive a handover: its recipient (to send), where it is kept, and until when. */
export const receivingIdentitySchema = recipientFactsSchema.extend({ path: z.string(), createdAt: z.string() });
export type ReceivingIdentity = z.infer<typeof receivingIdentitySchema>;

/** What both treasurers compare after a handover: the same on the old vault and the new. */
export const handedOverSchema = z.object({
  /** Entries in the ledger (shredded ones not counted, as everywhere). */
  entries: z.number().int().nonnegative(),
  anchor: anchorSchema,
  groupKeyFingerprint: z.string(),
});
export type HandedOver = z.infer<typeof handedOverSchema>;

export const handover = {
  identity: method({
    summary: 'Make an age identity to receive a handover with, kept until the import is done, and show its recipient; an identity already kept is shown, not replaced.',
    access: 'always',
    input: z.strictObject({
      kind: z.enum(recipientKinds).default('post-quantum'),
      /** Where to keep it (the CLI's -o FILE); the app keeps it in its own folder when omitted. */
      path: filePath(say('input.chooseIdentityPath')).optional(),
    }),
    output: receivingIdentitySchema,
  }),
  keptIdentity: method({
    summary: 'The identity this app keeps to receive a handover, or null.',
    access: 'always',
    input: z.strictObject({}),
    output: receivingIdentitySchema.nullable(),
  }),
  describeRecipient: method({
    summary: 'What kind of recipient this is, and its fingerprint to compare out of band.',
    access: 'always',
    input: z.strictObject({ recipient: ageRecipientSchema }),
    output: recipientFactsSchema,
  }),
  export: method({
    summary: 'Write the whole vault, for the next treasurer, to one age-encrypted file: to their recipient, or to a passphrase made now and shown once.',
    access: 'unlocked',
    input: z.strictObject({
      path: filePath(say('input.chooseHandoverPath')),
      to: ageLockSchema,
    }),
    output: handedOverSchema.extend({
      path: z.string(),
      bytes: z.number().int().positive(),
      /** The recipient's facts, when made to one. */
      recipient: recipientFactsSchema.nullable(),
      /** The passphrase that opens the file, when made to one: shown this once, kept nowhere. */
      passphrase: z.string().nullable(),
    }),
  }),
  receive: method({
    summary: 'Open a handover file, check all of it, and make a new vault from it with a new key and the new treasurer’s passphrase; it is left unlocked. All or nothing.',
    access: 'always',
    input: z.strictObject({
      path: filePath(say('input.chooseHandoverFile')),
      vaultDir: filePath(say('input.chooseVaultFolder')),
      newPassphrase: z
        .string()
        .min(1, inputProblem(say('input.enterPassphrase')))
        .max(1024),
      with: z.discriminatedUnion('key', [
        /** An identity file (the CLI's --identity); the one the app keeps when the path is omitted. */
        z.strictObject({ key: z.literal('identity'), path: filePath(say('input.chooseIdentityPath')).optional() }),
        z.strictObject({
          key: z.literal('passphrase'),
          passphrase: z
            .string()
            .trim()
            .min(1, inputProblem(say('input.enterHandoverPassphrase')))
            .max(1024),
        }),
      ]),
    }),
    output: handedOverSchema.extend({
      vaultDir: z.string(),
      /** The new vault's recovery code, shown once. */
      recoveryCode: z.string(),
      /** The identity the file opened with was destroyed (null: opened with a passphrase). */
      identityDestroyed: z.string().nullable(),
    }),
  }),
  retire: method({
    summary: 'Once the new treasurer has read back the anchor of the vault they received: overwrite this vault’s key slots and remove its files. Refused while a legal hold stands.',
    access: 'unlocked',
    input: z.strictObject({ confirmedAnchor: anchorSchema, confirmWith: confirmationSchema }),
    output: z.object({ retiredDir: z.string(), removedFiles: z.number().int().nonnegative() }),
  }),
};
