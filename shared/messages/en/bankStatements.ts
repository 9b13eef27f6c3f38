/** The words of reading bank statements: OFX and QFX, and a bank's CSV through a saved column mapping. */
export const bankStatements = {
  'bankStatements.ofxUnreadable': 'The file reads as OFX, but its tags cannot be read at line {line}.',
  'bankStatements.ofxNoStatement': 'The OFX file holds no bank or credit card statement (an investment account’s statement is not read here).',
  'bankStatements.ofxSeveralStatements':
    'The OFX file holds the statements of {count, plural, one {# account} other {# accounts}}: download each account’s statement on its own, and import it into that account.',
  'bankStatements.ofxNoCurrency': 'The OFX statement does not give its currency (CURDEF) as a three-letter code.',
  'bankStatements.ofxNoAmount': 'The transaction states no amount (TRNAMT).',
  'bankStatements.ofxNoDate': 'The transaction states no date (DTPOSTED).',
  'bankStatements.ofxEmptyTransaction': 'A transaction (STMTTRN) holds nothing.',
  'bankStatements.noSuchDay': 'The date “{written}” is not a day the calendar has.',
  'bankStatements.noAmount': 'The row has no amount: its money-in and money-out cells are both empty.',
  'bankStatements.inAndOut': 'The row has money both in and out; one of the two cells must be empty or zero.',
  'bankStatements.amountColumns': 'Choose one amount column, or a money-in column and a money-out column.',
  'bankStatements.bothAmountKinds': 'Choose either one amount column or money-in and money-out columns, not both.',
  'bankStatements.columnName': 'Give the column’s name as the file’s header writes it.',
  'bankStatements.sameColumn': '“{column}” is chosen twice: the date, the amount, the money in and the money out each need a column of their own.',
} as const;
