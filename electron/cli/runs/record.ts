// What `mutual-ledger record` does once its command line is read (its help and flags: ../commands/record.ts).
import { entryKinds, recipientCodeSchema, recordInputSchema, type Entry, type EntryKind, type RecordInput } from '../../../shared/contract/index.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext, OptionValues } from '../command.ts';
import { renderEntry } from '../entryText.ts';
import { amountFlag, choiceFlag, dateFlag, requiredFlag, textFlag, today } from '../flagValues.ts';
import { findAccount, findFund } from '../ledgerNames.ts';
import type { OptionName } from '../options.ts';
import { readReceiptFile } from '../receiptFile.ts';
import { withUnlockedTreasury } from '../session.ts';

type Recorded = Entry & { recipientCodeGenerated: boolean };

export async function run({ vaultDir, values, operand, out }: CommandContext): Promise<void> {
  const kind = choiceFlag(operand ?? '', entryKinds, 'KIND');
  refuseFlagsForKind(kind, values);
  const accountName = requiredFlag(values, 'account', 'record');
  const typedAmount = requiredFlag(values, 'amount', 'record');
  const date = values.date === undefined ? today() : dateFlag(values.date, '--date');
  const direction = values.direction === undefined ? undefined : choiceFlag(values.direction, ['in', 'out'] as const, '--direction');
  const recipientCode = values.recipient === undefined ? undefined : recipientFlag(values.recipient);
  const memo = values.memo === undefined ? undefined : textFlag(values.memo, recordInputSchema.shape.memo, '--memo');
  const receipt = values.receipt === undefined ? undefined : readReceiptFile(values.receipt);
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const account = await findAccount(client, accountName, '--account');
    const input: RecordInput = {
      kind,
      date,
      amount: amountFlag(typedAmount, account.currency, '--amount'),
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
    out.show<Recorded>({ ...entry, recipientCodeGenerated }, (shown) => `Recorded entry #${shown.seq}.\n\n${renderEntry(shown, shown.recipientCodeGenerated)}`);
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
  if (refused !== undefined) throw usageError(`A ${kind} does not take --${refused}. See: mutual-ledger record --help`);
  const missing = needs.find((name) => values[name] === undefined);
  if (missing === 'to-account') throw usageError('A transfer needs --to-account ACCOUNT (the same account as --account when only the fund changes).');
  if (missing === 'direction') throw usageError('An adjustment needs --direction in (adds to the account) or --direction out (takes from it).');
}

function recipientFlag(value: string): string {
  const parsed = recipientCodeSchema.safeParse(value);
  if (!parsed.success) throw usageError(`--recipient "${value}": ${parsed.error.issues[0]?.message ?? 'not a recipient code.'}`);
  return parsed.data;
}
