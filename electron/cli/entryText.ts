// How ledger entries read in a terminal: one entry's facts (record, reverse), or a row of `list`.
import type { Entry, Flow } from '../../shared/contract/index.ts';
import { formatMoney } from '../../shared/money.ts';
import { renderFacts, renderTable, type Column } from './textTable.ts';

/** An entry's facts, one per line. `recipientGenerated` says the code was made up because none was given. */
export function renderEntry(entry: Entry, recipientGenerated = false): string {
  const facts: Array<[string, string]> = [
    ['Date', entry.date],
    ['Kind', entry.reversesSeq === null ? entry.kind : `${entry.kind}, correcting #${entry.reversesSeq}`],
    ['Amount', entry.kind === 'transfer' ? `${money(entry.amount, entry.currency)} moved` : `${money(entry.amount, entry.currency)} ${entry.direction}`],
    ['Account', accountsOf(entry)],
    ['Fund', fundsOf(entry)],
  ];
  if (entry.category !== null) facts.push(['Category', entry.category]);
  if (entry.recipientCode !== null) {
    facts.push(['Recipient', recipientGenerated ? `${entry.recipientCode} (generated, since no --recipient was given)` : entry.recipientCode]);
  }
  if (entry.memo !== null) facts.push(['Memo', entry.memo]);
  if (entry.hasReceipt) facts.push(['Receipt', 'kept encrypted in the vault']);
  if (entry.reversedBySeq !== null) facts.push(['Reversed by', `#${entry.reversedBySeq}`]);
  return renderFacts(facts);
}

const entryColumns: ReadonlyArray<Column<Entry>> = [
  { heading: '#', cell: (entry) => String(entry.seq), align: 'right' },
  { heading: 'DATE', cell: (entry) => entry.date },
  { heading: 'KIND', cell: (entry) => entry.kind },
  { heading: 'AMOUNT', cell: signedAmount, align: 'right' },
  { heading: 'ACCOUNT', cell: accountsOf },
  { heading: 'FUND', cell: fundsOf },
  { heading: 'CATEGORY', cell: (entry) => entry.category ?? '' },
  { heading: 'RECIPIENT', cell: (entry) => entry.recipientCode ?? '' },
  { heading: 'MEMO', cell: memoWithLinks },
];

/** Entries as a table, in the order given (newest first from `list`). */
export function renderEntryTable(entries: readonly Entry[]): string {
  return renderTable(entries, entryColumns);
}

/** The money in and out of a filtered view, one line per currency. */
export function renderFlows(totals: readonly Flow[]): string {
  if (totals.length === 0) return 'Totals: nothing in, nothing out.';
  return totals
    .map(({ currency, moneyIn, moneyOut }) => `Totals ${currency}: in ${money(moneyIn, currency)}, out ${money(moneyOut, currency)}, net ${signed(moneyIn - moneyOut, currency)}`)
    .join('\n');
}

/** Minor units for people: "$1,200.50". */
export function money(minor: number, currency: string): string {
  return formatMoney(minor, currency);
}

/** With its sign, "+$10.00" or "-$5.00", for money in or out. */
export function signed(minor: number, currency: string): string {
  return minor > 0 ? `+${formatMoney(minor, currency)}` : formatMoney(minor, currency);
}

// A transfer only moves the group's own money, so it shows without a sign, its direction in the accounts.
function signedAmount(entry: Entry): string {
  return entry.kind === 'transfer' ? money(entry.amount, entry.currency) : signed(entry.accountEffect, entry.currency);
}

// A reversed transfer moves the money back: it reads from the second account to the first.
function isBackwards(entry: Entry): boolean {
  return entry.kind === 'transfer' && entry.accountEffect > 0;
}

function accountsOf(entry: Entry): string {
  return pair(entry.accountName, entry.toAccountName, isBackwards(entry));
}

function fundsOf(entry: Entry): string {
  return pair(entry.fundName, entry.toFundName, isBackwards(entry));
}

function pair(first: string, second: string | null, backwards: boolean): string {
  if (second === null || second === first) return first;
  return backwards ? `${second} → ${first}` : `${first} → ${second}`;
}

function memoWithLinks(entry: Entry): string {
  const links = [
    ...(entry.reversesSeq === null ? [] : [`corrects #${entry.reversesSeq}`]),
    ...(entry.reversedBySeq === null ? [] : [`reversed by #${entry.reversedBySeq}`]),
    ...(entry.hasReceipt ? ['receipt'] : []),
  ];
  return [links.length === 0 ? '' : `[${links.join('; ')}]`, entry.memo ?? ''].filter((part) => part !== '').join(' ');
}
