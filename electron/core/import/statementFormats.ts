// Which importer reads a file: the one asked for, or the first whose own columns or tags the file
// has. Each reader says "not mine" (undefined) rather than guess, so a file of another kind is
// refused with a clear message, never half-read by the wrong importer.
import type { StatementFormat } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { ReadStatement } from './statementLine.ts';
import { readVenmoStatement } from './venmoStatement.ts';

type Reader = (text: string, currency: string) => ReadStatement | undefined;

/** The readers that know their files by themselves, in the order detection tries them. */
const readers: Partial<Record<StatementFormat, Reader>> = {
  venmo: readVenmoStatement,
};

/** Reads a statement in `format`, or in the format detected; refuses a file no importer recognises. */
export function readStatement(text: string, currency: string, format?: StatementFormat): { format: StatementFormat; statement: ReadStatement } {
  const tried = format === undefined ? Object.entries(readers) : [[format, readers[format]] as const];
  for (const [name, reader] of tried) {
    const statement = reader?.(text, currency);
    if (statement !== undefined) return { format: name as StatementFormat, statement };
  }
  throw new TreasuryError('INVALID_INPUT', format === undefined ? say('import.unknownFormat') : say('import.notThisFormat', { format }));
}
