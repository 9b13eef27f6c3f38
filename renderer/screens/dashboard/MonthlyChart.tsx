import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Flow } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { localeOf } from '../../../shared/messages/language.ts';
import { minorDigits } from '../../../shared/money.ts';
import { useWords } from '../../language/words.tsx';

interface MonthlyChartProps {
  currency: string;
  monthly: Array<{ month: string; flows: Flow[] }>;
}

/** The colours of the two bars: both at least 3:1 against the white card, and told apart by the legend too. */
const moneyInColour = '#1f5f50';
const moneyOutColour = '#b4531f';

/**
 * Money in and out each month for one currency, as bars, with the same figures as a table for anyone
 * who cannot see the chart (and anyone who wants the exact amounts).
 */
export function MonthlyChart({ currency, monthly }: MonthlyChartProps) {
  const words = useWords();
  const { language } = words;
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const rows = monthly.map(({ month, flows }) => {
    const flow = flows.find((each) => each.currency === currency);
    return { month, label: formatMonth(month, language, 'short'), moneyIn: flow?.moneyIn ?? 0, moneyOut: flow?.moneyOut ?? 0 };
  });
  // The narrow symbol ("$", not "US$") keeps the ticks short; the caption names the currency.
  const compact = new Intl.NumberFormat(localeOf[language], { style: 'currency', currency, currencyDisplay: 'narrowSymbol', notation: 'compact' });
  // Only the axis turns cents into a float, to draw ticks; every figure people read is exact.
  const tick = (minor: number) => compact.format(minor / 10 ** minorDigits(currency));
  const first = rows[0];
  const last = rows.at(-1);

  return (
    <figure className="chart">
      <figcaption>
        {first && last
          ? words.words('dashboardScreen.chart.caption', { from: formatMonth(first.month, language), to: formatMonth(last.month, language), currency })
          : words.words('dashboardScreen.chart.tableCaption', { currency })}
      </figcaption>
      <div className="chart-area" role="img" aria-label={words.words('dashboardScreen.chart.description', { currency })}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e3e6e0" />
            <XAxis dataKey="label" tickLine={false} stroke="#4b535c" fontSize={13} />
            <YAxis tickFormatter={tick} stroke="#4b535c" fontSize={13} width={80} allowDecimals={false} />
            <Tooltip
              formatter={(value, name) => [words.money(Number(value), currency), name]}
              labelFormatter={(_label, payload) => {
                const month = (payload[0]?.payload as { month?: string } | undefined)?.month;
                return month === undefined ? '' : formatMonth(month, language);
              }}
              cursor={{ fill: '#eef1ec' }}
            />
            <Legend wrapperStyle={{ fontSize: 14 }} />
            <Bar dataKey="moneyIn" name={words.words('dashboardScreen.chart.moneyIn')} fill={moneyInColour} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            <Bar dataKey="moneyOut" name={words.words('dashboardScreen.chart.moneyOut')} fill={moneyOutColour} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <button type="button" className="link-button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
        {showTable ? words.words('dashboardScreen.chart.hideTable') : words.words('dashboardScreen.chart.showTable')}
      </button>
      <div id={tableId} hidden={!showTable}>
        <table className="data-table">
          <caption className="visually-hidden">{words.words('dashboardScreen.chart.tableCaption', { currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{words.words('dashboardScreen.chart.month')}</th>
              <th scope="col" className="number">
                {words.words('dashboardScreen.chart.moneyIn')}
              </th>
              <th scope="col" className="number">
                {words.words('dashboardScreen.chart.moneyOut')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month, language)}</th>
                <td className="number">{words.money(row.moneyIn, currency)}</td>
                <td className="number">{words.money(row.moneyOut, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
