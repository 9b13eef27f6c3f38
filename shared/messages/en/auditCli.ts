/** The CLI’s words for the auditor’s summary: making one, checking one, and verifying the ledger since one. */
export const auditCli = {
  'auditCli.option.journal': 'Also write the summary’s monthly totals as an hledger journal to FILE; it must not exist yet.',
  'auditCli.option.pdf': 'Also write the summary as a PDF to print to FILE, in the command’s language; it must not exist yet.',
  'auditCli.option.k': 'The fewest postings a figure may count and still be shown: smaller ones are hidden (default 11, at least 5).',
  'auditCli.option.sinceSummary': 'A summary this vault signed: the ledger must still extend the anchor it states.',
  'auditCli.flag.from': 'The first month of the period, YYYY-MM.',
  'auditCli.flag.to': 'The last month of the period, YYYY-MM: a month that has ended.',
  'auditCli.flag.output': 'The summary file to write; it must not exist yet.',

  'auditCli.summary.summary': 'Make and sign a summary of past months for an auditor, naming nobody.',
  'auditCli.summary.description': `Writes to -o FILE the figures of the whole months --from to --to (months that have ended):
per month and currency, money in, money out and adjustments, by category, fund and account, and
the balances at the start and end. No name, memo, recipient code or day appears in it, and a figure
that counts fewer than --k postings is hidden, as is any figure that would let a hidden one be
worked out. The file is signed with the group key: anyone can check it with
"mutual-ledger audit verify FILE", with no vault and no passphrase. With --journal, the monthly
totals also go to an hledger journal; with --pdf, the summary also goes to a PDF to print. No
file is ever overwritten: all are written, or none.
With --json: {fields}.`,
  'auditCli.summary.noOutput': 'Say where to write the summary: -o FILE.',
  'auditCli.summary.noPeriod': 'Say which whole months to summarise: --from YYYY-MM --to YYYY-MM.',
  'auditCli.summary.kNotANumber': '--k "{value}" is not a whole number: give the fewest postings a shown figure may count, such as 11.',
  'auditCli.summary.made': 'Summary of {from} to {to} written to {path}.',
  'auditCli.summary.journal': 'Its monthly totals, as an hledger journal: {path}',
  'auditCli.progress.months': 'Adding up the months and hiding small figures: {done, number} of {total, number} ({percent} %)',
  'auditCli.summary.pdf': 'To print, as a PDF: {path}',
  'auditCli.summary.fingerprint': `Signed with the group key. Give the auditor its fingerprint by another way than the file,
to compare with the one "audit verify" shows:

    {fingerprint}`,
  'auditCli.summary.hidden':
    '{hidden, plural, =0 {No figure is hidden.} one {# figure is hidden: it counts fewer than {smallestCell, number} postings, or would let one that does be worked out.} other {# figures are hidden: those counting fewer than {smallestCell, number} postings, and those that would let one be worked out.}}',
  'auditCli.summary.check': 'To check it (no vault or passphrase needed):  mutual-ledger audit verify {path}',

  'auditCli.verify.summary': 'Check a summary file’s signature and show its figures; needs no vault.',
  'auditCli.verify.description': `Reads FILE, a summary "audit summary" wrote, and checks that it is exactly as the group key
signed it: any change, even a space, fails and says what failed (exit 1). Then shows the key’s
fingerprint, to compare with the one the treasurer gave you, the period, and each month’s totals.
--vault and the passphrase are not needed.
With --json: {fields}.`,
  'auditCli.verify.fileExpected': 'the summary file',
  'auditCli.verify.verified': 'Verified: signed by the group key with fingerprint {fingerprint}. It must be the one the treasurer gave you.',
  'auditCli.verify.period': 'Period',
  'auditCli.verify.periodValue': '{from} to {to}',
  'auditCli.verify.madeIn': 'Made in',
  'auditCli.verify.smallestCell': 'Smallest figure shown',
  'auditCli.verify.postings': '{count, plural, one {# posting} other {# postings}}',
  'auditCli.verify.anchor': 'Ledger anchor',
  'auditCli.verify.fileSha256': 'File SHA-256',
  'auditCli.verify.noMonths': 'The vault had no payment account: there are no monthly figures.',
  'auditCli.heading.month': 'MONTH',
  'auditCli.heading.currency': 'CUR',
  'auditCli.heading.moneyIn': 'MONEY IN',
  'auditCli.heading.moneyOut': 'MONEY OUT',
  'auditCli.heading.adjusted': 'ADJUSTED',
  'auditCli.hidden': 'hidden',
} as const;
