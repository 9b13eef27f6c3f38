/** One column of a text table: its heading, how a row shows in it, and which side it lines up on. */
export interface Column<T> {
  heading: string;
  cell: (row: T) => string;
  /** Amounts line up on the right. */
  align?: 'right';
}

/** Rows as aligned columns under their headings, for a terminal; the last column is not padded. */
export function renderTable<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>): string {
  const cells = [columns.map((column) => column.heading), ...rows.map((row) => columns.map((column) => oneLine(column.cell(row))))];
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

/** Label-and-value lines, the labels padded to one width. */
export function renderFacts(facts: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...facts.map(([label]) => label.length)) + 2;
  return facts.map(([label, value]) => `${label.padEnd(width)}${value}`.trimEnd()).join('\n');
}

// A memo typed with a newline must not break the table's rows.
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
