import type { ReactNode } from 'react';
import type { Summary, VerifiedSummary } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { money } from '../../../shared/messages/message.ts';
import { Heading } from '../../components/Heading.tsx';
import { AnchorText } from '../../components/AnchorText.tsx';
import { useWords } from '../../language/words.tsx';
import { SummaryActions } from './SummaryActions.tsx';
import { SummaryChart } from './SummaryChart.tsx';
import { hiddenFigures } from '../../../shared/hiddenFigures.ts';
import { currenciesOf, monthsIn } from './summaryFigures.ts';
import { AccountsTable, CategoriesTable, FundsTable, MonthTotalsTable, RestrictedTable } from './SummaryTables.tsx';
import { VerifiedBanner, type SummaryOrigin } from './VerifiedBanner.tsx';

interface SummaryViewProps {
  verified: VerifiedSummary;
  /** The summary file's full path: Save as PDF checks it again and writes it out. */
  path: string;
  origin: SummaryOrigin;
  /** The level of the view's title; its parts are one below. */
  level: 1 | 2;
  /** Focus goes to the title as the view appears: the start of what the reader came for. */
  focusOnMount?: boolean;
}

/**
 * A verified summary as an auditor reads it: whose key signed it (the fingerprint to compare), the
 * period and its rules, then the figures in tables and a chart, and how the ledger stood. This alone
 * is printed. Hidden figures read "hidden"; why is said once, near the top.
 */
export function SummaryView({ verified, path, origin, level, focusOnMount = false }: SummaryViewProps) {
  const words = useWords();
  const { summary } = verified;
  const { language } = words;
  const part = (level + 1) as 2 | 3;
  const currencies = currenciesOf(summary);
  const hasRestricted = summary.funds.some((fund) => fund.restricted);
  const period = { from: formatMonth(summary.period.from, language), to: formatMonth(summary.period.to, language) };

  return (
    <article className="summary-view" aria-labelledby="summary-view-title">
      <Heading level={level} id="summary-view-title" focusOnMount={focusOnMount}>
        {words.words('auditScreen.view.title', period)}
      </Heading>
      <VerifiedBanner verified={verified} origin={origin} level={part} />
      <SummaryActions path={path} />

      <Part id="summary-about" level={part} title={words.words('auditScreen.about.title')}>
        <dl className="facts">
          <dt>{words.words('auditScreen.about.period')}</dt>
          <dd>{words.words('auditScreen.about.periodValue', period)}</dd>
          <dt>{words.words('auditScreen.about.madeIn')}</dt>
          <dd>{formatMonth(summary.madeIn, language)}</dd>
          <dt>{words.words('auditScreen.about.smallestCell')}</dt>
          <dd>{words.words('auditScreen.about.smallestCellValue', { smallestCell: summary.smallestCell })}</dd>
        </dl>
        <p id="summary-hidden-explanation" className="summary-hidden-explanation">
          {words.words('auditScreen.about.hidden', { hidden: hiddenFigures(summary.months), smallestCell: summary.smallestCell })}
        </p>
        <p className="quiet">{words.words('auditScreen.about.namesNobody')}</p>
      </Part>

      <Part id="summary-totals" level={part} title={words.words('auditScreen.totals.title')}>
        {currencies.length === 0 ? <p className="quiet">{words.words('auditScreen.totals.none')}</p> : null}
        {currencies.map((currency) => (
          <div key={currency} className="stack">
            <SummaryChart currency={currency} months={monthsIn(summary, currency)} />
            <MonthTotalsTable currency={currency} months={monthsIn(summary, currency)} />
          </div>
        ))}
      </Part>

      <Part id="summary-accounts" level={part} title={words.words('auditScreen.accounts.title')}>
        <AccountsTable summary={summary} />
      </Part>

      <Part id="summary-funds" level={part} title={words.words('auditScreen.funds.title')}>
        <FundsTable summary={summary} />
      </Part>

      {currencies.length === 0 ? null : (
        <Part id="summary-categories" level={part} title={words.words('auditScreen.categories.title')}>
          <p className="quiet">{words.words('auditScreen.categories.intro')}</p>
          {currencies.map((currency) => (
            <CategoriesTable key={currency} currency={currency} months={monthsIn(summary, currency)} />
          ))}
        </Part>
      )}

      {hasRestricted && currencies.length > 0 ? (
        <Part id="summary-restricted" level={part} title={words.words('auditScreen.restricted.title')}>
          <p className="quiet">{words.words('auditScreen.restricted.intro')}</p>
          {currencies.map((currency) => (
            <RestrictedTable key={currency} summary={summary} currency={currency} months={monthsIn(summary, currency)} />
          ))}
        </Part>
      ) : null}

      <Part id="summary-close" level={part} title={words.words('auditScreen.close.title')}>
        <AtTheClose summary={summary} />
      </Part>

      <Part id="summary-ledger" level={part} title={words.words('auditScreen.ledger.title')}>
        <LedgerFacts summary={summary} />
      </Part>
    </article>
  );
}

/** One titled part of the view, named by its heading for landmark and heading navigation. */
function Part({ id, level, title, children }: { id: string; level: 2 | 3; title: string; children: ReactNode }) {
  const Title = `h${level}` as const;
  return (
    <section className="card summary-part" aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`}>{title}</Title>
      {children}
    </section>
  );
}

/** Frozen money at the close, reconciliations, and what retention did in the period. */
function AtTheClose({ summary }: { summary: Summary }) {
  const words = useWords();
  const frozen = summary.frozenAtClose.filter((held) => held.accounts > 0);
  return (
    <ul className="plain-list summary-facts-list">
      {frozen.length === 0 ? <li>{words.words('auditScreen.close.noneFrozen')}</li> : null}
      {frozen.map((held) => (
        <li key={held.currency}>{words.words('auditScreen.close.frozen', { amount: money(held.amount, held.currency), accounts: held.accounts })}</li>
      ))}
      <li>{words.words('auditScreen.close.reconciliations', { count: summary.reconciliations })}</li>
      <li>{words.words('auditScreen.close.retention', { runs: summary.retention.runs, entries: summary.retention.entriesShredded })}</li>
      <li>{summary.retention.holdStood ? words.words('auditScreen.close.holdStood') : words.words('auditScreen.close.noHold')}</li>
    </ul>
  );
}

/** How the ledger stood when the summary was made, and the summary made before it: what ties a series of summaries together. */
function LedgerFacts({ summary }: { summary: Summary }) {
  const words = useWords();
  const { language } = words;
  const { previous } = summary;
  return (
    <>
      <dl className="facts">
        <dt>{words.words('auditScreen.ledger.entries')}</dt>
        <dd>{words.number(summary.ledger.entries)}</dd>
        <dt>{words.words('auditScreen.ledger.anchor')}</dt>
        <dd>
          <AnchorText anchor={summary.ledger.anchor} />
        </dd>
        <dt>{words.words('auditScreen.ledger.previous')}</dt>
        {previous === null ? (
          <dd>{words.words('auditScreen.ledger.noPrevious')}</dd>
        ) : (
          <dd>
            <span>{words.words('auditScreen.about.periodValue', { from: formatMonth(previous.period.from, language), to: formatMonth(previous.period.to, language) })}</span>
            <span className="quiet">{words.words('auditScreen.ledger.previousAnchor')}</span>
            <AnchorText anchor={previous.anchor} />
            <span className="quiet">{words.words('auditScreen.ledger.previousFile')}</span>
            <code className="chain-head">{previous.fileSha256}</code>
          </dd>
        )}
      </dl>
      <p className="quiet">{words.words('auditScreen.ledger.what')}</p>
    </>
  );
}
