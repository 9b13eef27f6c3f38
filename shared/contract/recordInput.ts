// What an entry is recorded from: one shape per kind, each with only the fields that kind takes.
// This is the one place that says which kind takes what. The core reads the parsed shape; the entry
// form shows, and the CLI accepts, the fields recordFieldsByKind reads back out of these schemas, so
// the three can never disagree.
import * as z from 'zod';
import { inputProblem } from '../messages/inputProblems.ts';
import { say, type Message } from '../messages/message.ts';
import { categoryName } from './categories.ts';
import { freeText, id, isoDate, positiveMinorUnits } from './common.ts';
import type { EntryKind } from './kinds.ts';

/** A pseudonymous code for a person; never a name. Letters, digits and dashes. */
export const recipientCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, inputProblem(say('input.recipientCode')));

export const receiptMediaTypes = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
/** A receipt is kept inside the vault; 5 MiB is plenty for a phone photo. */
export const maxReceiptBytes = 5 * 1024 * 1024;

/** An entry's memo: a few words, kept as written. */
export const entryMemoSchema = freeText(200);

/** A field its kind cannot do without: left out, it is refused with `missing`; given, by its own checks. */
const whenMissing = (missing: Message) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? inputProblem(missing) : undefined) });

/** Every field an entry may have, in the order their problems are listed. */
const fieldSchemas = {
  date: isoDate,
  amount: positiveMinorUnits,
  accountId: id,
  /** Transfers: the account the money goes to (the same account when only the fund changes). */
  toAccountId: z
    .number(whenMissing(say('ledger.transferNeedsToAccount')))
    .int()
    .positive(),
  /** Defaults to the general fund; a transfer's is the fund the money leaves. */
  fundId: id.optional(),
  /** Transfers: the fund the money moves to; defaults to the same fund. */
  toFundId: id.optional(),
  /** Adjustments: whether it adds to or takes from the account (every other kind says so itself). */
  direction: z.enum(['in', 'out'], whenMissing(say('ledger.adjustmentNeedsDirection'))),
  category: categoryName.optional(),
  /** Left out of a disbursement, a code is generated. */
  recipientCode: recipientCodeSchema.optional(),
  memo: entryMemoSchema.optional(),
  receipt: z
    .strictObject({
      mediaType: z.enum(receiptMediaTypes, inputProblem(say('input.receiptKind'))),
      dataBase64: z.string().max(Math.ceil(maxReceiptBytes / 3) * 4, inputProblem(say('input.receiptTooLarge'))),
    })
    .optional(),
};
export type RecordField = keyof typeof fieldSchemas;

/** The fields every kind takes. */
const everyKind = ['date', 'amount', 'accountId', 'fundId', 'memo', 'receipt'] as const;
type KindField = Exclude<RecordField, (typeof everyKind)[number]>;

/** Which fields each kind takes beyond those every kind takes: the rule, written once. */
const kindFields = {
  contribution: ['category', 'recipientCode'],
  disbursement: ['category', 'recipientCode'],
  transfer: ['toAccountId', 'toFundId'],
  fee: ['category'],
  adjustment: ['direction', 'category'],
} as const satisfies Record<EntryKind, readonly KindField[]>;

/**
 * What a kind that does not take a field says when it is given, naming the kind and the field. The
 * words are the reader's: a wrong-kind field reads as a sentence, not as "there is no field called…".
 */
const notTakenBy: Record<KindField, (kind: EntryKind) => Message> = {
  toAccountId: (kind) => say('ledger.onlyTransferHasSecond', { kind }),
  toFundId: (kind) => say('ledger.onlyTransferHasSecond', { kind }),
  direction: (kind) => say('ledger.onlyAdjustmentHasDirection', { kind }),
  // Only a transfer goes without a category (see the catalogue's words).
  category: () => say('ledger.transferHasNoCategory'),
  recipientCode: (kind) => say('ledger.onlyRecipientKindsHaveCode', { kind }),
};

type RefusedField = z.ZodOptional<z.ZodNever>;
/** The schemas that stand for a field a kind refuses: left out (or undefined) it is fine, given it is refused. */
const refusals = new WeakSet<z.ZodType>();
function refused(message: Message): RefusedField {
  const schema = z.never(inputProblem(message)).optional();
  refusals.add(schema);
  return schema;
}

type Taken<K extends EntryKind> = (typeof everyKind)[number] | (typeof kindFields)[K][number];
type KindShape<K extends EntryKind> = { kind: z.ZodLiteral<K> } & Pick<typeof fieldSchemas, Taken<K>> & { [F in Exclude<KindField, Taken<K>>]: RefusedField };

/** One kind's shape: the fields it takes, and every other kind's fields refused with words that name them. */
function kindSchema<K extends EntryKind>(kind: K) {
  const taken = new Set<RecordField>([...everyKind, ...kindFields[kind]]);
  const fields = Object.entries(fieldSchemas).map(([name, schema]) => {
    const field = name as RecordField;
    return [field, taken.has(field) ? schema : refused(notTakenBy[field as KindField](kind))] as const;
  });
  return z.strictObject({ kind: z.literal(kind), ...Object.fromEntries(fields) } as KindShape<K>);
}

export const recordInputSchema = z.discriminatedUnion('kind', [kindSchema('contribution'), kindSchema('disbursement'), kindSchema('transfer'), kindSchema('fee'), kindSchema('adjustment')]);
export type RecordInput = z.input<typeof recordInputSchema>;

export interface KindFields {
  /** The fields this kind takes (besides its kind), in the schema's order. */
  readonly takes: readonly RecordField[];
  /** Those of them it cannot do without. */
  readonly needs: readonly RecordField[];
}

/** The fields each kind takes and needs, read from the schemas above: what the entry form shows and the CLI accepts. */
export const recordFieldsByKind = Object.fromEntries(
  recordInputSchema.options.map((option) => {
    const fields = Object.entries(option.shape as Record<string, z.ZodType>).filter(([name, schema]) => name !== 'kind' && !refusals.has(schema));
    const kindFieldsOf: KindFields = {
      takes: fields.map(([name]) => name as RecordField),
      needs: fields.filter(([, schema]) => !schema.safeParse(undefined).success).map(([name]) => name as RecordField),
    };
    return [option.shape.kind.value, kindFieldsOf];
  }),
) as Record<EntryKind, KindFields>;

/** Whether an entry of this kind takes this field. */
export function kindTakes(kind: EntryKind, field: RecordField): boolean {
  return recordFieldsByKind[kind].takes.includes(field);
}

/** The category an entry of this kind gets when none is chosen: a contribution or a disbursement is always in one. */
export const categoryWhenLeftOut: Record<EntryKind, string | null> = {
  contribution: 'other',
  disbursement: 'other',
  transfer: null,
  fee: null,
  adjustment: null,
};

/** Every field any kind takes, each optional: what a form holds before the kind says which are sent. */
export type RecordFields = { [F in RecordField]?: z.input<(typeof fieldSchemas)[F]> };

/**
 * The input for an entry of this kind from every field a form or a command line holds: the kind's
 * own fields that are filled in, and nothing else. The schema still checks each value.
 */
export function recordInputOf(kind: EntryKind, fields: RecordFields): RecordInput {
  const filled = recordFieldsByKind[kind].takes.filter((field) => fields[field] !== undefined).map((field) => [field, fields[field]]);
  // Only the kind's own fields are copied, so this is that kind's shape; the types cannot follow a kind known only at run time.
  return { kind, ...Object.fromEntries(filled) } as RecordInput;
}
