// A saved column mapping: how one bank's CSV statement is read, column by column, where the app has no
// reader of its own for that bank. Columns are named as the file's header writes them, and found in
// any case with spaces run together (columnKey).
import * as z from 'zod';
import { inputProblem } from '../messages/inputProblems.ts';
import { say, type Message } from '../messages/message.ts';
import { plainText } from './common.ts';
import { dateFormats } from './kinds.ts';

/** A header's name as columns are looked up by: trimmed, spaces run together, any case. */
export function columnKey(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').toLowerCase();
}

export { dateFormats, type DateFormat } from './kinds.ts';

/** The mark between whole units and cents; the other one (or a space) groups thousands. */
export const decimalSeparators = ['.', ','] as const;

/** A column's header, as the file writes it; `whenMissing` is what a left-out column is refused with. */
function column(whenMissing?: Message) {
  const text = whenMissing === undefined ? z.string() : z.string({ error: (issue) => (issue.input === undefined ? inputProblem(whenMissing) : undefined) });
  return text.pipe(plainText(100)).refine((name) => name.length > 0, inputProblem(say('bankStatements.columnName')));
}

/** The name a saved column mapping is found by. */
export const mappingName = plainText(60).refine((text) => text.length > 0, inputProblem(say('input.nameMapping')));

const chooseAmountColumns = say('bankStatements.amountColumns');
/** A column of the other way of giving the amount, set beside this way: refused. */
const notBoth = z.never(inputProblem(say('bankStatements.bothAmountKinds'))).optional();

const columns = {
  name: mappingName,
  dateColumn: column(),
  dateFormat: z.enum(dateFormats),
  decimalSeparator: z.enum(decimalSeparators),
  descriptionColumn: column().optional(),
  /** Left out, every line's id is empty, and the importer tells a line already booked by its date and amount. */
  transactionIdColumn: column().optional(),
  counterpartyColumn: column().optional(),
};

/** One signed amount column: money in above zero, money out below it (a minus or brackets). */
const oneAmountColumn = z.strictObject({ ...columns, amountColumn: column(chooseAmountColumns), inColumn: notBoth, outColumn: notBoth });

/** Money in and money out in columns of their own, each written without a sign (a minus in the out column is read as money out all the same). */
const inAndOutColumns = z.strictObject({ ...columns, amountColumn: notBoth, inColumn: column(chooseAmountColumns), outColumn: column(chooseAmountColumns) });

/** The columns that hold a date or money: two of them can never be one column. */
const valueColumns = ['dateColumn', 'amountColumn', 'inColumn', 'outColumn'] as const;

/**
 * A bank CSV's column mapping: either one amount column, or an in column and an out column, never
 * both and never neither. The description and the counterparty may share a column (a bank that
 * writes the payee into its description); the date and amount columns may not.
 */
export const columnMappingSchema = z.union([oneAmountColumn, inAndOutColumns]).superRefine((mapping, context) => {
  const taken = new Set<string>();
  for (const field of valueColumns) {
    const header = mapping[field];
    if (header === undefined) continue;
    const key = columnKey(header);
    if (taken.has(key)) context.addIssue({ code: 'custom', path: [field], message: inputProblem(say('bankStatements.sameColumn', { column: header })) });
    taken.add(key);
  }
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
