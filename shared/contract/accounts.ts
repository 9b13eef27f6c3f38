import * as z from 'zod';
import { messageSchema } from '../messages/messageSchema.ts';
import { currencyCode, freeText, id, isoDate, minorUnits, moneySchema, nameText, plainText, totalMinorUnits } from './common.ts';
import { accountKinds } from './kinds.ts';
import { method } from './method.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';

export { accountKinds, type AccountKind } from './kinds.ts';
export const accountKindSchema = z.enum(accountKinds);

export const accountStatuses = ['active', 'limited', 'frozen', 'closed'] as const;
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

const reconciliationSchema = z.object({
  accountId: id,
  date: z.string(),
  statementBalance: minorUnits,
  ledgerBalance: totalMinorUnits,
  /** Statement minus ledger: positive means the platform shows more than the ledger. */
  difference: totalMinorUnits,
  /** The date of the reconciliation before this one, or null for the first. */
  previousDate: z.string().nullable(),
  /** Entries on this account after the previous reconciliation, up to this one's date. */
  entrySeqs: z.array(z.number().int()),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

const reconcileInput = z.strictObject({ accountId: id, date: isoDate, statementBalance: minorUnits });

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
    summary: 'Compare a statement balance with the ledger on a date, without recording anything.',
    access: 'unlocked',
    input: reconcileInput,
    output: reconciliationSchema,
  }),
  reconcile: method({
    summary: 'Record a reconciliation: the statement balance on a date, and the difference from the ledger.',
    access: 'unlocked',
    input: reconcileInput,
    output: reconciliationSchema,
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
