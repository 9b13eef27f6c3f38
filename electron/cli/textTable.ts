import { visibleText } from '../../shared/text.ts';

/** One column of a text table: its heading, how a row shows in it, and which side it lines up on. */
export interface Column<T> {
  heading: string;
  cell: (row: T) => string;
  /** Amounts line up on the right. */
  align?: 'right';
}

/**
 * Rows as aligned columns under their headings, for a terminal; the last column is not padded.
 * Cells are printed with visibleText: a memo's newline, escape sequence or bidi override can neither
 * break the table's rows nor erase or reorder them. `foot` rows (totals) follow the rows, their
 * cells in the columns' order, lined up the same way.
 */
export function renderTable<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>, foot: ReadonlyArray<readonly string[]> = []): string {
  const cells = [
    columns.map((column) => column.heading),
    ...rows.map((row) => columns.map((column) => visibleText(column.cell(row)))),
    ...foot.map((line) => columns.map((_column, index) => visibleText(line[index] ?? ''))),
  ];
  const widths = columns.map((_column, index) => Math.max(...cells.map((line) => (line[index] ?? '').length)));
  return cells
    .map((line) =>
      line
        .map((cell, index) => {
          const width = widths[index] ?? 0;
          if (index === line.length - 1 && columns[index]?.align !== 'right') return cell;
          return columns[index]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Label-and-value lines, the labels padded to one width (the longest label's, in whatever language);
 * values printed with visibleText, like cells. A value of several lines continues under its first.
 */
export function renderFacts(facts: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...facts.map(([label]) => label.length)) + 2;
  return facts.flatMap(([label, value]) => value.split('\n').map((line, index) => `${(index === 0 ? label : '').padEnd(width)}${visibleText(line)}`.trimEnd())).join('\n');
}
