import { useId } from 'react';
import type { Summary, SummaryMonth } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { accountKindNames, categoryLabel } from '../../../shared/messages/ledgerWords.ts';
import { money } from '../../../shared/messages/message.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { visibleText } from '../../../shared/text.ts';
import { useWords } from '../../language/words.tsx';
import { Figure } from './Figure.tsx';
import { allHidden, categoryRows, outflowShare, restrictedRows } from './summaryFigures.ts';
import { TableFrame } from '../../components/TableFrame.tsx';

/** Each payment account: the group's name for it (a member's by its kind alone), its balances at the period's start and end, and its status at the close. */
export function AccountsTable({ summary }: { summary: Summary }) {
  const words = useWords();
  const caption = useId();
  const { language } = words;
  if (summary.accounts.length === 0) return <p className="quiet">{words.words('auditScreen.accounts.none')}</p>;
  return (
    <TableFrame labelledBy={caption}>
      <table className="data-table summary-table">
        <caption id={caption} className="summary-caption">
          {words.words('auditScreen.accounts.caption', { from: formatMonth(summary.period.from, language), to: formatMonth(summary.period.to, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.words('auditScreen.accounts.account')}</th>
            <th scope="col">{words.words('auditScreen.currency')}</th>
            <th scope="col" className="number">
              {words.words('auditScreen.opening')}
            </th>
            <th scope="col" className="number">
              {words.words('auditScreen.closing')}
            </th>
            <th scope="col">{words.words('auditScreen.accounts.statusAtClose')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.accounts.map((account) => (
            <tr key={account.accountId}>
              <th scope="row">{account.name === null ? words.words('auditScreen.accounts.memberHeld', { kind: accountKindNames[account.kind] }) : <FreeText text={account.name} />}</th>
              <td>{account.currency}</td>
              <td className="number">{words.money(account.opening, account.currency)}</td>
              <td className="number">{words.money(account.closing, account.currency)}</td>
              <td>
                <StatusBadge status={account.statusAtClose} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** Each fund, restricted ones with their purpose, and what it held at the period's start and end in each currency. */
export function FundsTable({ summary }: { summary: Summary }) {
  const words = useWords();
  const caption = useId();
  const { language } = words;
  if (summary.funds.length === 0) return <p className="quiet">{words.words('auditScreen.funds.none')}</p>;
  return (
    <TableFrame labelledBy={caption}>
      <table className="data-table summary-table">
        <caption id={caption} className="summary-caption">
          {words.words('auditScreen.funds.caption', { from: formatMonth(summary.period.from, language), to: formatMonth(summary.period.to, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.words('auditScreen.funds.fund')}</th>
            <th scope="col">{words.words('auditScreen.currency')}</th>
            <th scope="col" className="number">
              {words.words('auditScreen.opening')}
            </th>
            <th scope="col" className="number">
              {words.words('auditScreen.closing')}
            </th>
          </tr>
        </thead>
        {summary.funds.map((fund) => {
          const name = (
            <th scope={fund.balances.length > 1 ? 'rowgroup' : 'row'} rowSpan={Math.max(fund.balances.length, 1)}>
              <FreeText text={fund.name} />
              {fund.restricted ? <span className="tag tag-restricted">{words.words('common.restricted')}</span> : null}
              {fund.restricted && fund.purpose !== null ? <span className="cell-detail">{words.words('auditScreen.funds.purpose', { purpose: visibleText(fund.purpose) })}</span> : null}
            </th>
          );
          return (
            <tbody key={fund.fundId}>
              {fund.balances.length === 0 ? (
                <tr>
                  {name}
                  <td colSpan={3}>{words.words('auditScreen.funds.noMoney')}</td>
                </tr>
              ) : (
                fund.balances.map((balance, index) => (
                  <tr key={balance.currency}>
                    {index === 0 ? name : null}
                    <td>{balance.currency}</td>
                    <td className="number">{words.money(balance.opening, balance.currency)}</td>
                    <td className="number">{words.money(balance.closing, balance.currency)}</td>
                  </tr>
                ))
              )}
            </tbody>
          );
        })}
      </table>
    </TableFrame>
  );
}

/** One currency's months: money in, money out (split into aid and fees) and adjustments, then how money out divided between aid and fees. */
export function MonthTotalsTable({ currency, months }: { currency: string; months: SummaryMonth[] }) {
  const words = useWords();
  const caption = useId();
  const { language } = words;
  return (
    <div className="stack-tight">
      <TableFrame labelledBy={caption}>
        <table className="data-table summary-table">
          <caption id={caption} className="summary-caption">
            {words.words('auditScreen.totals.caption', { currency })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{words.words('auditScreen.month')}</th>
              <th scope="col" className="number">
                {words.words('auditScreen.moneyIn')}
              </th>
              <th scope="col" className="number">
                {words.words('auditScreen.moneyOut')}
              </th>
              <th scope="col" className="number">
                {words.words('auditScreen.totals.aid')}
              </th>
              <th scope="col" className="number">
                {words.words('auditScreen.totals.fees')}
              </th>
              <th scope="col" className="number">
                {words.words('auditScreen.totals.adjusted')}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, language)}</th>
                <Figure figure={month.total.moneyIn} currency={currency} />
                <Figure figure={month.total.moneyOut} currency={currency} />
                <Figure figure={month.outflow.aid} currency={currency} />
                <Figure figure={month.outflow.fees} currency={currency} />
                <Figure figure={month.total.adjusted} currency={currency} signed />
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <OutflowShareSentence currency={currency} months={months} />
    </div>
  );
}

/** How money out divided between aid and fees, over the months where both are shown; the months left out are said, not guessed at. */
function OutflowShareSentence({ currency, months }: { currency: string; months: SummaryMonth[] }) {
  const words = useWords();
  const share = outflowShare(months);
  const paidOut = share.aid + share.fees;
  const sentences: string[] = [];
  if (share.counted === 0) sentences.push(words.words('auditScreen.share.noneShown'));
  else if (paidOut <= 0) sentences.push(words.words('auditScreen.share.nothingOut', { months: share.counted }));
  else
    sentences.push(
      words.words('auditScreen.share.split', {
        months: share.counted,
        aid: share.aid / paidOut,
        fees: share.fees / paidOut,
        aidAmount: money(share.aid, currency),
        feesAmount: money(share.fees, currency),
      }),
    );
  if (share.counted > 0 && share.leftOut > 0) sentences.push(words.words('auditScreen.share.leftOut', { months: share.leftOut }));
  return <p className="summary-share">{sentences.join(' ')}</p>;
}

/** One currency's categories, month by month: shown figures as they are, hidden ones as hidden, and categories with nothing in a month left out. */
export function CategoriesTable({ currency, months }: { currency: string; months: SummaryMonth[] }) {
  const words = useWords();
  const caption = useId();
  const { language } = words;
  const withRows = months.map((month) => ({ month: month.month, rows: categoryRows(month) })).filter(({ rows }) => rows.length > 0);
  if (withRows.length === 0) return <p className="quiet">{words.words('auditScreen.categories.none', { currency })}</p>;
  return (
    <TableFrame labelledBy={caption}>
      <table className="data-table summary-table">
        <caption id={caption} className="summary-caption">
          {words.words('auditScreen.categories.caption', { currency })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.words('auditScreen.month')}</th>
            <th scope="col">{words.words('auditScreen.category')}</th>
            <th scope="col" className="number">
              {words.words('auditScreen.moneyIn')}
            </th>
            <th scope="col" className="number">
              {words.words('auditScreen.moneyOut')}
            </th>
          </tr>
        </thead>
        {withRows.map(({ month, rows }) => (
          <tbody key={month}>
            {allHidden(rows) ? (
              <tr>
                <th scope="row" className="summary-month">
                  {formatMonth(month, language)}
                </th>
                <td colSpan={3} className="figure-hidden">
                  {words.words('auditScreen.categories.allHidden')}
                </td>
              </tr>
            ) : null}
            {allHidden(rows)
              ? null
              : rows.map((row, index) => (
                  <tr key={row.category ?? ''}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={rows.length} className="summary-month">
                        {formatMonth(month, language)}
                      </th>
                    ) : null}
                    <th scope="row">{row.category === null ? words.words('auditScreen.noCategory') : <FreeText text={categoryLabel(words, row.category)} />}</th>
                    <Figure figure={row.moneyIn} currency={currency} />
                    <Figure figure={row.moneyOut} currency={currency} />
                  </tr>
                ))}
          </tbody>
        ))}
      </table>
    </TableFrame>
  );
}

/** What each restricted fund paid out, by category and month: whether it went on the purpose it was given for. */
export function RestrictedTable({ summary, currency, months }: { summary: Summary; currency: string; months: SummaryMonth[] }) {
  const words = useWords();
  const caption = useId();
  const { language } = words;
  const fundName = new Map(summary.funds.map((fund) => [fund.fundId, fund.name]));
  const withRows = months.map((month) => ({ month: month.month, rows: restrictedRows(month) })).filter(({ rows }) => rows.length > 0);
  if (withRows.length === 0) return <p className="quiet">{words.words('auditScreen.restricted.none', { currency })}</p>;
  return (
    <TableFrame labelledBy={caption}>
      <table className="data-table summary-table">
        <caption id={caption} className="summary-caption">
          {words.words('auditScreen.restricted.caption', { currency })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.words('auditScreen.month')}</th>
            <th scope="col">{words.words('auditScreen.funds.fund')}</th>
            <th scope="col">{words.words('auditScreen.category')}</th>
            <th scope="col" className="number">
              {words.words('auditScreen.moneyOut')}
            </th>
          </tr>
        </thead>
        {withRows.map(({ month, rows }) => (
          <tbody key={month}>
            {allHidden(rows) ? (
              <tr>
                <th scope="row" className="summary-month">
                  {formatMonth(month, language)}
                </th>
                <td colSpan={3} className="figure-hidden">
                  {words.words('auditScreen.restricted.allHidden')}
                </td>
              </tr>
            ) : null}
            {allHidden(rows)
              ? null
              : rows.map((row, index) => (
                  <tr key={`${row.fundId} ${row.category ?? ''}`}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={rows.length} className="summary-month">
                        {formatMonth(month, language)}
                      </th>
                    ) : null}
                    <th scope="row">
                      <FreeText text={fundName.get(row.fundId) ?? String(row.fundId)} />
                    </th>
                    <td>{row.category === null ? words.words('auditScreen.noCategory') : <FreeText text={categoryLabel(words, row.category)} />}</td>
                    <Figure figure={row.moneyOut} currency={currency} />
                  </tr>
                ))}
          </tbody>
        ))}
      </table>
    </TableFrame>
  );
}
