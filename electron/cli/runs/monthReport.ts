// What `mutual-ledger report` does once its command line is read (its help and flags: ../commands/monthReport.ts).
import type { MonthReport, MonthReportCurrency } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { day, type MessageKey } from '../../../shared/messages/message.ts';
import { categoryLabel, statusWords } from '../../../shared/messages/ledgerWords.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { monthFlag, today } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable, type Column } from '../textTable.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const month = values.month === undefined ? today().slice(0, 7) : monthFlag(values.month, '--month');
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.ledger.monthReport({ month }), (report) => renderReport(report, out.words));
  });
}

type HolderLine = MonthReportCurrency['funds'][number] | MonthReportCurrency['accounts'][number];
const holderFigures = ['opening', 'moneyIn', 'moneyOut', 'adjusted', 'transfers', 'closing'] as const;
const holderHeadings = {
  opening: 'monthReport.heading.opening',
  moneyIn: 'monthReport.heading.moneyIn',
  moneyOut: 'monthReport.heading.moneyOut',
  adjusted: 'monthReport.heading.adjusted',
  transfers: 'monthReport.heading.transfers',
  closing: 'monthReport.heading.closing',
} as const;

function renderReport(report: MonthReport, words: Translator): string {
  const month = formatMonth(report.month, words.language);
  const title = words.words('monthReport.title', { month });
  const notes = [...(report.month === today().slice(0, 7) ? [words.words('monthReport.soFar', { date: day(today()) })] : []), ...(report.shredded ? [words.words('monthReport.shredded')] : [])];
  if (report.currencies.length === 0) return [title, ...notes, words.words('monthReport.nothing', { month })].join('\n');
  return [[title, ...notes].join('\n'), ...report.currencies.map((currency) => renderCurrency(currency, words)), `${words.words('monthReport.rule')}\n${words.words('monthReport.statusNote')}`].join(
    '\n\n',
  );
}

/** A column's heading as the CLI's tables write them, in capitals. */
function heading(words: Translator, key: MessageKey): string {
  return words.words(key).toLocaleUpperCase(words.language);
}

function renderCurrency(figures: MonthReportCurrency, words: Translator): string {
  const money = (amount: number) => words.money(amount, figures.currency);
  const categories = renderTable(
    figures.categories,
    [
      { heading: heading(words, 'monthReport.heading.category'), cell: (row) => (row.category === null ? words.words('monthReport.noCategory') : categoryLabel(words, row.category)) },
      { heading: heading(words, 'monthReport.heading.entries'), cell: (row) => words.number(row.entries), align: 'right' },
      { heading: heading(words, 'monthReport.heading.moneyIn'), cell: (row) => money(row.moneyIn), align: 'right' },
      { heading: heading(words, 'monthReport.heading.moneyOut'), cell: (row) => money(row.moneyOut), align: 'right' },
    ],
    [[words.words('monthReport.total'), words.number(figures.entries), money(figures.total.moneyIn), money(figures.total.moneyOut)]],
  );
  const holderColumns = holderFigures.map((figure): Column<HolderLine> => ({ heading: heading(words, holderHeadings[figure]), cell: (row) => money(row[figure]), align: 'right' }));
  const totalLine = (rows: HolderLine[]) => [words.words('monthReport.total'), ...holderFigures.map((figure) => money(rows.reduce((sum, row) => sum + row[figure], 0)))];
  const funds = renderTable<HolderLine>(
    figures.funds,
    [
      { heading: heading(words, 'monthReport.heading.fund'), cell: (row) => ('fundId' in row && row.restricted ? words.words('cli.balance.restricted', { name: row.name }) : row.name) },
      ...holderColumns,
    ],
    [totalLine(figures.funds)],
  );
  const accounts = renderTable<HolderLine>(
    figures.accounts,
    [
      {
        heading: heading(words, 'monthReport.heading.account'),
        cell: (row) => ('accountId' in row && row.statusAtClose !== 'active' ? `${row.name} (${words.say(statusWords[row.statusAtClose])})` : row.name),
      },
      ...holderColumns,
    ],
    [totalLine(figures.accounts)],
  );
  return [
    words.words('monthReport.inCurrency', { currency: figures.currency }),
    words.words('monthReport.entries', { count: figures.entries, currency: figures.currency }),
    ...(figures.total.adjusted === 0 ? [] : [`${words.words('monthReport.heading.adjusted')}: ${money(figures.total.adjusted)}`]),
    ...(figures.categories.length === 0 ? [] : ['', words.words('monthReport.categories'), categories]),
    '',
    words.words('monthReport.funds'),
    funds,
    '',
    words.words('monthReport.accounts'),
    accounts,
  ].join('\n');
}
