import * as z from 'zod';
import { keySlotKinds } from './kinds.ts';
import { method } from './method.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';
import { messageSchema } from '../messages/messageSchema.ts';

export { keySlotKinds } from './kinds.ts';

export const lockReasons = ['manual', 'idle', 'suspend', 'screen-lock', 'shutdown'] as const;
export const lockReasonSchema = z.enum(lockReasons);
export type LockReason = z.infer<typeof lockReasonSchema>;

export const vaultStateSchema = z.enum(['no-vault', 'locked', 'awaiting-totp', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

const vaultDir = z
  .string()
  .trim()
  .min(1, inputProblem(say('input.chooseVaultFolder')))
  .max(4096);
const passphrase = z
  .string()
  .min(1, inputProblem(say('input.enterPassphrase')))
  .max(1024);

export const vaultStatusSchema = z.object({
  state: vaultStateSchema,
  vaultDir: z.string(),
  /** Seconds before another unlock attempt is allowed; 0 when free to try. */
  retryAfterSeconds: z.number().int().nonnegative(),
  lastLock: z.object({ reason: lockReasonSchema, at: z.string() }).nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const keySlotKindSchema = z.enum(keySlotKinds);
export type KeySlotKind = z.infer<typeof keySlotKindSchema>;

export const vaultDetailsSchema = z.object({
  vaultDir: z.string(),
  createdAt: z.string(),
  formatVersion: z.number().int(),
  keySlots: z.array(
    z.object({
      kind: keySlotKindSchema,
      updatedAt: z.string(),
      argon2: z.object({ memoryKiB: z.number().int(), iterations: z.number().int(), parallelism: z.number().int() }),
    }),
  ),
  groupKeyFingerprint: z.string(),
  autoLockSeconds: z.number().int(),
  totp: z.object({ enrolled: z.boolean(), backupCodesLeft: z.number().int().nonnegative() }),
  unlockedWith: keySlotKindSchema,
});
export type VaultDetails = z.infer<typeof vaultDetailsSchema>;

export const passphraseAssessmentSchema = z.object({
  /** zxcvbn score, 0 (guessable in seconds) to 4 (very unguessable). */
  score: z.number().int().min(0).max(4),
  acceptable: z.boolean(),
  warning: messageSchema.nullable(),
  suggestions: z.array(messageSchema),
  /** How long an offline attacker would take ("3 hours", "centuries"). */
  crackTime: messageSchema,
});
export type PassphraseAssessment = z.infer<typeof passphraseAssessmentSchema>;

export const autoLockLimits = { minSeconds: 10, maxSeconds: 24 * 60 * 60, defaultSeconds: 5 * 60 } as const;

const empty = z.strictObject({});
const ok = z.object({});

const recoveryCode = z
  .string()
  .min(1, inputProblem(say('input.enterRecoveryCode')))
  .max(200);

/** The passphrase or the recovery code, asked for again by every change to who can open the vault. */
export const confirmationSchema = z.union([z.strictObject({ passphrase }), z.strictObject({ recoveryCode })]);
export type Confirmation = z.infer<typeof confirmationSchema>;

/** What a change to the key slots did: the vault now, whether the ledger got a new key, and a new recovery code if one had to be issued. */
export const keyChangeSchema = z.object({
  details: vaultDetailsSchema,
  /** The ledger was re-encrypted under a new data key: old copies of key-slots.json no longer open it. */
  rekeyed: z.boolean(),
  /** Shown once: a version-1 recovery slot cannot be carried over to a new key without its code, so a new code replaces it. */
  newRecoveryCode: z.string().nullable(),
});
export type KeyChange = z.infer<typeof keyChangeSchema>;

export const vault = {
  status: method({
    summary: 'Where the vault is and whether it is locked.',
    access: 'always',
    input: empty,
    output: vaultStatusSchema,
  }),
  select: method({
    summary: 'Point the app at an existing vault folder (or at an empty one, for setup).',
    access: 'always',
    input: z.strictObject({ vaultDir }),
    output: vaultStatusSchema,
  }),
  assessPassphrase: method({
    summary: 'How strong a candidate passphrase is, and why.',
    access: 'always',
    input: z.strictObject({ passphrase: z.string().max(1024) }),
    output: passphraseAssessmentSchema,
  }),
  create: method({
    summary: 'Create a new vault in an empty folder; it is left unlocked.',
    access: 'always',
    input: z.strictObject({ vaultDir, passphrase }),
    output: z.object({ recoveryCode: z.string(), groupKeyFingerprint: z.string() }),
  }),
  unlock: method({
    summary: 'Unwrap the data key with a passphrase or the recovery code.',
    access: 'always',
    input: confirmationSchema,
    output: z.object({ state: z.enum(['unlocked', 'awaiting-totp']) }),
  }),
  confirmTotp: method({
    summary: 'Pass the TOTP gate with a current code or a one-time backup code.',
    access: 'always',
    input: z.strictObject({
      code: z
        .string()
        .trim()
        .min(1, inputProblem(say('input.enterCode')))
        .max(32),
    }),
    output: z.object({ usedBackupCode: z.boolean(), backupCodesLeft: z.number().int().nonnegative() }),
  }),
  lock: method({
    summary: 'Close the ledger and forget the key.',
    access: 'always',
    input: z.strictObject({ reason: lockReasonSchema.default('manual') }),
    output: ok,
  }),
  reportActivity: method({
    summary: 'The person is still at the keyboard: restart the idle timer.',
    access: 'always',
    input: empty,
    output: ok,
  }),
  details: method({
    summary: 'The facts of the unlocked vault: location, key slots, group key, auto-lock, TOTP.',
    access: 'unlocked',
    input: empty,
    output: vaultDetailsSchema,
  }),
  setAutoLock: method({
    summary: 'How long the app may sit idle before it locks itself. A longer time asks for the passphrase (or recovery code) again.',
    access: 'unlocked',
    input: z.strictObject({
      seconds: z
        .number()
        .int()
        .min(autoLockLimits.minSeconds, inputProblem(say('input.autoLockTooShort', { minimum: autoLockLimits.minSeconds })))
        .max(autoLockLimits.maxSeconds, inputProblem(say('input.autoLockTooLong'))),
      confirmWith: confirmationSchema.optional(),
    }),
    output: vaultDetailsSchema,
  }),
  changePassphrase: method({
    summary:
      'Rewrap the data key under a new passphrase for the slot the current passphrase opens. After a recovery-code unlock the current passphrase may be left out, to set the treasurer passphrase anew.',
    access: 'unlocked',
    input: z.strictObject({ currentPassphrase: passphrase.optional(), newPassphrase: passphrase }),
    output: z.object({
      slot: keySlotKindSchema,
      /** Always true: the data key is unchanged, so a copy of the vault folder taken earlier still opens with the old passphrase until the key is changed. */
      oldCopiesStillOpen: z.literal(true),
    }),
  }),
  setCoTreasurerPassphrase: method({
    summary: 'Add (or replace) the co-treasurer key slot; asks for the passphrase (or recovery code) again. Replacing one re-keys the ledger.',
    access: 'unlocked',
    input: z.strictObject({ passphrase, confirmWith: confirmationSchema }),
    output: keyChangeSchema,
  }),
  removeCoTreasurer: method({
    summary: 'Remove the co-treasurer key slot and re-key the ledger; asks for the passphrase (or recovery code) again.',
    access: 'unlocked',
    input: z.strictObject({ confirmWith: confirmationSchema }),
    output: keyChangeSchema,
  }),
  rekey: method({
    summary: "Change the vault's key: re-encrypt the ledger under a new data key, so no old copy of key-slots.json opens it. Asks for the passphrase (or recovery code) again.",
    access: 'unlocked',
    input: z.strictObject({ confirmWith: confirmationSchema }),
    output: keyChangeSchema,
  }),
  backupKeySlots: method({
    summary: 'Save a copy of key-slots.json to a file outside the vault folder (refuses to overwrite one).',
    access: 'unlocked',
    input: z.strictObject({
      path: z
        .string()
        .trim()
        .min(1, inputProblem(say('input.chooseCopyPath')))
        .max(4096),
    }),
    output: z.object({ path: z.string() }),
  }),
};
