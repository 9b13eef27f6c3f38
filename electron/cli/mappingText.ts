// Column mappings as a terminal shows them: which column holds what, and how it is written.
import type { ColumnMapping } from '../../shared/contract/index.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { renderTable } from './textTable.ts';

export function renderMappings(mappings: readonly ColumnMapping[], words: Translator): string {
  const optional = (column: string | undefined) => column ?? '—';
  return renderTable(mappings, [
    { heading: words.words('importCli.heading.name'), cell: (mapping) => mapping.name },
    { heading: words.words('importCli.heading.date'), cell: (mapping) => `${mapping.dateColumn} (${mapping.dateFormat})` },
    {
      heading: words.words('importCli.heading.amount'),
      cell: (mapping) => (mapping.amountColumn === undefined ? words.words('importCli.mapping.inAndOut', { in: mapping.inColumn ?? '', out: mapping.outColumn ?? '' }) : mapping.amountColumn),
    },
    { heading: words.words('importCli.heading.decimal'), cell: (mapping) => mapping.decimalSeparator },
    { heading: words.words('importCli.heading.description'), cell: (mapping) => optional(mapping.descriptionColumn) },
    { heading: words.words('importCli.heading.transactionId'), cell: (mapping) => optional(mapping.transactionIdColumn) },
    { heading: words.words('importCli.heading.counterparty'), cell: (mapping) => optional(mapping.counterpartyColumn) },
  ]);
}
