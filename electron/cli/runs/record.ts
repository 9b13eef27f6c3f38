// What `mutual-ledger record` does once its command line is read (its help and flags: ../commands/record.ts).
import { entryKinds, recipientCodeSchema, recordInputSchema, type Entry, type EntryKind, type RecordInput } from '../../../shared/contract/index.ts';
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext, OptionValues } from '../command.ts';
import { renderEntry } from '../entryText.ts';
import { amountFlag, choiceFlag, dateFlag, requiredFlag, textFlag, today } from '../flagValues.ts';
import { findAccount, findFund } from '../ledgerNames.ts';
import type { OptionName } from '../options.ts';
import { readReceiptFile } from '../receiptFile.ts';
import { withUnlockedTreasury } from '../session.ts';

type Recorded = Entry & { recipientCodeGenerated: boolean };

export async function run(context: CommandContext): Promise<void> {
  const { values, operand, out } = context;
  const kind = choiceFlag(operand ?? '', entryKinds, 'KIND');
  refuseFlagsForKind(kind, values);
  const accountName = requiredFlag(values, 'account', 'record');
  const typedAmount = requiredFlag(values, 'amount', 'record');
  const date = values.date === undefined ? today() : dateFlag(values.date, '--date');
  const direction = values.direction === undefined ? undefined : choiceFlag(values.direction, ['in', 'out'] as const, '--direction');
  const recipientCode = values.recipient === undefined ? undefined : textFlag(values.recipient, recipientCodeSchema, '--recipient');
  const memo = values.memo === undefined ? undefined : textFlag(values.memo, recordInputSchema.shape.memo, '--memo');
  const receipt = values.receipt === undefined ? undefined : readReceiptFile(values.receipt);
  await withUnlockedTreasury(context, async (client) => {
    const account = await findAccount(client, accountName, '--account');
    const input: RecordInput = {
      kind,
      date,
      amount: amountFlag(typedAmount, account.currency, '--amount', out.words.language),
      accountId: account.id,
      ...(values['to-account'] === undefined ? {} : { toAccountId: (await findAccount(client, values['to-account'], '--to-account')).id }),
      ...(values.fund === undefined ? {} : { fundId: (await findFund(client, values.fund, '--fund')).id }),
      ...(values['to-fund'] === undefined ? {} : { toFundId: (await findFund(client, values['to-fund'], '--to-fund')).id }),
      ...(direction === undefined ? {} : { direction }),
      ...(values.category === undefined ? {} : { category: values.category }),
      ...(recipientCode === undefined ? {} : { recipientCode }),
      ...(memo === undefined ? {} : { memo }),
      ...(receipt === undefined ? {} : { receipt }),
    };
    const entry = await client.ledger.record(input);
    const recipientCodeGenerated = recipientCode === undefined && entry.recipientCode !== null;
    out.show<Recorded>({ ...entry, recipientCodeGenerated }, (shown) =>
      [out.words.words('cli.record.recorded', { seq: String(shown.seq) }), renderEntry(shown, out.words, shown.recipientCodeGenerated)].join('\n\n'),
    );
  });
}

// Which flags each kind takes beyond the common ones; a flag a kind has no use for is a usage error
// that names it, rather than the core's refusal after the passphrase was asked for.
const kindFlags: Record<EntryKind, { needs: OptionName[]; refuses: OptionName[] }> = {
  contribution: { needs: [], refuses: ['to-account', 'to-fund', 'direction'] },
  disbursement: { needs: [], refuses: ['to-account', 'to-fund', 'direction'] },
  transfer: { needs: ['to-account'], refuses: ['category', 'recipient', 'direction'] },
  fee: { needs: [], refuses: ['to-account', 'to-fund', 'direction', 'recipient'] },
  adjustment: { needs: ['direction'], refuses: ['to-account', 'to-fund', 'recipient'] },
};

function refuseFlagsForKind(kind: EntryKind, values: OptionValues): void {
  const { needs, refuses } = kindFlags[kind];
  const refused = refuses.find((name) => values[name] !== undefined);
  if (refused !== undefined) throw usageError(say('cli.record.flagNotForKind', { kind, flag: `--${refused}` }));
  const missing = needs.find((name) => values[name] === undefined);
  if (missing === 'to-account') throw usageError(say('cli.record.transferNeedsToAccount'));
  if (missing === 'direction') throw usageError(say('cli.record.adjustmentNeedsDirection'));
}
