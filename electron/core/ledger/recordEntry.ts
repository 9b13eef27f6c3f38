import type { z } from 'zod';
import { generalFundId, type Entry, type PaymentAccount, type recordInputSchema } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { canPayOut, statusOn } from '../accounts/accountStatus.ts';
import { allAccounts, paymentAccount } from '../accounts/paymentAccounts.ts';
import { calendarDate } from '../calendar.ts';
import { findFund } from '../funds/funds.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { appendEntry, type ReceiptFile } from './appendEntry.ts';
import { isCategory } from './categories.ts';
import { findEntry } from './entryQuery.ts';
import { readReceipt, receiptSha256 } from './receipts.ts';
import { generateRecipientCode } from './recipientCodes.ts';

type RecordInput = z.output<typeof recordInputSchema>;

/** Checks an entry against the ledger's rules and appends it; a refusal changes nothing. */
export function recordEntry(db: Ledger, input: RecordInput, now: Date): Entry {
  const refuse = (message: string): never => {
    throw new TreasuryError('INVALID_ENTRY', message);
  };
  const isTransfer = input.kind === 'transfer';
  if (input.date > calendarDate(now)) refuse('An entry cannot be dated in the future.');
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

  refuseUnavailableAccounts(db, input, account, toAccount, now);
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
    receipt,
  );
  return findEntry(db, seq);
}

/**
 * Frozen and closed accounts cannot pay out, and closed ones cannot take money in. The refusal names
 * the accounts in the same currency that could pay instead.
 */
function refuseUnavailableAccounts(db: Ledger, input: RecordInput, account: PaymentAccount, toAccount: PaymentAccount | undefined, now: Date): void {
  const statusAt = (accountId: number) => statusOn(db, accountId, input.date)?.status ?? 'active';
  const paysOut = input.kind === 'disbursement' || input.kind === 'transfer' || (input.kind === 'adjustment' && input.direction === 'out');
  const fromStatus = statusAt(account.id);
  if (paysOut && !canPayOut(fromStatus)) {
    const alternatives = allAccounts(db, now).filter((other) => other.id !== account.id && other.currency === account.currency && canPayOut(statusAt(other.id)));
    const hints = alternatives.map((other) => `${other.name} (${other.status}, ${formatMoney(other.balance, other.currency)})`);
    throw new TreasuryError(
      'ACCOUNT_UNAVAILABLE',
      `${account.name} is ${fromStatus} on ${input.date} and cannot pay out. ${
        hints.length > 0 ? `Accounts that could pay instead: ${hints.join('; ')}.` : `No other ${account.currency} account is active: add one, or wait for the freeze to lift.`
      }`,
      { hints },
    );
  }
  if (input.kind === 'contribution' && fromStatus === 'closed') {
    throw new TreasuryError('ACCOUNT_UNAVAILABLE', `${account.name} is closed on ${input.date}; it cannot take money in.`);
  }
  if (toAccount !== undefined && toAccount.id !== account.id && !canPayOut(statusAt(toAccount.id))) {
    throw new TreasuryError('ACCOUNT_UNAVAILABLE', `${toAccount.name} is ${statusAt(toAccount.id)} on ${input.date}: money moved there would be stuck.`);
  }
}
