import type * as z from 'zod';
import { generalFundId, type Entry, type recordInputSchema } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { paymentAccount } from '../accounts/paymentAccounts.ts';
import { findFund } from '../funds/funds.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { appendEntry, type NewEntry, type ReceiptFile } from './appendEntry.ts';
import type { EntryContent } from './entryHash.ts';
import { isCategory } from './categories.ts';
import { findEntry } from './entryQuery.ts';
import { readReceipt, receiptSha256 } from './receipts.ts';
import { generateRecipientCode } from './recipientCodes.ts';

type RecordInput = z.output<typeof recordInputSchema>;

/** Checks an entry's fields against each other and appends it under the ledger's rules; a refusal changes nothing. */
export function recordEntry(db: Ledger, input: RecordInput, now: Date): Entry {
  const { content, receipt } = checkedEntry(db, input, now);
  return findEntry(db, appendEntry(db, content, now, receipt));
}

/**
 * An entry as the treasurer asked for it, checked field against field and against the vault (its
 * accounts, funds and category exist, a transfer's two sides share a currency), ready to append.
 * Every way in (the entry form, the CLI's record, an imported row) is checked here, once; the rules
 * that depend on the rest of the ledger (dates, account status, restricted funds) are appendEntries'.
 */
export function checkedEntry(db: Ledger, input: RecordInput, now: Date): NewEntry {
  const refuse = (reason: Message): never => {
    throw new TreasuryError('INVALID_ENTRY', reason);
  };
  const isTransfer = input.kind === 'transfer';
  if (isTransfer && input.toAccountId === undefined) refuse(say('ledger.transferNeedsToAccount'));
  if (!isTransfer && (input.toAccountId !== undefined || input.toFundId !== undefined)) refuse(say('ledger.onlyTransferHasSecond'));
  if (input.kind === 'adjustment' && input.direction === undefined) refuse(say('ledger.adjustmentNeedsDirection'));
  if (input.kind !== 'adjustment' && input.direction !== undefined) refuse(say('ledger.onlyAdjustmentHasDirection'));
  if (isTransfer && input.category !== undefined) refuse(say('ledger.transferHasNoCategory'));
  const hasRecipient = input.kind === 'contribution' || input.kind === 'disbursement';
  if (!hasRecipient && input.recipientCode !== undefined) refuse(say('ledger.onlyRecipientKindsHaveCode'));

  const account = paymentAccount(db, input.accountId, now);
  const toAccount = input.toAccountId === undefined ? undefined : paymentAccount(db, input.toAccountId, now);
  const fund = findFund(db, input.fundId ?? generalFundId);
  const toFund = input.toFundId === undefined ? undefined : findFund(db, input.toFundId);
  if (toAccount !== undefined) {
    if (toAccount.currency !== account.currency) refuse(say('ledger.transferCurrencies', { from: account.name, fromCurrency: account.currency, to: toAccount.name, toCurrency: toAccount.currency }));
    if (toAccount.id === account.id && (toFund === undefined || toFund.id === fund.id)) refuse(say('ledger.transferGoesNowhere'));
  }
  const category = isTransfer ? null : (input.category ?? (input.kind === 'contribution' || input.kind === 'disbursement' ? 'other' : null));
  if (category !== null && !isCategory(db, category)) refuse(say('ledger.unknownCategory', { category }));

  const receipt: ReceiptFile | undefined = input.receipt === undefined ? undefined : readReceipt(input.receipt);
  const content: EntryContent = {
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
  };
  return receipt === undefined ? { content } : { content, receipt };
}
