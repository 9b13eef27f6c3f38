// A month's report for the group's meeting, on screen, on paper and in `mutual-ledger report`.
export const monthReport = {
  'monthReport.open': 'Month’s report…',
  'monthReport.title': 'Report for {month}',
  'monthReport.month': 'Month',
  'monthReport.monthHint': 'This month so far, or any month before it.',
  'monthReport.print': 'Print the report…',
  'monthReport.back': 'Back to the dashboard',
  'monthReport.addingUp': 'Adding up {month}…',
  'monthReport.nothing': 'Nothing was recorded in {month}, and no fund or account held money.',
  'monthReport.soFar': 'This month so far: up to {date}.',
  'monthReport.shredded': 'The retention schedule shredded this month’s entries. These figures come from the monthly totals it keeps.',
  'monthReport.printedOn': 'Printed on {date}.',
  'monthReport.inCurrency': 'In {currency}',
  'monthReport.entries': '{count, plural, =0 {No entries} one {# entry} other {# entries}} in {currency}.',
  'monthReport.categories': 'By category',
  'monthReport.funds': 'Funds',
  'monthReport.accounts': 'Payment accounts',
  'monthReport.rule': 'Opening, plus money in, less money out, plus adjustments and transfers, is closing.',
  'monthReport.noCategory': 'No category',
  'monthReport.total': 'Total',
  'monthReport.heading.category': 'Category',
  'monthReport.heading.entries': 'Entries',
  'monthReport.heading.moneyIn': 'Money in',
  'monthReport.heading.moneyOut': 'Money out',
  'monthReport.heading.fund': 'Fund',
  'monthReport.heading.account': 'Account',
  'monthReport.statusNote': 'A status beside an account is the one it had on the month’s last day.',
  'monthReport.heading.opening': 'Opening',
  'monthReport.heading.adjusted': 'Adjusted',
  'monthReport.heading.transfers': 'Transfers',
  'monthReport.heading.closing': 'Closing',
  'monthReport.cli.summary': 'A month’s report for the meeting: per category, fund and account.',
  'monthReport.cli.description': `Prints the report of one month (--month YYYY-MM, this month when left out):
per currency, the money in and out per category, then each fund and each
payment account with its opening balance, money in, money out, adjustments,
transfers (what moved in less what moved out) and closing balance. Opening,
plus money in, less money out, plus adjustments and transfers, is closing.

A month whose entries the retention schedule shredded reports the same
figures, from the monthly totals it keeps. A month that has not begun is
refused.

--json prints {fields} (ledger.monthReport).`,
  'monthReport.cli.flag.month': 'The month to report, YYYY-MM (default: this month).',
} as const;
