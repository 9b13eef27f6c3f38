import * as z from 'zod';
import { messageSchema } from '../messages/messageSchema.ts';
import { currencyCode, formerNameSchema, freeText, id, isoDate, minorUnits, moneySchema, nameText, plainText, totalMinorUnits } from './common.ts';
import { accountKinds, accountStatuses } from './kinds.ts';
import { entryKindSchema } from './ledger.ts';
import { entryMemoSchema } from './recordInput.ts';
import { method } from './method.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';

export { accountKinds, accountStatuses, type AccountKind } from './kinds.ts';
export const accountKindSchema = z.enum(accountKinds);

export const accountStatusSchema = z.enum(accountStatuses);
export type AccountStatus = z.infer<typeof accountStatusSchema>;

/** Whose account it is: the group's own, or a member's personal account the group borrows. */
export const accountHolderSchema = z.enum(['organisation', 'member']);

/** The security guides' short checklist for each account. */
export const securityChecklistSchema = z.strictObject({
  mfa: z.boolean(),
  personalPhone: z.boolean(),
  personalName: z.boolean(),
  personalCard: z.boolean(),
});

export const paymentAccountSchema = z.object({
  id,
  name: z.string(),
  kind: accountKindSchema,
  currency: z.string(),
  handle: z.string().nullable(),
  holder: accountHolderSchema,
  security: securityChecklistSchema,
  /** Tied to a member's personal details (held by a member, or on their phone, name or card). */
  tiedToMember: z.boolean(),
  status: accountStatusSchema,
  statusSince: z.string(),
  /** Why the status last changed, as the treasurer wrote it; null while it never has (the account as registered). */
  statusReason: z.string().nullable(),
  balance: totalMinorUnits,
  /** Whole days since the account was frozen; null unless frozen. */
  daysFrozen: z.number().int().nullable(),
  /** The balance the platform held when it froze the account; null unless frozen. */
  heldAtFreeze: totalMinorUnits.nullable(),
  lastReconciled: z.object({ date: z.string(), difference: totalMinorUnits }).nullable(),
  /** Archived: empty, left out of the entry form's lists, refused to new entries; still in history and reports. */
  archived: z.boolean(),
  formerNames: z.array(formerNameSchema),
});
export type PaymentAccount = z.infer<typeof paymentAccountSchema>;

export const statusChangeSchema = z.object({
  status: accountStatusSchema,
  date: z.string(),
  reason: z.string(),
  balanceHeld: totalMinorUnits,
  recordedAt: z.string(),
});

/** Money on hand in one currency: every account's balance added up, and how much of that is in frozen accounts. */
export const moneyOnHandSchema = z.object({ currency: z.string(), amount: totalMinorUnits, inFrozen: totalMinorUnits });
export type MoneyOnHand = z.infer<typeof moneyOnHandSchema>;

export const accountsOverviewSchema = z.object({
  accounts: z.array(paymentAccountSchema),
  /** Money on hand, per currency (frozen accounts included, and said apart). */
  onHand: z.array(moneyOnHandSchema),
  /** Money held in frozen accounts, by currency. */
  stuckInFrozen: z.array(moneySchema),
  /** Each account's share of the group's money in its currency. */
  concentration: z.array(z.object({ accountId: id, currency: z.string(), sharePercent: z.number() })),
  concentrationThresholdPercent: z.number().int(),
  /** Warnings as messages: too much money on one platform, money stuck in frozen accounts. */
  warnings: z.array(messageSchema),
});
export type AccountsOverview = z.infer<typeof accountsOverviewSchema>;

/** An entry a reconciliation can clear: one on the account, up to the statement date, not cleared by an earlier reconciliation. */
export const unclearedEntrySchema = z.object({
  seq: id,
  date: z.string(),
  kind: entryKindSchema,
  memo: z.string().nullable(),
  /** What the entry did to this account's balance: a transfer in is positive, one between two funds of the account zero. */
  effect: totalMinorUnits,
});
export type UnclearedEntry = z.infer<typeof unclearedEntrySchema>;

/** How the difference left can be recorded in the same step: a fee the platform charged, or an adjustment either way. */
export const differenceKinds = ['fee', 'adjustment'] as const;

