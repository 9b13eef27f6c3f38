// Messages of the cli namespace; keys start with "cli.". See docs/messages.md.
export const cli = {
  'cli.waitBeforeNextTry': 'Wait {seconds, plural, one {# second} other {# seconds}} before the next try.',
  'cli.unknownLanguage': 'There are no messages in "{language}". Choose one of: {languages}.',
  'cli.unexpectedError': 'Unexpected error: {detail}',
  'cli.option.vault': 'The vault folder.',
  'cli.option.passphraseFile': 'The passphrase: the first line of FILE.',
  'cli.option.recoveryCodeFile': 'Unlock with the recovery code in FILE instead.',
  'cli.option.totp': 'The authenticator’s code, or a backup code.',
  'cli.option.newPassphraseFile': 'The new passphrase: the first line of FILE.',
  'cli.option.rekey': 'Also change the vault’s key, so old copies of the vault folder stop opening.',
  'cli.option.copyTo': 'Where to save the copy (a new file outside the vault folder).',
  'cli.option.minutes': 'Lock after N minutes without use (1 to 1440).',
  'cli.option.name': 'Its display name.',
  'cli.option.nameFile': 'The name, read from FILE (- for stdin), kept out of history.',
  'cli.option.kind': 'Its kind.',
  'cli.option.currency': 'Its ISO 4217 currency, such as USD.',
  'cli.option.handle': 'A minimal handle: the last four digits at most.',
  'cli.option.holder': 'organisation (default), or member: a personal one.',
  'cli.option.mfa': 'Multi-factor sign-in is on for it.',
  'cli.option.personalPhone': 'It is tied to a member’s personal phone.',
  'cli.option.personalName': 'It is in a member’s personal name.',
  'cli.option.personalCard': 'It is tied to a member’s personal card.',
  'cli.option.account': 'A payment account, by name (any case) or number.',
  'cli.option.set': 'The new status: active, limited, frozen or closed.',
  'cli.option.reason': 'Why, in a few words.',
  'cli.option.reasonFile': 'The reason, read from FILE (- for stdin), kept out of history.',
  'cli.option.date': 'The date (default today).',
  'cli.option.statementBalance': 'The statement’s balance as written: 1,234.56.',
  'cli.option.dryRun': 'Show the result without recording anything.',
  'cli.option.cleared': 'The entries the statement shows, by number: 12,13,15.',
  'cli.option.recordDifference': 'Record the difference left as a fee or an adjustment.',
  'cli.option.restricted': 'Only for its purpose; never spent below zero.',
  'cli.option.restore': 'Bring an archived one back into use.',
  'cli.option.purpose': 'What the money is for (optional).',
  'cli.option.purposeFile': 'The purpose, read from FILE (- for stdin), kept out of history.',
  'cli.option.amount': 'As written, such as 1,200.50 (no minus sign).',
  'cli.option.toAccount': 'Transfers: the account the money goes to.',
  'cli.option.fund': 'The fund, by name or number (default: general).',
  'cli.option.toFund': 'Transfers: the fund it moves to (default: same).',
  'cli.option.category': 'bail, rent, food… (see "category list").',
  'cli.option.recipient': 'A pseudonymous code such as R-7KQ2MX; never a name.',
  'cli.option.memo': 'A short note (optional).',
  'cli.option.memoFile': 'The memo, read from FILE (- for stdin), kept out of history.',
  'cli.option.direction': 'Adjustments: in (adds to the account) or out.',
  'cli.option.receipt': 'PNG, JPEG, WebP or PDF up to 5 MiB, kept encrypted.',
  'cli.option.from': 'Entries dated on or after this day.',
  'cli.option.to': 'Entries dated on or before this day.',
  'cli.option.memoContains': 'Entries whose memo contains TEXT (any case).',
  'cli.option.memoContainsFile': 'The text to look for, read from FILE (- for stdin).',
  'cli.option.limit': 'Show at most N entries (default 50; up to 1000).',
  'cli.option.offset': 'Skip the N newest matches first (default 0).',
  'cli.option.expectHead': 'The anchor written down earlier, as status prints it (or a chain head SEQ:HASH).',
  'cli.option.expectFactsHead': 'A facts head written down earlier.',
  'cli.option.quick': 'Only the check every unlock runs: the newest 1,000 entries and the facts chain.',
  'cli.option.json': 'Print the result as JSON.',
  'cli.option.lang': 'The language of messages (default: from LC_ALL, LC_MESSAGES or LANG).',
  'cli.option.help': 'Show this help.',
  'cli.help.secret.passphrase': 'passphrase',
  'cli.help.secret.recoveryCode': 'recovery code',
  'cli.help.secret.totpCode': 'TOTP code',
  'cli.help.secret.newPassphrase': 'new passphrase',
  'cli.help.orVariable': 'or ${variable}',
  'cli.help.secretsHeading': 'Secrets, for scripts (a file’s first line is the secret):',
  'cli.help.prompted': 'On a terminal, a missing secret is asked for without echo.',
  'cli.help.promptedTwice': 'On a terminal, a missing secret is asked for without echo (a new passphrase\ntwice).',
  'cli.help.noTerminal': 'Without a terminal, a missing secret is a usage error.',
  'cli.help.totpTyped': '--totp CODE may be typed: a code is accepted once, so a used one is worthless.',
  'cli.help.title': 'mutual-ledger: the group’s encrypted vault from a terminal.',
  'cli.help.usage': 'Usage: mutual-ledger COMMAND --vault DIR [flags]',
  'cli.help.commands': 'Commands:',
  'cli.help.jsonAndVersion':
    'Add --json to print the result as JSON. For a command’s flags, run\n"mutual-ledger COMMAND --help". Also: mutual-ledger --version\nMessages are in English or Spanish: --lang en|es, or LC_ALL, LC_MESSAGES or LANG.',
  'cli.help.closing': `Every command locks the vault again before it exits, also when it fails.
TOTP is a gate on the app, not encryption: the passphrase protects the data.

Anything typed as a flag stays in your shell’s history and, while the command
runs, any user of this computer can read it with "ps". Give memos, reasons,
names and purposes from a file instead: --memo-file FILE, --reason-file FILE,
--name-file FILE, --purpose-file FILE ("-" reads stdin). --totp CODE is fine
on the command line: a code is accepted once, so a used one is worthless.
Run this command with node (node bin/mutual-ledger.js, or "mutual-ledger"
after npm link), not through npx or npm run, whose logs keep the arguments.

Exit status: 0 done, 1 failed, 2 wrong command line (unknown command or flag,
missing --vault, missing secret, a flag value that cannot be read such as an
amount "12.345" in USD or a date not written YYYY-MM-DD). An error is one line
on stderr; with --json that line is {errorLine}.`,
  'cli.help.groupUsage': 'Usage: mutual-ledger {group} COMMAND --vault DIR [flags]',
  'cli.help.commandUsage': 'Usage: mutual-ledger {command} --vault DIR [flags]',
  'cli.help.flags': 'Flags:',
  'cli.help.freeText': `Anything typed as a flag stays in your shell’s history and shows in "ps"
while the command runs. For anything sensitive, use instead:
{flags} ("-" reads stdin).`,
  'cli.usage.unknownOption': 'Unknown option {option}. See: mutual-ledger --help',
  'cli.usage.givenTwice': '{option} is given more than once.',
  'cli.usage.takesNoValue': '{option} takes no value.',
  'cli.usage.needsValue': '{option} needs a value.',
  'cli.usage.noCommand': 'No command given. See: mutual-ledger --help',
  'cli.usage.unknownCommand': 'Unknown command "{command}". See: mutual-ledger --help',
  'cli.usage.groupNeedsCommand': '"{group}" needs one of: {commands}.',
  'cli.usage.unknownGroupCommand': 'Unknown command "{command}". See: mutual-ledger {group} --help',
  'cli.usage.unexpectedArgument': 'Unexpected argument "{argument}". See: mutual-ledger {command} --help',
  'cli.usage.flagNotTaken': '"{command}" does not take {flag}. See: mutual-ledger {command} --help',
  'cli.usage.needsOperand': '"{command}" needs {operand}: {expected}. See: mutual-ledger {command} --help',
  'cli.usage.needsVault': '"{command}" needs --vault DIR. See: mutual-ledger {command} --help',
  'cli.usage.vaultIsFile': '--vault {vault}: that is a file, not a folder. --vault takes the vault’s folder (the one holding key-slots.json).',
  'cli.flag.required': '"{command}" needs {flag}. See: mutual-ledger {command} --help',
  'cli.flag.notAChoice': '{flag} "{value}" is not one of: {choices}.',
  'cli.flag.dayDoesNotExist': '{flag} "{value}": that day does not exist on the calendar.',
  'cli.flag.dateShape': '{flag} "{value}": write the date as YYYY-MM-DD, such as {today}.',
  'cli.flag.refused': '{flag}: {problem}',
  'cli.flag.badAmount': '{flag} {value}: {reason}',
  'cli.flag.notACount': '{flag} "{value}" must be a whole number from {min} to {max}.',
  'cli.flag.notAnEntryNumber': '{what} "{value}" is not an entry number; entries are numbered 1, 2, 3… as "mutual-ledger list" shows.',
  'cli.flag.onlyWith': '"{command}": {flags} {count, plural, one {only goes} other {only go}} with {needed}.',
  'cli.freeText.oneStdin': 'Only one flag can read stdin; {flags} both say "-".',
  'cli.freeText.notBoth': 'Give {text} or {file}, not both.',
  'cli.freeText.cannotRead': '{flag}: cannot read {file}: {problem}.',
  'cli.freeText.notUtf8': '{flag}: the text is not UTF-8.',
  'cli.freeText.tooBig': '{flag}: more than {kibibytes} KiB; a memo, reason or name is a few words.',
  'cli.secret.passphraseOrRecoveryFile': 'Give --passphrase-file or --recovery-code-file, not both.',
  'cli.secret.passphraseOrNewPassphraseFile': 'Give --passphrase-file or --new-passphrase-file, not both.',
  'cli.secret.bothVariables': 'Both {passphrase} and {recoveryCode} are set. Unset one.',
  'cli.secret.passphrasePrompt': 'Passphrase:',
  'cli.secret.noPassphrase': 'No passphrase: use --passphrase-file FILE or set {variable}.',
  'cli.secret.totpPrompt': 'TOTP code (or a backup code):',
  'cli.secret.noTotp': 'This vault asks for a TOTP code: use --totp CODE or set {variable}.',
  'cli.secret.noNewPassphrase': 'No new passphrase: use --new-passphrase-file FILE or set {variable}.',
  'cli.secret.newPassphrasePrompt': 'New passphrase for {whose}:',
  'cli.secret.whose.newVault': 'the new vault',
  'cli.secret.whose.treasurer': 'the treasurer',
  'cli.secret.whose.coTreasurer': 'the co-treasurer',
  'cli.secret.typeAgain': 'Type it again:',
  'cli.secret.entriesDiffer': 'The two entries differ. Try again.',
  'cli.secret.easyToGuess': 'It would be easy to guess.',
  'cli.secret.tooWeak': 'Too weak: {reasons}',
  'cli.secret.strength': 'Strength {score}/4: {crackTime} to guess offline.',
  'cli.file.cannotRead': 'Cannot read {file}: {problem}.',
  'cli.file.firstLineEmpty': 'The first line of {file} is empty.',
  'cli.file.noSuchFile': 'no such file',
  'cli.file.permissionDenied': 'permission denied',
  'cli.file.isFolder': 'it is a folder',
  'cli.file.otherProblem': '{detail}',
  'cli.names.noSuchAccount': '{flag} "{named}": there is no payment account by that name or number. {known}',
  'cli.names.noSuchFund': '{flag} "{named}": there is no fund by that name or number. {known}',
  'cli.names.noAccounts': 'There are no payment accounts yet: add one with "mutual-ledger account add".',
  'cli.names.noFunds': 'There are no funds.',
  'cli.names.known': 'Known: {names}.',
  'cli.names.nameAndNumber': '{name} (#{id})',
  'cli.receipt.notAReceipt': '--receipt {file}: a receipt must be a .png, .jpg, .webp or .pdf file.',
  'cli.receipt.tooBig': '{file} is {mebibytes, number, ::.0} MiB; a receipt can be at most {largest} MiB.',
  'cli.session.interrupted': 'Interrupted. The vault is locked.',
  'cli.session.noVault': 'There is no vault in {folder}. Create one with: mutual-ledger init --vault {folder}',
  'cli.session.backoff': 'Wait {seconds, plural, one {# second} other {# seconds}} before trying again: each wrong attempt doubles the wait, to slow down guessing.',
  'cli.cancelled': 'Cancelled.',
  'cli.head.entries': 'Entries',
  'cli.head.anchor': 'Anchor',
  'cli.head.chainHead': 'Chain head',
  'cli.head.factsHead': 'Facts head',
  'cli.head.noneYet': 'none yet',
  'cli.head.notAChainHead': '{flag} "{value}": write the head as SEQ:HASH, as "mutual-ledger status" prints it (the entry number, a colon, the 64-digit chain hash).',
  'cli.head.notAnAnchor': '{flag} "{value}": write the anchor as E:F:HASH (or a chain head as SEQ:HASH), as "mutual-ledger status" prints it.',
  'cli.vault.slot.treasurer': 'treasurer passphrase',
  'cli.vault.slot.coTreasurer': 'co-treasurer passphrase',
  'cli.vault.slot.recovery': 'recovery code',
  'cli.vault.slotUpdated': 'updated {when}',
  'cli.vault.label.vault': 'Vault',
  'cli.vault.label.created': 'Created',
  'cli.vault.label.format': 'Format',
  'cli.vault.label.keySlots': 'Key slots',
  'cli.vault.label.groupKey': 'Group key',
  'cli.vault.label.totp': 'TOTP',
  'cli.vault.label.autoLock': 'Auto-lock',
  'cli.vault.label.unlockedWith': 'Unlocked with',
  'cli.vault.formatVersion': 'version {version}',
  'cli.vault.totpOn': 'on, {count, plural, one {# backup code} other {# backup codes}} left',
  'cli.vault.totpOff': 'off',
  'cli.vault.autoLockAfter': 'after {duration} idle',
  'cli.vault.hours': '{count, plural, one {# hour} other {# hours}}',
  'cli.vault.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'cli.vault.seconds': '{count, plural, one {# second} other {# seconds}}',
  'cli.vault.unlockedWith.treasurer': 'the treasurer passphrase',
  'cli.vault.unlockedWith.coTreasurer': 'the co-treasurer passphrase',
  'cli.vault.unlockedWith.recovery': 'the recovery code',
  'cli.keyChange.rekeyed':
    'The vault’s key is changed: the ledger is re-encrypted under a new key. No copy of key-slots.json or of the vault folder taken before now opens today’s ledger, and earlier key-slot backups no longer work: save a new one with `mutual-ledger key-slots backup`.',
  'cli.keyChange.newRecoveryCode':
    'The old recovery code could not be carried over to the new key (it was made by an earlier version), so it no longer opens the vault. Write down the NEW recovery code now, on paper; it is shown only once:',
  'cli.keyChange.oldCopies':
    'The old passphrase no longer opens this vault; a copy of the vault folder (or of key-slots.json) taken before today still opens with it. To make such copies useless, change the vault’s key: mutual-ledger rekey --vault {folder}',
  'cli.fileMode.madePrivate': 'Warning: {path} was {mode}, open to other users of this computer; it is now {expected}.',
  'cli.fileMode.stillOpen': 'Warning: {path} is {mode}, open to other users of this computer. Make it private: chmod {chmod} "{path}"',
  'cli.entry.date': 'Date',
  'cli.entry.kind': 'Kind',
  'cli.entry.kindCorrecting': '{kind}, correcting #{seq}',
  'cli.entry.amount': 'Amount',
  'cli.entry.amountMoved': '{amount} moved',
  'cli.entry.amountIn': '{amount} in',
  'cli.entry.amountOut': '{amount} out',
  'cli.entry.account': 'Account',
  'cli.entry.fund': 'Fund',
  'cli.entry.category': 'Category',
  'cli.entry.recipient': 'Recipient',
  'cli.entry.recipientGenerated': '{code} (generated, since no --recipient was given)',
  'cli.entry.memo': 'Memo',
  'cli.entry.receipt': 'Receipt',
  'cli.entry.shredded': 'Shredded',
  'cli.entry.shreddedField': '{field, select, memo {memo} recipientCode {recipient code} receipt {receipt} other {platform transaction id}}',
  'cli.entry.shreddedFields': '{fields}, by the retention schedule',
  'cli.entry.receiptKept': 'kept encrypted in the vault',
  'cli.entry.reversedBy': 'Reversed by',
  'cli.entries.heading.date': 'DATE',
  'cli.entries.heading.kind': 'KIND',
  'cli.entries.heading.amount': 'AMOUNT',
  'cli.entries.heading.account': 'ACCOUNT',
  'cli.entries.heading.fund': 'FUND',
  'cli.entries.heading.category': 'CATEGORY',
  'cli.entries.heading.recipient': 'RECIPIENT',
  'cli.entries.heading.memo': 'MEMO',
  'cli.entries.noTotals': 'Totals: nothing in, nothing out.',
  'cli.entries.totals': 'Totals {currency}: in {moneyIn}, out {moneyOut}, net {net}',
  'cli.entries.totalsAdjusted': 'Totals {currency}: in {moneyIn}, out {moneyOut}, adjusted {adjusted}, net {net}',
  'cli.entries.corrects': 'corrects #{seq}',
  'cli.entries.reversedBy': 'reversed by #{seq}',
  'cli.entries.receipt': 'receipt',
  'cli.progress.entries': 'Verifying: {done, number} of {total, number} entries re-hashed ({percent} %)',
  'cli.progress.waitingForChecks': 'Verifying: waiting for SQLite’s integrity check and the monthly totals…',
  'cli.progress.ctrlCStops': 'Ctrl-C stops.',
  'cli.accountAdd.summary': 'Register a payment account the group uses.',
  'cli.accountAdd.description': `Every platform the group’s money sits on gets an account: its kind, its
currency and, if useful, a minimal handle such as the last four digits. Say who
holds it and how it is secured; an account tied to a member’s personal phone,
name or card, or held by a member, is flagged, as the mutual-aid security
guides advise. A new account is active.

Kinds: {kinds}.

--json prints the account (accounts.add); amounts are whole minor units (cents).`,
  'cli.accountAdd.flag.name': 'Its display name, such as "Credit union".',
  'cli.accountAdd.flag.kind': 'What it is: venmo, bank, cash-box… (see above).',
  'cli.accountList.summary': 'Every payment account: balance, status, flags; then the warnings.',
  'cli.accountList.description': `One row per account: its number and name, kind, currency, balance, status
(since when; for a frozen account, the days frozen and the balance held at the
freeze), flags (tied to a member, MFA off) and the last reconciliation with its
difference. At the foot, the money on hand: every balance added up, one line per
currency, with how much of it is in frozen accounts. Then the warnings: money
stuck in frozen accounts, and too much of the group’s money on one account
(above the threshold the group set).

--json prints the accounts overview (accounts.list): {fields};
amounts are whole minor units (cents).`,
  'cli.accountReconcile.summary': 'Tick the entries a statement shows, see the difference, record it.',
  'cli.accountReconcile.description': `Give the balance the platform’s statement shows on --date (default today), as
written on it: 1,234.56. Lists the entries on the account up to that date that
no earlier reconciliation cleared, and adds the ones the statement shows to the
balance the last reconciliation cleared: the difference is the statement minus
that cleared balance (positive means the platform shows more).

--cleared 12,13,15 names the entries the statement shows; without it, every
entry listed is cleared. An entry not cleared waits for the next reconciliation.
--record-difference fee|adjustment records the difference left, in the same step,
as a fee (the statement shows less: the platform charged) or an adjustment on the
account dated --date, cleared with the rest; the reconciliation then matches.
Without it, the difference is recorded as it is. With --dry-run nothing is
recorded: use it to see the entries to clear. An overdrawn balance is written
with "=": --statement-balance=-12.50.

--json prints the reconciliation (accounts.reconcile) with "recorded":
{fields}; amounts are whole minor units (cents).`,
  'cli.accountReconcile.flag.date': 'The statement’s date, YYYY-MM-DD (default today).',
  'cli.accountStatus.summary': 'Record a freeze, limit, closure or reopening; or show the history.',
  'cli.accountStatus.description': `With --set, records that the account became active, limited, frozen or closed
on --date (default today), with the reason and the balance it held that day.
A frozen or closed account then refuses disbursements and transfers out, and the
refusal names the accounts that could pay instead. Changes are recorded in the
order they happened: a date before the last change is refused.

Without --set, prints the account’s status history, oldest first.

--json prints the account after the change (accounts.setStatus), or the history
(accounts.history): {historyFields};
amounts are whole minor units (cents).`,
  'cli.accountStatus.flag.reason': 'With --set: why, such as "platform review".',
  'cli.accountStatus.flag.date': 'With --set: the day it happened (default today).',
  'cli.autoLock.summary': 'Set how long the app may sit idle before it locks itself.',
  'cli.autoLock.description': `Unlock as usual, then set the auto-lock to --minutes N (1 to 1440). A longer
time than now is confirmed with the passphrase (or recovery code) you unlocked
with, and a wrong one counts towards the unlock backoff.

--json prints the vault details after the change.`,
  'cli.balance.summary': 'Balances per account, per fund and per currency.',
  'cli.balance.description': `Every balance is added up from the entries, through monthly totals the ledger
keeps beside them in the same transaction as each entry (verify recomputes them).
A fund that holds money in two currencies shows one line for each; a fund that
holds nothing yet shows "nothing yet" (in --json, "currency": null, "balance": 0).
The last table is the money on hand, per currency: the same figures as the
dashboard and the foot of account list and fund list ("currencies" in --json).

--json prints the balances (ledger.balances): {fields};
amounts are whole minor units (cents).`,
  'cli.categoryAdd.summary': 'Add a category of the group’s own.',
  'cli.categoryAdd.description': `Besides the built-in bail, rent, food, medical, transport, utilities and other.
Names are kept in lower case: letters, numbers, spaces and dashes.

--json prints {fields} (categories.add).`,
  'cli.categoryAdd.flag.name': 'The category, such as "legal fees".',
  'cli.categoryList.summary': 'The categories entries can have.',
  'cli.categoryList.description': `The built-in ones first, then the group’s own, each by the name it is shown
by now; a renamed one says what it was called before (category rename).

--json prints {fields} (categories.list).`,
  'cli.categoryRename.summary': 'Show a category of the group’s own by a new name; its entries keep it.',
  'cli.categoryRename.description': `NAME is the category's current name, or the one it was added with. Each entry
carries its category's first name inside its hash, so a rename changes no entry:
the category is shown by the new name everywhere (list, CSV, summaries, rules)
and is still found by its first name, which no other category may take. Renaming
it back to its first name shows it as it was added. The built-in categories
cannot be renamed: their names come with the app, in each language.

--json prints {fields} (categories.rename);
formerNames are the names it had before, oldest first.`,
  'cli.categoryRename.nameExpected': 'the category to rename, as "mutual-ledger category list" shows it',
  'cli.categoryRename.flag.to': 'The new name: letters, numbers, spaces and dashes.',
  'cli.earliestDate.summary': 'Show or set the earliest date entries may have.',
  'cli.earliestDate.description': `The ledger refuses entries, status changes and statements dated before this
day (2000-01-01 unless the group set another), so a year typed wrong (0026,
1926) is caught instead of booked. Before bringing in older records, set an
earlier day with --set. It cannot be moved past anything the ledger already
holds, nor into the future (exit 1, nothing changed). The setting is kept as a
chained fact, so verify notices if it is changed behind the app’s back.

--json prints {fields} (ledger.earliestDate, or ledger.setEarliestDate with --set).`,
  'cli.earliestDate.flag.set': 'The new earliest date, YYYY-MM-DD.',
  'cli.entryList.summary': 'List entries, newest first, with the filters of the ledger screen.',
  'cli.entryList.description': `Filters combine (all must match): a date range (--from, --to, both
inclusive), an account (entries in or out of it, transfers on either side), a
fund (likewise: a transfer between two funds is in the view of either), a
category, a kind ({kinds}),
a recipient code, and text in the memo.

With one account or one fund, narrowed by dates at most, a BALANCE column
shows its balance just after each entry (in the entry’s currency): all of its
entries up to that one, whatever the dates shown. With any other filter there
is no running balance.

Prints a page of the matching entries, newest first; then the totals of all
that match (not only the page) per currency, and "Showing X of TOTAL". Money
in is contributions and money out is disbursements and fees; a reversal takes
away from the side of what it reverses. Adjustments are neither, shown apart.
A transfer counts in the totals only when the view is filtered to one of its
accounts or funds.

CLEARED says "yes" of an entry a reconciliation ticked: with --account, on that
account’s statement; otherwise on the statement of every account it moves (a
transfer between two accounts once both showed it).

--csv FILE writes every matching entry (not a page) to a new CSV file, never
over a file already there. The file is not encrypted unless --encrypt-to
RECIPIENT encrypts it with age (age -d -i KEY-FILE opens it), or --passphrase
locks it to six words made now and shown once (age -d asks for them; with
--json they are its "passphrase").

--json prints {fields} (ledger.list’s
entries, each with "balanceAfter" or null and "cleared", ledger.summarise’s
total and totals); with --csv, {csvFields};
amounts are whole minor units (cents) of each entry’s "currency".`,
  'cli.entryList.flag.account': 'Only entries in or out of this account.',
  'cli.entryList.flag.fund': 'Only entries in or out of this fund (name or number).',
  'cli.entries.heading.balance': 'BALANCE',
  'cli.entries.heading.cleared': 'CLEARED',
  'cli.entryList.flag.category': 'Only entries of this category.',
  'cli.entryList.flag.kind': 'Only entries of this kind (see above).',
  'cli.entryList.flag.recipient': 'Only entries with this recipient code.',
  'cli.fundAdd.summary': 'Create a fund: money set aside for a purpose.',
  'cli.fundAdd.description': `Every entry belongs to one fund; without --fund it is the general fund. A
restricted fund (a bail fund, a donor’s earmark) may only be spent on its
purpose and never below zero: a disbursement that would take it below zero is
refused with the amount it holds. Money moves between funds with
"mutual-ledger record transfer --fund A --to-fund B".

--json prints the fund (funds.add):
{fields}.`,
  'cli.fundAdd.flag.name': 'Its name, such as "Bail fund".',
  'cli.fundList.summary': 'Every fund, restricted or not, with its balance per currency.',
  'cli.fundList.description': `The general fund comes first. At the foot, what the funds hold together, one line
per currency: the money on hand, by purpose. --json prints the funds (funds.list),
each with its balances, "archived" and "formerNames":
{fields};
amounts are whole minor units (cents).`,
  'cli.init.summary': 'Create a vault; show its recovery code, once.',
  'cli.init.description': `The folder may not exist yet; if it does, it must be empty. The passphrase
comes from --passphrase-file or $MUTUAL_LEDGER_PASSPHRASE (the same sources every
later command unlocks with), or --new-passphrase-file or
$MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on a terminal. A weak passphrase is refused with the reason.

The recovery code opens the vault if the passphrase is lost. It is shown this
once: write it on paper and keep it apart from the laptop.

--json prints {fields}.`,
  'cli.keySlotsBackup.summary': 'Save a copy of key-slots.json, for when the vault’s copy is damaged.',
  'cli.keySlotsBackup.description': `Unlock as usual, then copy key-slots.json to --copy-to FILE (a new file, outside
the vault folder; nothing is overwritten). Without key-slots.json nobody can open
the ledger, not even with the right passphrase: keep the copy apart from the
laptop, for example on a USB stick stored elsewhere.

The copy is sensitive: with it, the passphrase (or the recovery code) it was
made with opens the ledger as it was when the vault’s key last changed. Someone
who later learns an old passphrase and has an old copy of the vault folder can
read that old ledger. After a key change (rekey, co-treasurer removed or
replaced) earlier copies stop opening the ledger: save a new one.

--json prints {fields}.`,
  'cli.passphraseChange.summary': 'Change the passphrase you unlock with.',
  'cli.passphraseChange.description': `Unlock with the current passphrase; the key slot it opens (treasurer or
co-treasurer) gets the new one, with a fresh key pair. Unlocking with the
recovery code instead sets a new treasurer passphrase, for when the old one is
lost. The new passphrase comes from --new-passphrase-file or
$MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on a terminal; a weak one
is refused with the reason.

The ledger’s key does not change: the old passphrase no longer opens this vault,
but a copy of the vault folder taken before today still opens with it. Add
--rekey to change the vault’s key as well (see \`mutual-ledger rekey --help\`).

--json prints {fields}, and with --rekey also "rekey".`,
  'cli.passphraseRemoveCoTreasurer.summary': 'Remove the co-treasurer passphrase and change the vault’s key.',
  'cli.passphraseRemoveCoTreasurer.description': `Unlock as usual; the passphrase (or recovery code) you unlocked with also
confirms the removal. The co-treasurer key slot is removed and the ledger is
re-encrypted under a new key, so the co-treasurer’s passphrase opens nothing,
not even with an old copy of key-slots.json.

--json prints {fields}.`,
  'cli.passphraseSetCoTreasurer.summary': 'Add or replace the co-treasurer passphrase (re-keys when replacing).',
  'cli.passphraseSetCoTreasurer.description': `Unlock as usual; the passphrase (or recovery code) you unlocked with also
confirms the change, and a wrong one counts towards the unlock backoff. The
co-treasurer’s passphrase then comes from --new-passphrase-file or
$MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on a terminal (let them
type it). A weak one is refused with the reason.

Replacing an existing co-treasurer passphrase also changes the vault’s key: the
ledger is re-encrypted, so the old co-treasurer passphrase opens nothing, not
even with an old copy of key-slots.json.

--json prints {fields}.`,
  'cli.record.summary': 'Record a contribution, disbursement, transfer, fee or adjustment.',
  'cli.record.description': `KIND is one of:
  contribution   money in to --account
  disbursement   money out of --account (to a recipient: give --recipient CODE,
                 or a pseudonymous code is generated)
  transfer       the group’s money moving from --account to --to-account,
                 and/or from --fund to --to-fund
  fee            a platform’s fee taken from --account
  adjustment     a correction of the balance: --direction in or out

The amount is typed as written, in the account’s currency: 1,200.50 or 75
(never a minus sign; the kind says which way the money goes). An amount the
currency cannot hold (12.345 in USD) or that is not an amount is a usage error
(exit 2). The entry is dated --date (default today); it cannot be in the future.

Refused with exit 1, and nothing written: paying out of a frozen or closed
account (the message names the accounts that could pay instead), spending a
restricted fund below zero (the message says how much it holds), an unknown
category, a future date. The ledger is append-only: to correct an entry, use
"mutual-ledger reverse ID".

--json prints the entry (ledger.record) with "recipientCodeGenerated"; amounts
are whole minor units (cents) of its "currency".`,
  'cli.record.flag.date': 'The day it happened, YYYY-MM-DD (default today).',
  'cli.record.flag.recipient': 'In or out: a pseudonymous code such as R-7KQ2MX.',
  'cli.rekey.summary': 'Change the vault’s key, so old copies of the vault folder stop opening.',
  'cli.rekey.description': `Unlock as usual; the passphrase (or recovery code) you unlocked with also
confirms the change. The ledger is re-encrypted under a new random key and every
key slot is resealed to it; no passphrase changes. Afterwards no copy of
key-slots.json (or of the vault folder) taken before now opens today’s ledger,
whatever passphrase it was made with. A crash part-way leaves the old vault or
the new one, never neither.

A recovery code made by version 1 of the vault format cannot be carried over to
the new key without it: a new recovery code is then printed, once.

--json prints {fields}.`,
  'cli.reverse.summary': 'Correct an entry by recording its exact opposite.',
  'cli.reverse.description': `The ledger is append-only: nothing is edited or deleted. A mistake is corrected
by a new entry, dated today, that undoes entry ID exactly and is linked to it
(then record the right entry, if there is one). With --date it is dated that
day instead, from the entry's own date on: --date set to the entry's date puts
the correction in the month of the mistake. An entry can be reversed once; a
second time is refused (exit 1), and so is reversing a correction.

--json prints the new entry (ledger.reverse); amounts are whole minor units
(cents).`,
  'cli.reverse.flag.memo': 'Why it is corrected (default: "Reverses #ID").',
  'cli.reverse.flag.date': 'The correction’s date (default today; not before the entry’s own).',
  'cli.status.summary': 'Unlock, show the vault’s facts, lock again.',
  'cli.status.description': `Prints the location, creation time, format version, each key slot (kind,
last change, Argon2id memory, iterations and parallelism), the group key’s
fingerprint, whether TOTP is on and how many backup codes are left, the
auto-lock delay, and the ledger’s entry count, its anchor (E:F:HASH, covering
the entries and the facts: write it down, or keep it outside the vault, and
"verify --expect-head" later proves the ledger was not cut short or rewritten
since) and the heads of its two chains, and the last backup and how often the
group is reminded to make one. Then locks the vault again.

Warns when the vault folder is open to other users of this computer (any mode
wider than 0700 for the folder, 0600 for a file in it). Opening the vault makes
them private again; the warning says what was found.

--json prints the vault details object of the contract (vault.details), with
"ledger": {ledgerFields} (ledger.head),
"backup": {backupFields} (backup.status)
and "fileModeWarnings": {modeFields} (empty when all is
private).`,
  'cli.totpDisable.summary': 'Turn TOTP off (asks for the passphrase or recovery code).',
  'cli.totpDisable.description': `Unlock with the passphrase (or the recovery code) and a TOTP or backup code;
the same secret then confirms turning TOTP off, counted like an unlock attempt.
Afterwards the passphrase alone opens the vault.

--json prints {fields}.`,
  'cli.totpEnroll.summary': 'Turn TOTP on: QR code, then backup codes.',
  'cli.totpEnroll.description': `Unlock as usual; the new TOTP secret is then printed as a QR code (on a
terminal), as a key to type by hand, and as an otpauth:// URI. TOTP takes effect
only once a code from the authenticator confirms it. On a terminal the code is
asked for (again after a wrong one; Ctrl-C gives up and changes nothing).
Otherwise it is read as ONE LINE FROM STDIN: a script reads the secret from
stdout, computes the code (e.g. oathtool --totp -b SECRET) and writes it to
stdin. The pending secret lives only in this process, so both happen in one run.

On success the backup codes are printed, once: each opens the TOTP gate one
time, for when the phone is lost. Keep them on paper, apart from the laptop.

TOTP is a gate on the app, not encryption: the passphrase protects the data.

--json prints two JSON lines: {secretFields} as soon as the secret
exists, then {codesFields} once the code is accepted.`,
  'cli.record.kindExpected': '{kinds}',
  'cli.reverse.idExpected': 'the number of the entry to correct, as "mutual-ledger list" shows it',
  'cli.paymentAccountFlag': 'The payment account, by name (any case) or number.',
  'cli.accountRename.summary': 'Give an account a new name; its entries keep pointing at it.',
  'cli.accountRename.description': `Entries name their account by number, so a rename changes no entry and no
hash; the account's history keeps the old name ("account list --json" shows
formerNames). The new name must not be another account's, in any case.

--json prints the account (accounts.rename), as "account list" shows it.`,
  'cli.accountArchive.summary': 'Archive an empty account, or restore it with --restore.',
  'cli.accountArchive.description': `An archived account is left out of the app's entry form and refuses new
entries (recorded, reversed or imported), while its history and reports keep it.
Only an account that holds nothing can be archived: move the money out first.
--restore brings it back into use.

--json prints the account (accounts.archive), with "archived".`,
  'cli.fundRename.summary': 'Give a fund a new name; its entries keep pointing at it.',
  'cli.fundRename.description': `Entries name their fund by number, so a rename changes no entry and no hash;
the fund's history keeps the old name ("fund list --json" shows formerNames).
The general fund can be renamed too.

--json prints the fund (funds.rename), as "fund list" shows it.`,
  'cli.fundArchive.summary': 'Archive an empty fund, or restore it with --restore.',
  'cli.fundArchive.description': `An archived fund is left out of the app's entry form and refuses new entries,
while its history and reports keep it: a fund made by a slip of the keyboard can
be archived at once. Only a fund that holds nothing can be archived; the general
fund cannot. --restore brings it back into use.

--json prints the fund (funds.archive), with "archived".`,
  'cli.rename.flag.name': 'The new name.',
  'cli.fundFlag': 'The fund, by name (any case) or number.',
  'cli.rename.done': '#{id} "{from}" is now called "{to}".',
  'cli.archive.archived': '#{id} "{name}" is archived: it takes no new entries until it is restored (--restore).',
  'cli.archive.restored': '#{id} "{name}" is restored and takes entries again.',
  'cli.accountList.archived': 'archived',
  'cli.fundList.archived': '{name} (archived)',
  'cli.accountAdd.notACurrency': '--currency "{currency}" is not an ISO 4217 currency code such as USD or EUR.',
  'cli.accountAdd.label.kind': 'Kind',
  'cli.accountAdd.label.currency': 'Currency',
  'cli.accountAdd.label.handle': 'Handle',
  'cli.accountAdd.label.heldBy': 'Held by',
  'cli.accountAdd.label.mfa': 'MFA',
  'cli.accountAdd.label.status': 'Status',
  'cli.accountAdd.noHandle': '(none)',
  'cli.accountAdd.heldByMember': 'a member (personal account)',
  'cli.accountAdd.heldByGroup': 'the group',
  'cli.accountAdd.mfaOn': 'on',
  'cli.accountAdd.mfaOff': 'off: turn it on at the platform if it offers it',
  'cli.accountAdd.tie.heldByMember': 'held by a member',
  'cli.accountAdd.tie.personalPhone': 'a personal phone',
  'cli.accountAdd.tie.personalName': 'a personal name',
  'cli.accountAdd.tie.personalCard': 'a personal card',
  'cli.accountAdd.flagged': 'Flagged: tied to a member ({ties}). Its records can lead to that person;\nmove the group’s money to an account in the group’s name when you can.',
  'cli.accountAdd.added': 'Added payment account #{id} "{name}".',
  'cli.accountList.heading.name': 'NAME',
  'cli.accountList.heading.kind': 'KIND',
  'cli.accountList.heading.currency': 'CUR',
  'cli.accountList.heading.balance': 'BALANCE',
  'cli.accountList.heading.status': 'STATUS',
  'cli.accountList.heading.flags': 'FLAGS',
  'cli.accountList.heading.lastReconciled': 'LAST RECONCILED',
  'cli.accountList.none': 'No payment accounts yet. Add one with:\n  mutual-ledger account add --vault DIR --name NAME --kind KIND --currency USD',
  'cli.warning': 'Warning: {warning}',
  'cli.notice': 'Note: {notice}',
  'cli.onHand.total': 'Money on hand',
  'cli.onHand.inFrozen': 'of which {amount} in frozen accounts',
  'cli.accountList.statusSince': '{status} since {since}',
  'cli.accountList.frozenFor': '{since} ({days, plural, one {# day} other {# days}})',
  'cli.accountList.frozenHolding': '{since} ({days, plural, one {# day} other {# days}}, held {held})',
  'cli.accountList.tiedToMember': 'tied to a member',
  'cli.accountList.noMfa': 'no MFA',
  'cli.accountList.neverReconciled': 'never',
  'cli.accountList.matched': '{date}, matched',
  'cli.accountList.offBy': '{date}, off by {difference}',
  'cli.reconcile.statementBalance': 'Statement balance',
  'cli.reconcile.ledgerBalance': 'Ledger balance',
  'cli.reconcile.previousBalance': 'Cleared at the last reconciliation ({date})',
  'cli.reconcile.previousNone': 'Cleared before (no reconciliation yet)',
  'cli.reconcile.clearedBalance': 'Cleared balance',
  'cli.reconcile.difference': 'Difference',
  'cli.reconcile.noDifference': 'none: the cleared entries match the statement',
  'cli.reconcile.statementShowsMore': '{difference} (the statement shows more than the cleared entries)',
  'cli.reconcile.statementShowsLess': '{difference} (the statement shows less than the cleared entries)',
  'cli.reconcile.recorded': 'Recorded.',
  'cli.reconcile.notRecorded': 'Not recorded (--dry-run).',
  'cli.reconcile.heading': '{name} (#{id}), statement of {date}',
  'cli.reconcile.noEntries': 'No entries to clear up to {date}.',
  'cli.reconcile.entries': '{count, plural, one {# entry} other {# entries}} not cleared before, up to {date}:',
  'cli.reconcile.heading.cleared': 'Cleared',
  'cli.reconcile.clearedMark': 'yes',
  'cli.reconcile.differenceRecorded': 'The difference is recorded as entry #{seq}, dated {date}, and cleared with the rest.',
  'cli.reconcile.leftForNext': '{count, plural, one {# entry is} other {# entries are}} left for the next reconciliation.',
  'cli.accountStatus.changed': '{name} is {status} since {since}: {reason}',
  'cli.accountStatus.balance': 'Balance: {balance}',
  'cli.accountStatus.heldAtFreeze': 'Held at the freeze: {held}. Disbursements from it are refused until it is active again.',
  'cli.accountStatus.closedRefuses': 'It refuses new disbursements and contributions.',
  'cli.accountStatus.historyHeading': '{name} (#{id}) is {status} since {since}.',
  'cli.accountStatus.noChanges': 'No status changes: active since it was registered.',
  'cli.accountStatus.heading.date': 'DATE',
  'cli.accountStatus.heading.status': 'STATUS',
  'cli.accountStatus.heading.balanceHeld': 'BALANCE HELD',
  'cli.accountStatus.heading.reason': 'REASON',
  'cli.autoLock.badMinutes': 'Give --minutes N, a whole number from 1 to 1440.',
  'cli.saved': 'Saved.',
  'cli.balance.noAccounts': 'No payment accounts yet, so no money to count.',
  'cli.balance.heading.account': 'ACCOUNT',
  'cli.balance.heading.currency': 'CUR',
  'cli.balance.heading.balance': 'BALANCE',
  'cli.balance.heading.fund': 'FUND',
  'cli.balance.heading.total': 'ON HAND',
  'cli.balance.restricted': '{name} (restricted)',
  'cli.balance.fundEmpty': 'nothing yet',
  'cli.balance.nothingYet': 'Nothing yet.',
  'cli.categoryAdd.added': 'Added the category "{name}".',
  'cli.categoryList.groupsOwn': '{name} (the group’s own)',
  'cli.categoryRename.done': 'The category "{from}" is now called "{to}". Its entries keep the name they were recorded with, which still finds it.',
  'cli.categoryList.groupsOwnFormerly': '{name} (the group’s own, formerly {former})',
  'cli.earliestDate.current': 'Entries may be dated from {date}.',
  'cli.earliestDate.saved': 'Saved. Entries may now be dated from {date}.',
  'cli.entryList.fromAfterTo': '--from {from} is after --to {to}.',
  'cli.entryList.includesShredded': 'The totals include the money of months whose entries the retention schedule shredded; those entries are no longer listed.',
  'cli.entryList.noneMatch': 'No entries match.',
  'cli.entryList.showing': 'Showing {shown, number} of {total, plural, one {# entry} other {# entries}}, newest first.',
  'cli.entryList.showingAfterSkipping': 'Showing {shown, number} of {total, plural, one {# entry} other {# entries}}, newest first, after skipping {skipped, number}.',
  'cli.entryList.nextPage': 'Next page: --offset {offset}',
  'cli.fundAdd.added': 'Added fund #{id} "{name}".',
  'cli.fundAdd.restricted': 'Restricted: it can be spent only on its purpose, never below zero.',
  'cli.fundAdd.unrestricted': 'Unrestricted.',
  'cli.fundAdd.purpose': 'Purpose: {purpose}',
  'cli.fundList.heading.name': 'NAME',
  'cli.fundList.heading.restricted': 'RESTRICTED',
  'cli.fundList.heading.balance': 'BALANCE',
  'cli.fundList.heading.purpose': 'PURPOSE',
  'cli.fundList.yes': 'yes',
  'cli.fundList.no': 'no',
  'cli.init.vaultExists': 'There is already a vault in {folder}.',
  'cli.init.created': `Created the vault in {folder}

Recovery code, shown only this once:

    {recoveryCode}

Write it down on paper now and keep it apart from this laptop. Anyone who has it
can open the vault, so guard it like the passphrase.

Group key fingerprint: {fingerprint}

Next, turn on TOTP:  mutual-ledger totp enroll --vault {folder}

Then choose how long records are kept. Nothing is shredded until you do; the
recommended schedule keeps memos 90 days, receipts and recipient codes 12 months,
whole entries 24 months:  mutual-ledger retention set --recommended --vault {folder}`,
  'cli.keySlotsBackup.noTarget': 'Say where to save the copy: --copy-to FILE.',
  'cli.keySlotsBackup.saved':
    'Saved a copy of the key slots to {path}. It opens the vault with the passphrase or recovery code of today: keep it as safely as the recovery sheet, apart from this laptop.',
  'cli.passphraseChange.treasurerChanged': 'The treasurer passphrase is changed.',
  'cli.passphraseChange.coTreasurerChanged': 'The co-treasurer passphrase is changed.',
  'cli.passphraseChange.changedAndRekeyed': '{changed} The old passphrase no longer opens this vault.',
  'cli.coTreasurer.removed': 'The co-treasurer key slot is removed.',
  'cli.coTreasurer.replaced': 'The co-treasurer passphrase is replaced. The old one no longer opens the vault.',
  'cli.coTreasurer.set': 'The co-treasurer passphrase is set.',
  'cli.rekey.done': 'Done.',
  'cli.totpDisable.done': 'TOTP is off. The passphrase alone now opens the vault.',
  'cli.record.recorded': 'Recorded entry #{seq}.',
  'cli.record.flagNotForKind': 'A {kind} does not take {flag}. See: mutual-ledger record --help',
  'cli.record.transferNeedsToAccount': 'A transfer needs --to-account ACCOUNT (the same account as --account when only the fund changes).',
  'cli.record.adjustmentNeedsDirection': 'An adjustment needs --direction in (adds to the account) or --direction out (takes from it).',
  'cli.reverse.recorded': 'Recorded entry #{seq}, which reverses #{reversed}.',
  'cli.totpEnroll.readingStdin': 'Reading the code from stdin…',
  'cli.totpEnroll.codePrompt': 'Code from the authenticator:',
  'cli.totpEnroll.tryAgain': '{problem} Try again, or Ctrl-C to give up.',
  'cli.totpEnroll.noCodeOnStdin': 'No confirmation code on stdin: TOTP was not turned on.',
  'cli.totpEnroll.scan': 'Scan this QR code with an authenticator app:',
  'cli.totpEnroll.key': 'Key to type by hand:',
  'cli.totpEnroll.uri': 'otpauth URI:',
  'cli.totpEnroll.gateNotEncryption': 'TOTP is a gate on the app, not encryption: the passphrase protects the data.',
  'cli.totpEnroll.on': 'TOTP is on. Unlocking now asks for a code after the passphrase.',
  'cli.totpEnroll.backupCodes': 'Backup codes, shown only this once. Each opens the TOTP gate one time, for when the\nphone is lost. Write them down and keep them apart from this laptop:',
} as const;
