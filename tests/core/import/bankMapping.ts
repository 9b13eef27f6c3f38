// The column mapping of the synthetic bank CSV fixture (fixtures/bank.csv), for the tests that read it.
import { columnMappingSchema, type ColumnMapping } from '../../../shared/contract/index.ts';

export const bankMapping: ColumnMapping = columnMappingSchema.parse({
  name: 'Synthetic Credit Union',
  dateColumn: 'Date',
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: ',',
  inColumn: 'In',
  outColumn: 'Out',
  descriptionColumn: 'Description',
  counterpartyColumn: 'Payee',
  transactionIdColumn: 'Reference',
});
