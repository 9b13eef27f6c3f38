import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Flow } from '../../../shared/contract/index.ts';
import { formatMoney, minorDigits } from '../../../shared/money.ts';
import { formatMonth } from '../../formatDate.ts';

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
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const rows = monthly.map(({ month, flows }) => {
    const flow = flows.find((each) => each.currency === currency);
    return { month, label: formatMonth(month, 'short'), moneyIn: flow?.moneyIn ?? 0, moneyOut: flow?.moneyOut ?? 0 };
  });
  const compact = new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact' });
  // Only the axis turns cents into a float, to draw ticks; every figure people read is exact.
  const tick = (minor: number) => compact.format(minor / 10 ** minorDigits(currency));
  const first = rows[0];
  const last = rows.at(-1);

  return (
    <figure className="chart">
      <figcaption>
        Money in and out each month{first && last ? `, ${formatMonth(first.month)} to ${formatMonth(last.month)}` : ''} ({currency})
      </figcaption>
      <div className="chart-area" role="img" aria-label={`Bar chart of money in and out in ${currency} for each of the last 12 months. The same figures are in the table that the button below shows.`}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e3e6e0" />
            <XAxis dataKey="label" tickLine={false} stroke="#4b535c" fontSize={13} />
            <YAxis tickFormatter={tick} stroke="#4b535c" fontSize={13} width={64} allowDecimals={false} />
            <Tooltip
              formatter={(value, name) => [formatMoney(Number(value), currency), name]}
              labelFormatter={(_label, payload) => {
                const month = (payload[0]?.payload as { month?: string } | undefined)?.month;
                return month === undefined ? '' : formatMonth(month);
              }}
              cursor={{ fill: '#eef1ec' }}
            />
            <Legend wrapperStyle={{ fontSize: 14 }} />
            <Bar dataKey="moneyIn" name="Money in" fill={moneyInColour} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            <Bar dataKey="moneyOut" name="Money out" fill={moneyOutColour} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <button type="button" className="link-button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
        {showTable ? 'Hide the table' : 'Show the figures as a table'}
      </button>
      <div id={tableId} hidden={!showTable}>
        <table className="data-table">
          <caption className="visually-hidden">Money in and out each month ({currency})</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="number">
                Money in
              </th>
              <th scope="col" className="number">
                Money out
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month)}</th>
                <td className="number">{formatMoney(row.moneyIn, currency)}</td>
                <td className="number">{formatMoney(row.moneyOut, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
