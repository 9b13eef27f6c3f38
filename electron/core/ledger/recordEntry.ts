import type * as z from 'zod';
import { categoryWhenLeftOut, generalFundId, type Fund, type RecordedEntry, type PaymentAccount, type recordInputSchema } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { entryNotices } from '../accounts/entryNotices.ts';
import { accountNameAndCurrency } from '../accounts/paymentAccounts.ts';
import { fundName } from '../funds/funds.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { appendEntry, type NewEntry, type ReceiptFile } from './appendEntry.ts';
import type { EntryContent } from './entryHash.ts';
import { storedCategory } from './categoryNames.ts';
import { findEntry } from './entryQuery.ts';
import { readReceipt, receiptSha256 } from './receipts.ts';
import { generateRecipientCode } from './recipientCodes.ts';

type RecordInput = z.output<typeof recordInputSchema>;

/** Checks an entry against the vault and appends it under the ledger's rules; a refusal changes nothing. */
export function recordEntry(db: Ledger, input: RecordInput, now: Date): RecordedEntry {
  const { content, receipt } = checkedEntry(db, input, now);
  const seq = appendEntry(db, content, now, receipt);
  return { ...findEntry(db, seq), notices: entryNotices(db, seq) };
}

/** What checkedEntry reads of the vault: the accounts, funds and categories an entry names (names and currencies only). */
export interface EntryLookups {
  account(id: number): Pick<PaymentAccount, 'id' | 'name' | 'currency'>;
  fund(id: number): Pick<Fund, 'id' | 'name'>;
  /** The stored name of the category a name answers to (categoryNames.ts), or undefined if none does. */
  category(name: string): string | undefined;
}

/** The vault as it is now, read at each call. */
export function vaultLookups(db: Ledger): EntryLookups {
  return { account: (id) => accountNameAndCurrency(db, id), fund: (id) => fundName(db, id), category: (name) => storedCategory(db, name) };
}

/**
 * The same, each account, fund and category read once: for a batch checked in one go (an imported
 * statement's hundred thousand entries), in which none of them can change.
 */
export function batchLookups(db: Ledger): EntryLookups {
  const read = vaultLookups(db);
  return { account: remembered(read.account), fund: remembered(read.fund), category: remembered(read.category) };
}

/** `read`, each answer kept; a refusal it throws is not kept, and is thrown again the next time. */
function remembered<Key, Value>(read: (key: Key) => Value): (key: Key) => Value {
  const known = new Map<Key, Value>();
  return (key) => {
    if (known.has(key)) return known.get(key) as Value;
    const value = read(key);
    known.set(key, value);
    return value;
  };
}

/**
 * An entry as the treasurer asked for it, checked against the vault (its accounts, funds and category
 * exist, a transfer's two sides share a currency and differ), ready to append. Which fields a kind
 * takes is the contract's (recordInput.ts), checked before any input gets here. Every way in (the
 * entry form, the CLI's record, an imported row) is checked here, once; the rules that depend on the
 * rest of the ledger (dates, account status, restricted funds) are appendEntries'.
 */
export function checkedEntry(db: Ledger, input: RecordInput, now: Date, vault: EntryLookups = vaultLookups(db)): NewEntry {
  const refuse = (reason: Message): never => {
    throw new TreasuryError('INVALID_ENTRY', reason);
  };
  const account = vault.account(input.accountId);
  const toAccount = input.toAccountId === undefined ? undefined : vault.account(input.toAccountId);
  const fund = vault.fund(input.fundId ?? generalFundId);
  const toFund = input.toFundId === undefined ? undefined : vault.fund(input.toFundId);
  if (toAccount !== undefined) {
    if (toAccount.currency !== account.currency) refuse(say('ledger.transferCurrencies', { from: account.name, fromCurrency: account.currency, to: toAccount.name, toCurrency: toAccount.currency }));
    if (toAccount.id === account.id && (toFund === undefined || toFund.id === fund.id)) refuse(say('ledger.transferGoesNowhere'));
  }
  const named = input.category ?? categoryWhenLeftOut[input.kind];
  // The entry carries the category's stored name, whichever of its names it was given by.
  const category = named === null ? null : (vault.category(named) ?? refuse(say('ledger.unknownCategory', { category: named })));

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
    recipientCode: input.recipientCode ?? (input.kind === 'disbursement' ? generateRecipientCode() : null),
    memo: input.memo === undefined || input.memo === '' ? null : input.memo,
    receiptSha256: receipt === undefined ? null : receiptSha256(receipt),
    platformTransactionId: null,
    reversesSeq: null,
    recordedAt: now.toISOString(),
  };
  return receipt === undefined ? { content } : { content, receipt };
}
