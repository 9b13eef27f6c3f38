import type { SummaryFigure } from '../../../shared/contract/index.ts';
import { useWords } from '../../language/words.tsx';
import { isShown } from './summaryFigures.ts';

interface FigureProps {
  figure: SummaryFigure;
  currency: string;
  /** Adjustments carry their sign ("+$10.00", "-$5.00"); money in and out are amounts. */
  signed?: boolean;
}

/**
 * One cell of a summary: its money, with how many entries it counts under it, or the word "hidden".
 * Why a figure is hidden is said once, above the tables, not in every cell.
 */
export function Figure({ figure, currency, signed = false }: FigureProps) {
  const words = useWords();
  if (!isShown(figure)) {
    return <td className="number figure-hidden">{words.words('auditScreen.figure.hidden')}</td>;
  }
  return (
    <td className="number">
      {signed ? words.signedMoney(figure.amount, currency) : words.money(figure.amount, currency)}
      <span className="cell-detail">{words.words('auditScreen.figure.entries', { count: figure.count })}</span>
    </td>
  );
}
