import type { ReactNode } from 'react';
import { formatShortDateTime } from '../../../shared/messages/dates.ts';
import { useWords } from '../../language/words.tsx';

/** One row of a DatedTable: the moment it names (ISO), then its other cells. */
export interface DatedRow {
  key: string;
  at: string;
  cells: ReactNode[];
}

/**
 * A record kept by date, newest first (the schedule's changes, the holds, the shred log): the first
 * column the moment, as the row's header, then the other columns.
 */
export function DatedTable({ labelledBy, headings, rows }: { labelledBy: string; headings: string[]; rows: DatedRow[] }) {
  const words = useWords();
  return (
    <div className="table-frame">
      <table className="data-table compact" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="when">
                {formatShortDateTime(row.at, words.language)}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
