// How `mutual-ledger import` shows a preview in a terminal: what was read, the counts, the money to
// be booked, the file's own balances, what was dropped, then each row that is not simply booked.
import { statementFormatNames, type ImportOutcome, type PaymentAccount, type PreviewRow } from '../../shared/contract/index.ts';
import { formatDay } from '../../shared/messages/dates.ts';
import type { MessageKey } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import type { ImportShown } from './runs/importStatement.ts';
import { renderFacts, renderTable } from './textTable.ts';

/** How many rows the text lists one by one; --json has them all. */
const listedRows = 50;

/** Each outcome in words, in the order the counts are listed. */
const outcomeWords = {
  book: 'importCli.outcome.book',
  duplicate: 'importCli.outcome.duplicate',
  possibleDuplicate: 'importCli.outcome.possibleDuplicate',
  matchedTransfer: 'importCli.outcome.matchedTransfer',
  possibleTransfer: 'importCli.outcome.possibleTransfer',
  notBooked: 'importCli.outcome.notBooked',
  problem: 'importCli.outcome.problem',
} as const satisfies Record<ImportOutcome, MessageKey>;

export function renderImport(shown: ImportShown, accounts: PaymentAccount[], words: Translator): string {
  const name = (id: number | null) => accounts.find((account) => account.id === id)?.name ?? '';
  const money = (minor: number | null) => (minor === null ? words.words('importCli.notStated') : words.money(minor, shown.currency));
  const sections = [
    shown.linkedAccountId === null
      ? words.words('importCli.read', { format: statementFormatNames[shown.format], account: name(shown.accountId) })
      : words.words('importCli.readLinked', { format: statementFormatNames[shown.format], account: name(shown.accountId), linked: name(shown.linkedAccountId) }),
    renderFacts([
      ...Object.entries(outcomeWords).map(([outcome, key]) => [words.words(key), words.number(shown.counts[outcome as ImportOutcome])] as const),
      [words.words('importCli.entries'), words.number(shown.booking.entries)],
      [words.words('importCli.moneyIn'), money(shown.booking.moneyIn)],
      [words.words('importCli.moneyOut'), money(shown.booking.moneyOut)],
    ]),
    shown.balances.agree === null
      ? words.words('importCli.balancesNotStated', { closing: money(shown.balances.closing) })
      : words.words('importCli.balances', { opening: money(shown.balances.opening), closing: money(shown.balances.closing), agree: String(shown.balances.agree) }),
    words.words('importCli.dropped', shown.dropped),
  ];
  const listed = shown.rows.filter((row) => row.outcome !== 'book' || row.reason !== null || row.afterFreeze);
  if (listed.length > 0) {
    sections.push(
      renderTable(listed.slice(0, listedRows), [
        { heading: words.words('importCli.heading.line'), cell: (row) => String(row.line), align: 'right' },
        { heading: words.words('importCli.heading.date'), cell: (row) => (/^\d{4}-\d{2}-\d{2}$/.test(row.date) ? formatDay(row.date, words.language) : row.date) },
        { heading: words.words('importCli.heading.amount'), cell: (row) => words.money(row.amount, shown.currency), align: 'right' },
        { heading: words.words('importCli.heading.outcome'), cell: (row) => words.words(outcomeWords[row.outcome]) },
        { heading: words.words('importCli.heading.why'), cell: (row) => why(row, words) },
      ]),
    );
    if (listed.length > listedRows) sections.push(words.words('importCli.moreRows', { count: listed.length - listedRows }));
  }
  const flagged = shown.rows.filter((row) => row.outcome === 'possibleDuplicate' || row.outcome === 'possibleTransfer').map((row) => row.line);
  if (flagged.length > 0) sections.push(words.words('importCli.bookAnywayHint', { lines: flagged.join(',') }));
  if (shown.needsLinkedAccount) sections.push(words.words('importCli.linkedHint'));
  if (shown.dryRun) sections.push(words.words('importCli.dryRun'));
  else sections.push(shown.imported === null ? words.words('importCli.nothingBooked') : words.words('importCli.imported', { first: shown.imported.firstSeq, last: shown.imported.lastSeq }));
  return sections.join('\n\n');
}

function why(row: PreviewRow, words: Translator): string {
  const reason = row.reason === null ? '' : words.say(row.reason);
  return row.afterFreeze ? [reason, words.words('importCli.afterFreeze')].filter((part) => part !== '').join(' ') : reason;
}
