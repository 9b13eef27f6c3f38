// What an age file (a handover, an exported view of the ledger) is locked to, as the contract takes it.
import * as z from 'zod';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';

/**
 * The two kinds of age recipient a handover goes to: `post-quantum` (age1pq1…, ML-KEM-768 with
 * X25519, the default: a handover file may be kept by an adversary for years) and `classic`
 * (age1…, X25519 alone, which older age tools read).
 */
export const recipientKinds = ['post-quantum', 'classic'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** An age recipient as typed or pasted: one word, spaces around it dropped. */
export const ageRecipientSchema = z
  .string()
  .trim()
  .min(1, inputProblem(say('input.enterRecipient')))
  .max(4096)
  .regex(/^age1[0-9a-z]+$/, inputProblem(say('input.recipientShape')));

/** A recipient and the short fingerprint the two treasurers read to each other to be sure it is the right one. */
export const recipientFactsSchema = z.object({
  recipient: z.string(),
  kind: z.enum(recipientKinds),
  fingerprint: z.string(),
});
export type RecipientFacts = z.infer<typeof recipientFactsSchema>;

/** A file locked to a recipient the reader gave, or to a passphrase of six words made when it is written and shown once. */
export const ageLockSchema = z.discriminatedUnion('lock', [z.strictObject({ lock: z.literal('recipient'), recipient: ageRecipientSchema }), z.strictObject({ lock: z.literal('passphrase') })]);
export type AgeLockChoice = z.infer<typeof ageLockSchema>;
