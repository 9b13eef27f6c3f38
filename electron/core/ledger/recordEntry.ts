import type * as z from 'zod';
import { generalFundId, type Entry, type recordInputSchema } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { paymentAccount } from '../accounts/paymentAccounts.ts';
import { findFund } from '../funds/funds.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { appendEntry, type ReceiptFile } from './appendEntry.ts';
import { isCategory } from './categories.ts';
import { findEntry } from './entryQuery.ts';
import { readReceipt, receiptSha256 } from './receipts.ts';
import { generateRecipientCode } from './recipientCodes.ts';

type RecordInput = z.output<typeof recordInputSchema>;

/** Checks an entry's fields against each other and appends it under the ledger's rules; a refusal changes nothing. */
export function recordEntry(db: Ledger, input: RecordInput, now: Date): Entry {
  const refuse = (message: string): never => {
    throw new TreasuryError('INVALID_ENTRY', message);
  };
  const isTransfer = input.kind === 'transfer';
  if (isTransfer && input.toAccountId === undefined) refuse('A transfer needs the account the money goes to.');
  if (!isTransfer && (input.toAccountId !== undefined || input.toFundId !== undefined)) refuse('Only a transfer has a second account or fund.');
  if (input.kind === 'adjustment' && input.direction === undefined) refuse('Say whether the adjustment adds money to the account or takes it out.');
  if (input.kind !== 'adjustment' && input.direction !== undefined) refuse('Only an adjustment has a direction; the kind of entry says which way the money goes.');
  if (isTransfer && input.category !== undefined) refuse('A transfer moves the group’s own money and has no category.');
  const hasRecipient = input.kind === 'contribution' || input.kind === 'disbursement';
  if (!hasRecipient && input.recipientCode !== undefined) refuse('Only contributions and disbursements have a recipient code.');

  const account = paymentAccount(db, input.accountId, now);
  const toAccount = input.toAccountId === undefined ? undefined : paymentAccount(db, input.toAccountId, now);
  const fund = findFund(db, input.fundId ?? generalFundId);
  const toFund = input.toFundId === undefined ? undefined : findFund(db, input.toFundId);
  if (toAccount !== undefined) {
    if (toAccount.currency !== account.currency) refuse(`${account.name} holds ${account.currency} and ${toAccount.name} holds ${toAccount.currency}: a transfer stays in one currency.`);
    if (toAccount.id === account.id && (toFund === undefined || toFund.id === fund.id)) refuse('A transfer must move money to another account or another fund.');
  }
  const category = isTransfer ? null : (input.category ?? (input.kind === 'contribution' || input.kind === 'disbursement' ? 'other' : null));
  if (category !== null && !isCategory(db, category)) refuse(`There is no category "${category}". Add it first, or choose another.`);

  const receipt: ReceiptFile | undefined = input.receipt === undefined ? undefined : readReceipt(input.receipt);
  const seq = appendEntry(
    db,
    {
      kind: input.kind,
      date: input.date,
      amount: input.amount,
      sign: input.direction === 'out' ? -1 : 1,
      currency: account.currency,
      accountId: account.id,
      toAccountId: toAccount?.id ?? null,
      fundId: fund.id,
      toFundId: toFund?.id ?? null,
      category,
      recipientCode: hasRecipient ? (input.recipientCode ?? (input.kind === 'disbursement' ? generateRecipientCode() : null)) : null,
      memo: input.memo === undefined || input.memo === '' ? null : input.memo,
      receiptSha256: receipt === undefined ? null : receiptSha256(receipt),
      platformTransactionId: null,
      reversesSeq: null,
      recordedAt: now.toISOString(),
    },
    now,
    receipt,
  );
  return findEntry(db, seq);
}
