// What `mutual-ledger record` does once its command line is read (its help and flags: ../commands/record.ts).
import { entryKinds, entryMemoSchema, recipientCodeSchema, recordFieldsByKind, recordInputOf, type EntryKind, type RecordedEntry, type RecordField } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext, OptionValues } from '../command.ts';
import { renderEntry, renderNotices } from '../entryText.ts';
import { amountFlag, choiceFlag, dateFlag, requiredFlag, textFlag, today } from '../flagValues.ts';
import { findAccount, findFund } from '../ledgerNames.ts';
import { readReceiptFile } from '../receiptFile.ts';
import { withUnlockedTreasury } from '../session.ts';

type Recorded = RecordedEntry & { recipientCodeGenerated: boolean };

export async function run(context: CommandContext): Promise<void> {
  const { values, operand, out } = context;
  const kind = choiceFlag(operand ?? '', entryKinds, 'KIND');
  refuseFlagsForKind(kind, values);
  const accountName = requiredFlag(values, 'account', 'record');
  const typedAmount = requiredFlag(values, 'amount', 'record');
  const date = values.date === undefined ? today() : dateFlag(values.date, '--date');
  const direction = values.direction === undefined ? undefined : choiceFlag(values.direction, ['in', 'out'] as const, '--direction');
  const recipientCode = values.recipient === undefined ? undefined : textFlag(values.recipient, recipientCodeSchema, '--recipient');
  const memo = values.memo === undefined ? undefined : textFlag(values.memo, entryMemoSchema, '--memo');
  const receipt = values.receipt === undefined ? undefined : readReceiptFile(values.receipt);
  await withUnlockedTreasury(context, async (client) => {
    const account = await findAccount(client, accountName, '--account');
    // Looked up in this order, so a name that matches nothing is named in the order the flags are listed.
    const toAccount = values['to-account'] === undefined ? undefined : await findAccount(client, values['to-account'], '--to-account');
    const fund = values.fund === undefined ? undefined : await findFund(client, values.fund, '--fund');
    const toFund = values['to-fund'] === undefined ? undefined : await findFund(client, values['to-fund'], '--to-fund');
    const input = recordInputOf(kind, {
      date,
      amount: amountFlag(typedAmount, account.currency, '--amount', out.words.language),
      accountId: account.id,
      toAccountId: toAccount?.id,
      fundId: fund?.id,
      toFundId: toFund?.id,
      direction,
      category: values.category,
      recipientCode,
      memo,
      receipt,
    });
    const entry = await client.ledger.record(input);
    const recipientCodeGenerated = recipientCode === undefined && entry.recipientCode !== null;
    out.show<Recorded>({ ...entry, recipientCodeGenerated }, (shown) =>
      [out.words.words('cli.record.recorded', { seq: String(shown.seq) }), renderEntry(shown, out.words, shown.recipientCodeGenerated), ...renderNotices(shown.notices, out.words)].join('\n\n'),
    );
  });
}

/** A flag that takes a value. */
type ValuedOption = Parameters<typeof requiredFlag>[1];

/** The flag for each field only some kinds take, in the order a refusal looks for them. */
const flagOfField: Record<Exclude<RecordField, 'date' | 'amount' | 'accountId' | 'fundId' | 'memo' | 'receipt'>, ValuedOption> = {
  toAccountId: 'to-account',
  toFundId: 'to-fund',
  category: 'category',
  recipientCode: 'recipient',
  direction: 'direction',
};
const kindFlags = Object.entries(flagOfField) as [RecordField, ValuedOption][];

/** What the command line says when a kind's own field is left out, where requiredFlag's words say too little. */
const whenLeftOut: Partial<Record<RecordField, Message>> = {
  toAccountId: say('cli.record.transferNeedsToAccount'),
  direction: say('cli.record.adjustmentNeedsDirection'),
};

// Which fields each kind takes is the contract's (recordFieldsByKind): a flag for a field the kind has
// no use for, or a missing flag the kind needs, is a usage error that names it, before the passphrase
// is asked for, rather than the contract's refusal after.
function refuseFlagsForKind(kind: EntryKind, values: OptionValues): void {
  const { takes, needs } = recordFieldsByKind[kind];
  const refused = kindFlags.find(([field, flag]) => !takes.includes(field) && values[flag] !== undefined);
  if (refused !== undefined) throw usageError(say('cli.record.flagNotForKind', { kind, flag: `--${refused[1]}` }));
  const missing = kindFlags.find(([field, flag]) => needs.includes(field) && values[flag] === undefined);
  if (missing === undefined) return;
  const [field, flag] = missing;
  const leftOut = whenLeftOut[field];
  if (leftOut !== undefined) throw usageError(leftOut);
  requiredFlag(values, flag, 'record');
}
