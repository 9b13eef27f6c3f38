import { useEffect, useId, useRef, useState } from 'react';
import type { SummaryFigure, SummaryMonth } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { localeOf } from '../../../shared/messages/language.ts';
import { minorDigits } from '../../../shared/money.ts';
import { useWords } from '../../language/words.tsx';
import { isShown } from './summaryFigures.ts';

/** Room for the amounts on the left, the months below, and a little air. */
const margin = { left: 84, right: 12, top: 14, bottom: 34 };
const height = 260;
/** The least room a month takes: more months than fit scroll sideways in the chart's frame. */
const leastSlot = 60;

/** The width the chart has to draw in, followed as the window changes. */
function useWidth() {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const measure = () => setWidth(Math.max(element.clientWidth, 320));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { frame, width };
}

/** Ticks at round amounts (1, 2 or 5 times a power of ten) covering lo to hi. */
function ticksFor(lo: number, hi: number): number[] {
  const span = hi - lo || 1;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? power * 10;
  const ticks: number[] = [];
  for (let tick = Math.floor(lo / step) * step; tick <= Math.ceil(hi / step) * step + step / 2; tick += step) ticks.push(tick);
  return ticks;
}

const amountOf = (figure: SummaryFigure): number | null => (isShown(figure) ? figure.amount : null);

/**
 * Money in and out each month for one currency, as bars. A hidden figure is not drawn (a bar of
 * nothing would read as nothing): its place says "hidden". The same figures are in the table of
 * monthly totals, exact, for anyone who cannot see the chart.
 */
export function SummaryChart({ currency, months }: { currency: string; months: SummaryMonth[] }) {
  const words = useWords();
  const { language } = words;
  const { frame, width: available } = useWidth();
  const noteId = useId();
  const captionId = useId();
  const rows = months.map((month) => ({ month: month.month, moneyIn: amountOf(month.total.moneyIn), moneyOut: amountOf(month.total.moneyOut) }));
  const shown = rows.flatMap((row) => [row.moneyIn, row.moneyOut]).filter((amount): amount is number => amount !== null);
  const ticks = ticksFor(Math.min(0, ...shown), Math.max(0, ...shown));
  const lo = ticks[0] ?? 0;
  const hi = ticks.at(-1) ?? 1;
  const width = Math.max(available, margin.left + margin.right + rows.length * leastSlot);
  const plotHeight = height - margin.top - margin.bottom;
  const y = (amount: number) => margin.top + ((hi - amount) / (hi - lo || 1)) * plotHeight;
  const slot = (width - margin.left - margin.right) / Math.max(rows.length, 1);
  const bar = Math.min(28, slot * 0.32);
  const compact = new Intl.NumberFormat(localeOf[language], { style: 'currency', currency, currencyDisplay: 'narrowSymbol', notation: 'compact' });
  // Only the axis turns cents into a float, to draw ticks; every figure people read is exact.
  const tick = (minor: number) => compact.format(minor / 10 ** minorDigits(currency));
  const hidden = words.words('auditScreen.figure.hidden');

  const drawBar = (amount: number | null, x: number, className: string, key: string) => {
    if (amount === null) {
      return (
        <text key={key} className="summary-chart-hidden" transform={`translate(${x + bar / 2 + 4} ${y(0) - 6}) rotate(-90)`}>
          {hidden}
        </text>
      );
    }
    const top = Math.min(y(amount), y(0));
    return <rect key={key} className={className} x={x} y={top} width={bar} height={Math.max(Math.abs(y(amount) - y(0)), amount === 0 ? 0 : 1)} rx={2} />;
  };

  return (
    <figure className="chart summary-chart">
      <figcaption id={captionId}>
        {words.words('auditScreen.chart.caption', {
          from: formatMonth(rows[0]?.month ?? '', language),
          to: formatMonth(rows.at(-1)?.month ?? '', language),
          currency,
        })}
      </figcaption>
      <ul className="summary-chart-legend" aria-hidden="true">
        <li>
          <span className="summary-swatch summary-swatch-in" /> {words.words('auditScreen.moneyIn')}
        </li>
        <li>
          <span className="summary-swatch summary-swatch-out" /> {words.words('auditScreen.moneyOut')}
        </li>
        <li>
          <span className="summary-chart-hidden-key">{hidden}</span> {words.words('auditScreen.chart.hiddenKey')}
        </li>
      </ul>
      {/* Only ten years of months outgrow the window: then the chart scrolls sideways, by keyboard too. */}
      <div
        ref={frame}
        className="summary-chart-frame"
        role={width > available ? 'region' : undefined}
        aria-labelledby={width > available ? captionId : undefined}
        tabIndex={width > available ? 0 : undefined}
      >
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={words.words('auditScreen.chart.description', { currency })} aria-describedby={noteId}>
          {ticks.map((value) => (
            <g key={value}>
              <line className={value === 0 ? 'summary-chart-zero' : 'summary-chart-grid'} x1={margin.left} x2={width - margin.right} y1={y(value)} y2={y(value)} />
              <text className="summary-chart-tick" x={margin.left - 8} y={y(value) + 4} textAnchor="end">
                {tick(value)}
              </text>
            </g>
          ))}
          {rows.map((row, index) => {
            const centre = margin.left + slot * index + slot / 2;
            return (
              <g key={row.month}>
                {drawBar(row.moneyIn, centre - bar - 2, 'summary-bar-in', 'in')}
                {drawBar(row.moneyOut, centre + 2, 'summary-bar-out', 'out')}
                <text className="summary-chart-tick" x={centre} y={height - margin.bottom + 20} textAnchor="middle">
                  {formatMonth(row.month, language, 'short')}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p id={noteId} className="hint">
        {words.words('auditScreen.chart.sameAsTable')}
      </p>
    </figure>
  );
}
