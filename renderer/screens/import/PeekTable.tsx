import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';
import type { PeekedRow } from './guessMapping.ts';

/** A spreadsheet's name for a column: A, B, … Z, AA, AB. */
function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${columnLetter(Math.floor(index / 26) - 1)}${letter}`;
}

/**
 * The file's first rows as a spreadsheet shows them, lettered columns and numbered lines, the row of
 * column names marked: what the treasurer matches the mapping's choices against.
 */
export function PeekTable({ rows, headerLine, labelledBy }: { rows: PeekedRow[]; headerLine: number; labelledBy: string }) {
  const words = useWords();
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const letters = Array.from({ length: width }, (_, index) => columnLetter(index));
  return (
    // It may be wider than the form: it scrolls inside its frame, which takes a Tab stop so a keyboard can scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-frame import-peek-frame" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="data-table compact import-peek" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="number">
              {words.words('importScreen.table.line')}
            </th>
            {letters.map((letter) => (
              <th key={letter} scope="col">
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.line === headerLine ? 'import-peek-header' : undefined}>
              <th scope="row" className="number">
                {row.line}
                {row.line === headerLine ? <span className="visually-hidden"> {words.words('importScreen.mapping.headerMark')}</span> : null}
              </th>
              {letters.map((letter, index) => (
                <td key={letter}>
                  <FreeText text={row.cells[index] ?? ''} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
