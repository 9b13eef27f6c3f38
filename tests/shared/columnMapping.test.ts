// A saved column mapping of a bank's CSV: what it accepts, and each refusal with the message a
// treasurer reads beside the field (one amount column or in and out columns, never both or neither).
import { describe, expect, it } from 'vitest';
import { columnMappingSchema, dateFormats } from '../../shared/contract/columnMapping.ts';
import { problemOf } from '../../shared/messages/inputProblems.ts';
import { list, say, type Message } from '../../shared/messages/message.ts';

const base = { name: 'Synthetic Credit Union', dateColumn: 'Date', dateFormat: 'DD/MM/YYYY', decimalSeparator: ',' };

function refusal(input: unknown): Message {
  const parsed = columnMappingSchema.safeParse(input);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(input)}`);
  return problemOf(parsed.error);
}

const inField = (field: string, problem: Message): Message => say('input.field', { field, problem });

describe('a column mapping', () => {
  it('takes one amount column, trimming the name and the columns', () => {
    expect(columnMappingSchema.parse({ ...base, name: '  Synthetic Credit Union ', amountColumn: ' Amount ', descriptionColumn: 'Details' })).toEqual({
      ...base,
      amountColumn: 'Amount',
      descriptionColumn: 'Details',
    });
  });

  it('takes a money-in and a money-out column, and the optional ones; the description and the counterparty may share a column', () => {
    const mapping = { ...base, inColumn: 'In', outColumn: 'Out', descriptionColumn: 'Details', counterpartyColumn: 'Details', transactionIdColumn: 'Reference' };
    expect(columnMappingSchema.parse(mapping)).toEqual(mapping);
  });

  it('refuses both an amount column and in and out columns', () => {
    expect(refusal({ ...base, amountColumn: 'Amount', inColumn: 'In', outColumn: 'Out' })).toEqual(inField('amountColumn', say('bankStatements.bothAmountKinds')));
    expect(refusal({ ...base, amountColumn: 'Amount', inColumn: 'In' })).toEqual(inField('inColumn', say('bankStatements.bothAmountKinds')));
  });

  it('refuses neither, and an in column without an out column', () => {
    expect(refusal(base)).toEqual(inField('amountColumn', say('bankStatements.amountColumns')));
    expect(refusal({ ...base, inColumn: 'In' })).toEqual(inField('outColumn', say('bankStatements.amountColumns')));
  });

  it('refuses a date format it does not list, and names the ones it does', () => {
    expect(dateFormats).toEqual(['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD']);
    expect(refusal({ ...base, dateFormat: 'D/M/YY', amountColumn: 'Amount' })).toEqual(inField('dateFormat', say('input.notOneOf', { count: 5, choices: list([...dateFormats]) })));
  });

  it('refuses a decimal separator other than a dot or a comma', () => {
    expect(refusal({ ...base, decimalSeparator: ';', amountColumn: 'Amount' })).toEqual(inField('decimalSeparator', say('input.notOneOf', { count: 2, choices: list(['.', ',']) })));
  });

  it('refuses a blank or too long name, and a blank column', () => {
    expect(refusal({ ...base, name: '   ', amountColumn: 'Amount' })).toEqual(inField('name', say('input.nameMapping')));
    expect(refusal({ ...base, name: 'x'.repeat(61), amountColumn: 'Amount' })).toEqual(inField('name', say('input.tooLong', { maximum: 60 })));
    expect(refusal({ ...base, amountColumn: '  ' })).toEqual(inField('amountColumn', say('bankStatements.columnName')));
  });

  it('refuses one column for two of the date and money columns, as headers are matched (any case, spaces run together)', () => {
    expect(refusal({ ...base, amountColumn: ' date ' })).toEqual(inField('amountColumn', say('bankStatements.sameColumn', { column: 'date' })));
    expect(refusal({ ...base, inColumn: 'Money  in', outColumn: 'MONEY IN' })).toEqual(inField('outColumn', say('bankStatements.sameColumn', { column: 'MONEY IN' })));
  });

  it('refuses a field it does not have', () => {
    expect(refusal({ ...base, amountColumn: 'Amount', balanceColumn: 'Balance' })).toEqual(say('input.unknownField', { field: 'balanceColumn' }));
  });
});
