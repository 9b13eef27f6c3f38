// How an entry reads in the table and its details: signed amounts, where the money went, its links.
import type { Entry } from '../../../shared/contract/index.ts';
import type { Translator } from '../../../shared/messages/translator.ts';

/** The amount as it moved the account: "+$50.00" in, "−$20.00" out; a transfer unsigned, being both. */
export function signedAmount(words: Translator, entry: Entry): { text: string; direction: 'in' | 'out' | 'both' } {
  const money = words.money(entry.amount, entry.currency);
  if (entry.kind === 'transfer') return { text: money, direction: 'both' };
  return entry.accountEffect >= 0 ? { text: `+${money}`, direction: 'in' } : { text: `−${money}`, direction: 'out' };
}

/** The account, or for a transfer where it went ("Bank → Venmo"). */
export function accountText(entry: Entry): string {
  if (entry.kind !== 'transfer' || entry.toAccountName === null || entry.toAccountId === entry.accountId) return entry.accountName;
  return `${entry.accountName} → ${entry.toAccountName}`;
}

/** The fund, or for a transfer between funds where it went ("General → Bail fund"). */
export function fundText(entry: Entry): string {
  if (entry.toFundName === null || entry.toFundId === entry.fundId) return entry.fundName;
  return `${entry.fundName} → ${entry.toFundName}`;
}

/** A hash as people compare them: the first and last few characters. */
export function shortHash(hash: string): string {
  return hash.length <= 16 ? hash : `${hash.slice(0, 8)}…${hash.slice(-8)}`;
}
