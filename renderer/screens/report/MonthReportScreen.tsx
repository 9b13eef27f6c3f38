import { useCallback, useState } from 'react';
import type { MonthReport, MonthReportCurrency } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { day } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { useWords } from '../../language/words.tsx';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';
import { CategoriesTable, HoldersTable, RestrictedTag, StatusAtClose } from './MonthReportTables.tsx';

interface MonthReportScreenProps {
  onLocked: () => void;
  onBack: () => void;
}

/**
 * A month's report for the group's meeting, opened from the dashboard: this month so far, or any month
 * before, chosen above it. Per currency, the money per category, then each fund and each account from
 * opening to closing balance. On paper (Print, or Save as PDF in the print dialog) it stands alone:
 * the app's header and the controls are left off.
 */
export function MonthReportScreen({ onLocked, onBack }: MonthReportScreenProps) {
  const words = useWords();
  const thisMonth = today().slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const read = useCallback(() => treasury.ledger.monthReport({ month }), [month]);
  const { value, error } = useLoaded(read, onLocked);
  const shown = value !== null && value.month === month ? value : null;
  const monthWords = formatMonth(month, words.language);

  return (
    <div className="screen screen-full month-report">
      <ScreenTitle title={words.words('monthReport.title', { month: monthWords })} intro={month === thisMonth ? words.words('monthReport.soFar', { date: day(today()) }) : null}>
        <button type="button" className="no-print" onClick={onBack}>
          {words.words('monthReport.back')}
        </button>
      </ScreenTitle>
      <div className="month-report-controls no-print">
        <Field
          id="report-month"
          label={words.words('monthReport.month')}
          hint={words.words('monthReport.monthHint')}
          type="month"
          value={month}
          max={thisMonth}
          required
          onChange={(event) => {
            // A month half typed, or cleared, is not asked for: the report shown stays until it is whole.
            if (/^\d{4}-\d{2}$/.test(event.target.value)) setMonth(event.target.value);
          }}
        />
        <button type="button" className="primary" onClick={() => window.print()} aria-disabled={shown === null}>
          {words.words('monthReport.print')}
        </button>
      </div>
      <Alert error={error} />
      {shown === null ? error === null ? <p className="quiet">{words.words('monthReport.addingUp', { month: monthWords })}</p> : null : <Report report={shown} />}
      <p className="print-only">{words.words('monthReport.printedOn', { date: day(today()) })}</p>
    </div>
  );
}

function Report({ report }: { report: MonthReport }) {
  const words = useWords();
  return (
    <>
      {report.shredded ? <p className="notice">{words.words('monthReport.shredded')}</p> : null}
      {report.currencies.length === 0 ? <p className="quiet">{words.words('monthReport.nothing', { month: formatMonth(report.month, words.language) })}</p> : null}
      {report.currencies.map((figures) => (
        <CurrencyPart key={figures.currency} figures={figures} />
      ))}
      {report.currencies.length === 0 ? null : (
        <p className="hint">
          {words.words('monthReport.rule')} {words.words('monthReport.statusNote')}
        </p>
      )}
    </>
  );
}

function CurrencyPart({ figures }: { figures: MonthReportCurrency }) {
  const words = useWords();
  const titleId = `report-${figures.currency}`;
  return (
    <section className="card month-report-part" aria-labelledby={titleId}>
      <h2 id={titleId}>{words.words('monthReport.inCurrency', { currency: figures.currency })}</h2>
      <p>{words.words('monthReport.entries', { count: figures.entries, currency: figures.currency })}</p>
      {figures.categories.length === 0 ? null : <CategoriesTable figures={figures} partOf={titleId} />}
      <HoldersTable title="monthReport.funds" partOf={titleId} heading="monthReport.heading.fund" currency={figures.currency} lines={figures.funds} beside={(line) => <RestrictedTag line={line} />} />
      <HoldersTable
        title="monthReport.accounts"
        partOf={titleId}
        heading="monthReport.heading.account"
        currency={figures.currency}
        lines={figures.accounts}
        beside={(line) => <StatusAtClose line={line} />}
      />
    </section>
  );
}
