/** The command line's words for `import`, `rule` and `mapping`. */
export const importCli = {
  'importCli.option.linkedAccount': 'The group’s account behind the platform: the bank its transfers go to, or the card or bank that paid when its balance did not.',
  'importCli.option.format': 'The statement’s format: venmo, paypal, cashapp, ofx or csv (detected when left out).',
  'importCli.option.mapping': 'Read a bank’s CSV through the column mapping saved under NAME.',
  'importCli.option.bookAnyway': 'Book these flagged rows all the same, by line number (for example 6,14).',
  'importCli.option.contains': 'The words an imported row’s note or description contains, in any case.',
  'importCli.option.position': 'Where the rule goes in the order; 1 is tried first.',
  'importCli.option.dateColumn': 'The column that holds the date, as the header writes it.',
  'importCli.option.dateFormat': 'How the dates are written: YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY or YYYY/MM/DD.',
  'importCli.option.decimal': 'The mark before the cents: . (the default) or ,.',
  'importCli.option.amountColumn': 'The column of signed amounts (money out below zero).',
  'importCli.option.inColumn': 'The column of money in (with --out-column, instead of --amount-column).',
  'importCli.option.outColumn': 'The column of money out.',
  'importCli.option.descriptionColumn': 'The column of descriptions, read for the category rules and never kept.',
  'importCli.option.idColumn': 'The column of the bank’s transaction ids, so a row already imported is known for sure.',
  'importCli.option.counterpartyColumn': 'The column naming who paid or was paid, turned into a recipient code.',
  'importCli.flag.account': 'The account the statement is of, by name or number.',
  'importCli.flag.dryRun': 'Show what importing would do, and write nothing.',
  'importCli.flag.ruleDirection': 'Only money in, or only money out (either when left out).',
  'importCli.tooBig': '{file} is larger than {mebibytes} MiB: split the statement into shorter periods.',

  'importCli.import.summary': 'Book a statement from Venmo, PayPal, Cash App or a bank, after a preview.',
  'importCli.import.fileExpected': 'the statement file, or - for stdin',
  'importCli.import.description': `Reads FILE ({formats}; the format is detected unless --format says it) and books
its rows into --account, in one transaction: all of them or none. Nobody's name
is kept: each person becomes a recipient code, the same in every import, and
names, handles, emails and phone numbers are taken out of notes. Rows already
in the ledger are skipped, so importing a file twice books it once. Pending,
failed and cancelled rows are not booked. A row that looks like one typed in by
hand, or like the other side of a transfer, is flagged and not booked unless
--book-anyway names its line. A row that cannot be read refuses the whole import.

--json prints {fields}.`,
  'importCli.read': 'Read as a {format} statement of {account}.',
  'importCli.readLinked': 'Read as a {format} statement of {account}, with {linked} behind it.',
  'importCli.outcome.book': 'To book',
  'importCli.outcome.duplicate': 'Already in the ledger',
  'importCli.outcome.possibleDuplicate': 'Maybe typed in by hand',
  'importCli.outcome.matchedTransfer': 'Other side of a transfer',
  'importCli.outcome.possibleTransfer': 'Maybe a transfer’s other side',
  'importCli.outcome.notBooked': 'Not money that moved',
  'importCli.outcome.problem': 'Problem',
  'importCli.entries': 'Entries to write',
  'importCli.moneyIn': 'Money in',
  'importCli.moneyOut': 'Money out',
  'importCli.notStated': 'not stated',
  'importCli.balances':
    'The file’s own balances: {opening} at the start, {closing} at the end; {agree, select, true {its rows make the one from the other.} other {its rows do NOT make the one from the other: check the file is whole.}}',
  'importCli.balancesNotStated': 'The file states no opening balance to check its rows against (closing balance: {closing}).',
  'importCli.dropped':
    'Not kept: {counterparties, plural, one {# name turned into a recipient code} other {# names turned into recipient codes}}; {notesCleaned, plural, one {# note had a name or contact taken out} other {# notes had a name or contact taken out}}; {descriptions, plural, one {# description read for the rules} other {# descriptions read for the rules}}, then dropped.',
  'importCli.afterFreeze': '(Dated after the account was frozen: history the platform reports.)',
  'importCli.moreRows': '…and {count, plural, one {# more row} other {# more rows}}: --json lists them all.',
  'importCli.bookAnywayHint': 'To book the flagged rows all the same: --book-anyway {lines}',
  'importCli.linkedHint': 'Some rows went through the bank or card behind the platform: name it with --linked-account ACCOUNT.',
  'importCli.dryRun': 'Nothing was written (--dry-run). Run it again without --dry-run to import.',
  'importCli.nothingBooked': 'Nothing new to book: the ledger already holds this statement.',
  'importCli.imported': 'Imported: entries #{first} to #{last}.',
  'importCli.heading.line': 'Line',
  'importCli.heading.date': 'Date',
  'importCli.heading.amount': 'Amount',
  'importCli.heading.outcome': 'What happens',
  'importCli.heading.why': 'Why',
  'importCli.heading.position': 'Order',
  'importCli.heading.id': 'Rule',
  'importCli.heading.contains': 'Contains',
  'importCli.heading.direction': 'Money',
  'importCli.heading.category': 'Category',
  'importCli.heading.name': 'Name',
  'importCli.heading.decimal': 'Cents after',
  'importCli.heading.description': 'Description',
  'importCli.heading.transactionId': 'Transaction id',
  'importCli.heading.counterparty': 'Who',
  'importCli.direction': '{direction, select, in {in} out {out} other {in or out}}',

  'importCli.ruleAdd.summary': 'Add a category rule for imported rows.',
  'importCli.ruleAdd.description': `An imported row whose note or description contains --contains (in any case) gets
--category, for money in, out (--direction) or either. Rules are tried in order,
the first that matches winning; --position puts this one there.

--json prints {fields}.`,
  'importCli.ruleList.summary': 'The category rules, in the order they are tried.',
  'importCli.ruleList.description': '--json prints {fields}.',
  'importCli.ruleRemove.summary': 'Remove a category rule.',
  'importCli.ruleRemove.description': 'The rules after it move up one. --json prints {fields}.',
  'importCli.ruleMove.summary': 'Move a category rule to another place in the order.',
  'importCli.ruleMove.description': 'Puts rule ID at --position; the others keep their order. --json prints {fields}.',
  'importCli.rule.idExpected': 'the rule’s number, as rule list shows it',
  'importCli.rule.added': 'Added rule #{id}.',
  'importCli.rule.removed': 'Removed rule #{id} (“{contains}”).',
  'importCli.rule.none': 'No category rules yet: rule add makes one.',

  'importCli.mappingAdd.summary': 'Save how one bank’s CSV statement is read.',
  'importCli.mappingAdd.description': `Names the columns of a bank's CSV by their header: the date (--date-column, and
--date-format, one of {dateFormats}), the amount (--amount-column, or
--in-column and --out-column), and if the file has them the description, the
transaction id and who paid or was paid. Then: import FILE --mapping NAME.

--json prints {fields}.`,
  'importCli.mappingList.summary': 'The column mappings saved for banks’ CSV statements.',
  'importCli.mappingList.description': '--json prints {fields}.',
  'importCli.mappingRemove.summary': 'Remove a saved column mapping.',
  'importCli.mappingRemove.description': '--json prints {fields}.',
  'importCli.mapping.nameExpected': 'the mapping’s name, such as the bank’s',
  'importCli.mapping.added': 'Saved the column mapping {name}.',
  'importCli.mapping.removed': 'Removed the column mapping {name}.',
  'importCli.mapping.none': 'No column mappings yet: mapping add saves one.',
  'importCli.mapping.inAndOut': 'in: {in}, out: {out}',
  'importCli.progress.rows': 'Importing: {done, number} of {total, number} rows checked ({percent} %)',
  'importCli.progress.writing': 'Importing: {done, number} of {total, number} entries written ({percent} %)',
} as const;
