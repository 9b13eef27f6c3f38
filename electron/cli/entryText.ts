// How ledger entries read in a terminal: one entry's facts (record, reverse), or a row of `list`.
import type { Entry, Flow, LedgerRow } from '../../shared/contract/index.ts';
import { formatDay } from '../../shared/messages/dates.ts';
import { entryKindWords } from '../../shared/messages/ledgerWords.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { list, say, type Message } from '../../shared/messages/message.ts';
import { renderFacts, renderTable, type Column } from './textTable.ts';

/** An entry's facts, one per line. `recipientGenerated` says the code was made up because none was given. */
export function renderEntry(entry: Entry, words: Translator, recipientGenerated = false): string {
  const kind = words.say(entryKindWords[entry.kind]);
  const amount = words.money(entry.amount, entry.currency);
  const facts: Array<[string, string]> = [
    [words.words('cli.entry.date'), formatDay(entry.date, words.language)],
    [words.words('cli.entry.kind'), entry.reversesSeq === null ? kind : words.words('cli.entry.kindCorrecting', { kind, seq: String(entry.reversesSeq) })],
    [
      words.words('cli.entry.amount'),
      entry.kind === 'transfer' ? words.words('cli.entry.amountMoved', { amount }) : words.words(entry.direction === 'in' ? 'cli.entry.amountIn' : 'cli.entry.amountOut', { amount }),
    ],
    [words.words('cli.entry.account'), accountsOf(entry)],
    [words.words('cli.entry.fund'), fundsOf(entry)],
  ];
  if (entry.category !== null) facts.push([words.words('cli.entry.category'), entry.category]);
  if (entry.recipientCode !== null) {
    facts.push([words.words('cli.entry.recipient'), recipientGenerated ? words.words('cli.entry.recipientGenerated', { code: entry.recipientCode }) : entry.recipientCode]);
  }
  if (entry.memo !== null) facts.push([words.words('cli.entry.memo'), entry.memo]);
  if (entry.hasReceipt) facts.push([words.words('cli.entry.receipt'), words.words('cli.entry.receiptKept')]);
  if (entry.shredded.length > 0) {
    facts.push([words.words('cli.entry.shredded'), words.words('cli.entry.shreddedFields', { fields: list(entry.shredded.map((field) => say('cli.entry.shreddedField', { field }))) })]);
  }
  if (entry.reversedBySeq !== null) facts.push([words.words('cli.entry.reversedBy'), `#${entry.reversedBySeq}`]);
  return renderFacts(facts);
}

function entryColumns(words: Translator, withCleared: boolean): ReadonlyArray<Column<ListedEntry>> {
  return [
    { heading: '#', cell: (entry) => String(entry.seq), align: 'right' },
    { heading: words.words('cli.entries.heading.date'), cell: (entry) => formatDay(entry.date, words.language) },
    { heading: words.words('cli.entries.heading.kind'), cell: (entry) => words.say(entryKindWords[entry.kind]) },
    { heading: words.words('cli.entries.heading.amount'), cell: (entry) => signedAmount(entry, words), align: 'right' },
    // Whether a reconciliation cleared it: on the view's account, or on every account it moves (ledgerRowSchema's `cleared`).
    ...(withCleared ? [{ heading: words.words('cli.entries.heading.cleared'), cell: (row: ListedEntry) => (row.cleared === true ? words.words('cli.reconcile.clearedMark') : '') }] : []),
    { heading: words.words('cli.entries.heading.account'), cell: accountsOf },
    { heading: words.words('cli.entries.heading.fund'), cell: fundsOf },
    { heading: words.words('cli.entries.heading.category'), cell: (entry) => entry.category ?? '' },
    { heading: words.words('cli.entries.heading.recipient'), cell: (entry) => entry.recipientCode ?? '' },
    { heading: words.words('cli.entries.heading.memo'), cell: (entry) => memoWithLinks(entry, words) },
  ];
}

/** The running balance, as the last column, when the view has one (one account or one fund). */
function balanceColumn(words: Translator): Column<ListedEntry> {
  return { heading: words.words('cli.entries.heading.balance'), cell: (row) => (row.balanceAfter == null ? '' : words.money(row.balanceAfter, row.currency)), align: 'right' };
}

/** An entry as `list` gives it (with its running balance or null, and whether it is cleared), or as another command does (without). */
type ListedEntry = Entry & Partial<Pick<LedgerRow, 'balanceAfter' | 'cleared'>>;

/** Entries as a table, in the order given (newest first from `list`), with their running balance when they have one, and whether each is cleared when that is known. */
export function renderEntryTable(entries: readonly ListedEntry[], words: Translator): string {
  const withBalance = entries.some((row) => row.balanceAfter != null);
  const withCleared = entries.some((row) => row.cleared !== undefined);
  return renderTable(entries, [...entryColumns(words, withCleared), ...(withBalance ? [balanceColumn(words)] : [])]);
}

/** The money in and out of a filtered view, one line per currency. */
export function renderFlows(totals: readonly Flow[], words: Translator): string {
  if (totals.length === 0) return words.words('cli.entries.noTotals');
  return totals
    .map(({ currency, moneyIn, moneyOut, adjusted }) => {
      const figures = {
        currency,
        moneyIn: words.money(moneyIn, currency),
        moneyOut: words.money(moneyOut, currency),
        net: words.signedMoney(moneyIn - moneyOut + adjusted, currency),
      };
      return adjusted === 0 ? words.words('cli.entries.totals', figures) : words.words('cli.entries.totalsAdjusted', { ...figures, adjusted: words.signedMoney(adjusted, currency) });
    })
    .join('\n');
}

// A transfer only moves the group's own money, so it shows without a sign, its direction in the accounts.
function signedAmount(entry: Entry, words: Translator): string {
  return entry.kind === 'transfer' ? words.money(entry.amount, entry.currency) : words.signedMoney(entry.accountEffect, entry.currency);
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

function memoWithLinks(entry: Entry, words: Translator): string {
  const links = [
    ...(entry.reversesSeq === null ? [] : [words.words('cli.entries.corrects', { seq: String(entry.reversesSeq) })]),
    ...(entry.reversedBySeq === null ? [] : [words.words('cli.entries.reversedBy', { seq: String(entry.reversedBySeq) })]),
    ...(entry.hasReceipt ? [words.words('cli.entries.receipt')] : []),
  ];
  return [links.length === 0 ? '' : `[${links.join('; ')}]`, entry.memo ?? ''].filter((part) => part !== '').join(' ');
}

/** What the treasurer should know about an entry just written (money on a frozen account), a paragraph each. */
export function renderNotices(notices: readonly Message[], words: Translator): string[] {
  return notices.map((notice) => words.words('cli.notice', { notice }));
}
