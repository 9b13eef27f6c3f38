// Which importer reads a file: the one asked for, or the first whose own columns or tags the file
// has. Each reader says "not mine" (undefined) rather than guess, so a file of another kind is
// refused with a clear message, never half-read by the wrong importer. A bank's CSV has no columns
// of its own to be known by: it is read through the column mapping the treasurer names.
import { statementFormatNames, type ColumnMapping, type StatementFormat } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { readCashAppStatement } from './cashAppStatement.ts';
import { readMappedStatement } from './mappedStatement.ts';
import { readOfxStatement } from './ofxStatement.ts';
import { readPaypalStatement } from './paypalStatement.ts';
import type { ReadStatement } from './statementLine.ts';
import { readVenmoStatement } from './venmoStatement.ts';

type Reader = (text: string, currency: string) => ReadStatement | undefined;

/** The readers that know their files by themselves, in the order detection tries them. */
const readers: Record<Exclude<StatementFormat, 'csv'>, Reader> = {
  ofx: (text) => readOfxStatement(text),
  venmo: readVenmoStatement,
  paypal: readPaypalStatement,
  cashapp: readCashAppStatement,
};

/** Reads a statement in `format`, or in the format detected (a mapping means a bank's CSV); refuses a file no importer recognises. */
export function readStatement(text: string, currency: string, format?: StatementFormat, mapping?: ColumnMapping): { format: StatementFormat; statement: ReadStatement } {
  if (format === 'csv' || (format === undefined && mapping !== undefined)) {
    if (mapping === undefined) throw new TreasuryError('INVALID_INPUT', say('import.csvNeedsMapping'));
    const statement = readMappedStatement(text, mapping, currency);
    if (statement === undefined) throw new TreasuryError('INVALID_INPUT', say('import.notThisMapping', { mapping: mapping.name }));
    return { format: 'csv', statement };
  }
  const tried = format === undefined ? Object.entries(readers) : [[format, readers[format]] as const];
  for (const [name, reader] of tried) {
    const statement = reader(text, currency);
    if (statement !== undefined) return { format: name as StatementFormat, statement };
  }
  throw new TreasuryError('INVALID_INPUT', format === undefined ? say('import.unknownFormat') : say('import.notThisFormat', { format: statementFormatNames[format] }));
}
