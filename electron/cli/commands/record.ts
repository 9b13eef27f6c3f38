import { entryKinds, recipientCodeSchema, recordInputSchema, type Entry, type EntryKind, type RecordInput } from '../../../shared/contract/index.ts';
import { usageError } from '../cliError.ts';
import type { Command, OptionValues } from '../command.ts';
import { renderEntry } from '../entryText.ts';
import { amountFlag, choiceFlag, dateFlag, requiredFlag, textFlag, today } from '../flagValues.ts';
import { findAccount, findFund } from '../ledgerNames.ts';
import { unlockOptions, type OptionName } from '../options.ts';
import { readReceiptFile } from '../receiptFile.ts';
import { withUnlockedTreasury } from '../session.ts';

type Recorded = Entry & { recipientCodeGenerated: boolean };

/** `mutual-ledger record KIND`: append a contribution, disbursement, transfer, fee or adjustment. */
export const record: Command = {
  name: 'record',
  operand: { name: 'KIND', expected: entryKinds.join(', ') },
  summary: 'Record a contribution, disbursement, transfer, fee or adjustment.',
  description: `KIND is one of:
  contribution   money in to --account
  disbursement   money out of --account (to a recipient: give --recipient CODE,
                 or a pseudonymous code is generated)
  transfer       the group's money moving from --account to --to-account,
                 and/or from --fund to --to-fund
  fee            a platform's fee taken from --account
  adjustment     a correction of the balance: --direction in or out

The amount is typed as written, in the account's currency: 1,200.50 or 75
(never a minus sign; the kind says which way the money goes). An amount the
currency cannot hold (12.345 in USD) or that is not an amount is a usage error
(exit 2). The entry is dated --date (default today); it cannot be in the future.

Refused with exit 1, and nothing written: paying out of a frozen or closed
account (the message names the accounts that could pay instead), spending a
restricted fund below zero (the message says how much it holds), an unknown
category, a future date. The ledger is append-only: to correct an entry, use
"mutual-ledger reverse ID".

--json prints the entry (ledger.record) with "recipientCodeGenerated"; amounts
are whole minor units (cents) of its "currency".`,
  options: ['account', 'amount', 'date', 'to-account', 'fund', 'to-fund', 'category', 'recipient', 'memo', 'memo-file', 'direction', 'receipt', ...unlockOptions],
  flagDescriptions: {
    account: 'The payment account, by name (any case) or number.',
    date: 'The day it happened, YYYY-MM-DD (default today).',
    recipient: 'In or out: a pseudonymous code such as R-7KQ2MX.',
  },
  async run({ vaultDir, values, operand, out }) {
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
  },
};

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
