import { useId, type ReactNode } from 'react';
import type { MonthReportCurrency } from '../../../shared/contract/index.ts';
import { categoryLabel } from '../../../shared/messages/ledgerWords.ts';
import type { MessageKey } from '../../../shared/messages/message.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableFrame } from '../../components/TableFrame.tsx';
import { useWords } from '../../language/words.tsx';

/** Money in and out per category over the month, with the month's total under them; `partOf` is the id of its currency's heading. */
export function CategoriesTable({ figures, partOf }: { figures: MonthReportCurrency; partOf: string }) {
  const words = useWords();
  const caption = useId();
  const money = (amount: number) => words.money(amount, figures.currency);
  return (
    <TableFrame labelledBy={`${caption} ${partOf}`}>
      <table className="data-table month-report-table">
        <caption id={caption}>{words.words('monthReport.categories')}</caption>
        <thead>
          <tr>
            <th scope="col">{words.words('monthReport.heading.category')}</th>
            <NumberHeading label="monthReport.heading.entries" />
            <NumberHeading label="monthReport.heading.moneyIn" />
            <NumberHeading label="monthReport.heading.moneyOut" />
          </tr>
        </thead>
        <tbody>
          {figures.categories.map((row) => (
            <tr key={row.category ?? ''}>
              <th scope="row">{row.category === null ? words.words('monthReport.noCategory') : <FreeText text={categoryLabel(words, row.category)} />}</th>
              <td className="number">{words.number(row.entries)}</td>
              <td className="number">{money(row.moneyIn)}</td>
              <td className="number">{money(row.moneyOut)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.words('monthReport.total')}</th>
            <td className="number">{words.number(figures.entries)}</td>
            <td className="number">{money(figures.total.moneyIn)}</td>
            <td className="number">{money(figures.total.moneyOut)}</td>
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}

type HolderLine = MonthReportCurrency['funds'][number] | MonthReportCurrency['accounts'][number];
const holderColumns = [
  ['opening', 'monthReport.heading.opening'],
  ['moneyIn', 'monthReport.heading.moneyIn'],
  ['moneyOut', 'monthReport.heading.moneyOut'],
  ['adjusted', 'monthReport.heading.adjusted'],
  ['transfers', 'monthReport.heading.transfers'],
  ['closing', 'monthReport.heading.closing'],
] as const;

interface HoldersTableProps {
  title: MessageKey;
  /** The id of its currency's heading, which names it together with its caption when it scrolls. */
  partOf: string;
  heading: MessageKey;
  currency: string;
  lines: HolderLine[];
  /** What is said beside a row's name (a fund's "restricted", an account's status), if anything. */
  beside: (line: HolderLine) => ReactNode;
}

/** Funds or accounts: each one's opening balance, the month's movements and its closing balance, with their totals. */
export function HoldersTable({ title, partOf, heading, currency, lines, beside }: HoldersTableProps) {
  const words = useWords();
  const caption = useId();
  const money = (amount: number) => words.money(amount, currency);
  return (
    <TableFrame labelledBy={`${caption} ${partOf}`}>
      <table className="data-table month-report-table">
        <caption id={caption}>{words.words(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{words.words(heading)}</th>
            {holderColumns.map(([column, label]) => (
              <NumberHeading key={column} label={label} />
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={'fundId' in line ? line.fundId : line.accountId}>
              <th scope="row">
                <FreeText text={line.name} /> {beside(line)}
              </th>
              {holderColumns.map(([column]) => (
                <td key={column} className="number">
                  {money(line[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.words('monthReport.total')}</th>
            {holderColumns.map(([column]) => (
              <td key={column} className="number">
                {money(lines.reduce((sum, line) => sum + line[column], 0))}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}

function NumberHeading({ label }: { label: MessageKey }) {
  const words = useWords();
  return (
    <th scope="col" className="number">
      {words.words(label)}
    </th>
  );
}

/** Beside a fund's name: "restricted", when its money is kept for a purpose. */
export function RestrictedTag({ line }: { line: HolderLine }) {
  const words = useWords();
  return 'restricted' in line && line.restricted ? <span className="tag">{words.words('common.restricted')}</span> : null;
}

/** Beside an account's name: its status on the month's last day, unless it was simply active. */
export function StatusAtClose({ line }: { line: HolderLine }) {
  return 'statusAtClose' in line && line.statusAtClose !== 'active' ? <StatusBadge status={line.statusAtClose} /> : null;
}