const reconciliationSchema = z.object({
  accountId: id,
  date: z.string(),
  statementBalance: minorUnits,
  /** The ledger's balance on the date: every entry up to it, cleared or not. */
  ledgerBalance: totalMinorUnits,
  /** The date of the reconciliation before this one, or null for the first. */
  previousDate: z.string().nullable(),
  /** The cleared balance the previous reconciliation ended at (0 for the first). */
  previousBalance: totalMinorUnits,
  /** The entries up to the date that no earlier reconciliation cleared, oldest first: the ones to tick. */
  uncleared: z.array(unclearedEntrySchema),
  /** The entries this reconciliation clears, the difference's entry included once recorded. */
  cleared: z.array(id),
  /** The previous balance and the cleared entries' effects: what the statement should show. */
  clearedBalance: totalMinorUnits,
  /** Statement minus cleared balance, left unexplained: positive means the statement shows more. */
  difference: totalMinorUnits,
  /** The fee or adjustment recorded for the difference, if one was. */
  differenceEntry: id.nullable(),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

const reconcileInput = z.strictObject({
  accountId: id,
  date: isoDate,
  statementBalance: minorUnits,
  /** The entries the statement shows, by number; left out, every uncleared entry up to the date (as the statement's balance includes them all). */
  cleared: z
    .array(id)
    .max(1_000_000)
    .refine((seqs) => new Set(seqs).size === seqs.length, inputProblem(say('input.clearedTwice')))
    .optional(),
  /** Records the difference left as a fee or an adjustment on the account, dated the statement date, cleared with the rest. */
  recordDifference: z.strictObject({ kind: z.enum(differenceKinds), memo: entryMemoSchema }).optional(),
});

export const accounts = {
  add: method({
    summary: 'Register a payment account the group uses.',
    access: 'unlocked',
    input: z.strictObject({
      name: nameText(60, say('input.nameAccount')),
      kind: accountKindSchema,
      currency: currencyCode,
      /** The last four digits at most: never a full account number. */
      handle: plainText(32).optional(),
      holder: accountHolderSchema,
      security: securityChecklistSchema,
    }),
    output: paymentAccountSchema,
  }),
  list: method({
    summary: 'Every payment account with its balance, status and freeze facts, and the concentration warning.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: accountsOverviewSchema,
  }),
  setStatus: method({
    summary: 'Record that an account became active, limited, frozen or closed, with the date, the reason and the balance held.',
    access: 'unlocked',
    input: z.strictObject({
      accountId: id,
      status: accountStatusSchema,
      date: isoDate,
      reason: freeText(200).refine((text) => text.length > 0, inputProblem(say('input.sayWhy'))),
    }),
    output: paymentAccountSchema,
  }),
  history: method({
    summary: "An account's status changes, oldest first.",
    access: 'unlocked',
    input: z.strictObject({ accountId: id }),
    output: z.array(statusChangeSchema),
  }),
  previewReconciliation: method({
    summary: 'Compare a statement balance with the entries it clears (the uncleared entries up to its date, or those given), without recording anything.',
    access: 'unlocked',
    input: reconcileInput,
    output: reconciliationSchema,
  }),
  reconcile: method({
    summary: 'Record a reconciliation: the statement balance on a date, the entries it clears, and the difference left (recorded, if asked, as a fee or an adjustment in the same step).',
    access: 'unlocked',
    input: reconcileInput,
    output: reconciliationSchema,
  }),
  rename: method({
    summary: 'Give an account a new name; its entries keep pointing at it, and its history keeps the old name.',
    access: 'unlocked',
    input: z.strictObject({ accountId: id, name: nameText(60, say('input.nameAccount')) }),
    output: paymentAccountSchema,
  }),
  archive: method({
    summary: 'Archive an empty account (it leaves the entry form and takes no new entries), or restore it.',
    access: 'unlocked',
    input: z.strictObject({ accountId: id, archived: z.boolean() }),
    output: paymentAccountSchema,
  }),
  setConcentrationThreshold: method({
    summary: "The share of the group's money on one account above which the app warns.",
    access: 'unlocked',
    input: z.strictObject({
      percent: z
        .number()
        .int()
        .min(1, inputProblem(say('input.percentage')))
        .max(100, inputProblem(say('input.percentage'))),
    }),
    output: accountsOverviewSchema,
  }),
};
