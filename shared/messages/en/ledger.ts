// Messages of the ledger namespace; keys start with "ledger.". See docs/messages.md.
export const ledger = {
  // The kinds of entry, as a word inside a sentence.
  'ledger.kind.contribution': 'contribution',
  'ledger.kind.disbursement': 'disbursement',
  'ledger.kind.transfer': 'transfer',
  'ledger.kind.fee': 'fee',
  'ledger.kind.adjustment': 'adjustment',

  // Refusals of an entry, a category, a receipt or a date.
  'ledger.entryNotFound': 'There is no entry #{seq}.',
  'ledger.categoryTaken': 'There is already a category called "{name}".',
  'ledger.unknownCategory': 'There is no category "{category}". Add it first, or choose another.',
  'ledger.categoryFirstName': '"{name}" is what "{shown}" was first called: its entries still carry that name. Choose another.',
  'ledger.categorySameName': 'The category is already called "{name}".',
  'ledger.builtInCategoryFixed': '"{name}" is one of the built-in categories: its name comes with the app, in each language, and cannot be changed. Add a category of the group’s own instead.',
  'ledger.accountArchived': '{account} is archived. Restore it on the Accounts screen before recording money on it.',
  'ledger.fundArchived': 'The fund "{fund}" is archived. Restore it on the Funds screen before recording money in it.',
  'ledger.transferNeedsToAccount': 'A transfer needs the account the money goes to.',
  'ledger.onlyTransferHasSecond':
    '{kind, select, contribution {A contribution} disbursement {A disbursement} fee {A fee} adjustment {An adjustment} other {This entry}} has no second account or fund. Only a transfer moves money to another account or fund.',
  'ledger.adjustmentNeedsDirection': 'Say whether the adjustment adds money to the account or takes it out.',
  'ledger.onlyAdjustmentHasDirection':
    '{kind, select, contribution {A contribution} disbursement {A disbursement} transfer {A transfer} fee {A fee} other {This entry}} has no direction: the kind of entry says which way the money goes. Only an adjustment has one.',
  'ledger.transferHasNoCategory': 'A transfer moves the group’s own money and has no category.',
  'ledger.onlyRecipientKindsHaveCode':
    '{kind, select, transfer {A transfer} fee {A fee} adjustment {An adjustment} other {This entry}} has no recipient code. Only contributions and disbursements have one.',
  'ledger.transferCurrencies': '{from} holds {fromCurrency} and {to} holds {toCurrency}: a transfer stays in one currency.',
  'ledger.transferGoesNowhere': 'A transfer must move money to another account or another fund.',
  'ledger.flowTooLarge': 'This entry would take the money recorded in {currency} past {largest} in all, more than the ledger can add up exactly. Check the amount.',
  'ledger.receiptEmpty': 'The receipt file is empty.',
  'ledger.receiptTooLarge': 'A receipt can be at most 5 MiB.',
  'ledger.receiptWrongType': 'The receipt’s contents do not match its type ({mediaType}).',
  'ledger.noReceipt': 'Entry #{seq} has no receipt.',
  'ledger.reversingACorrection': 'Entry #{seq} is itself a correction of #{corrected}. Record a new entry instead of reversing it.',
  'ledger.alreadyReversed': 'Entry #{seq} was already reversed by entry #{reversal}.',
  'ledger.monthNotBegun': 'A report covers this month so far or a month before it: {month} has not begun.',
  'ledger.reversalBeforeOriginal': 'A correction cannot be dated before the entry it corrects: #{seq} is dated {date}. Date it then or later.',
  'ledger.datedInFuture': '{dated, select, entry {An entry} statusChange {A status change} other {A statement}} cannot be dated in the future.',
  'ledger.datedTooEarly':
    '{dated, select, entry {An entry} statusChange {A status change} other {A statement}} cannot be dated before {earliest}, the earliest date this vault accepts. If that date is right, set an earlier one in the vault’s settings first.',
  'ledger.datedInSealedMonth':
    '{dated, select, entry {An entry} statusChange {A status change} other {A statement}} cannot be dated before {firstOpen}: the retention schedule has shredded the entries of the months before it and sealed their totals.',
  'ledger.earliestDateSealed': 'The months before {firstOpen} are sealed by the retention schedule; the earliest date can be {firstOpen} at the earliest.',
  'ledger.entryShredded': 'Entry #{seq} was shredded by the retention schedule: only its place in the chain is left.',
  'ledger.earliestDateInFuture': 'The earliest date cannot be in the future.',
  'ledger.earliestDateTooEarly': 'The earliest date can be {lowest} at the earliest.',
  'ledger.earliestDateAfterHistory': 'The ledger already holds something dated {oldest}; the earliest date can be that day at the latest.',
  'ledger.nothingSaved': 'Nothing was saved.',

  // The ledger check: each finding, as ledger.verify and ledger.quickCheck return it.
  'ledger.check.ok': 'ok',
  'ledger.check.notAsked': 'not asked',
  'ledger.check.sqliteReport': 'SQLite reports: {report}',
  'ledger.check.entryMissing': 'entry #{seq} is missing',
  'ledger.check.contentAltered': 'its content does not match its content hash: it was altered after it was recorded',
  'ledger.check.receiptMissingOrAdded': 'its receipt is missing or was added afterwards',
  'ledger.check.receiptAltered': 'its receipt was altered',
  'ledger.check.entryLinkBroken': 'its chain hash does not follow from the entry before it',
  'ledger.check.monthlyTotalsDiffer': 'the monthly totals of account #{accountId} for {month} do not match its entries',
  'ledger.check.monthlyTotalsNotChecked': 'not checked: the chain is broken',
  'ledger.check.atFact': 'fact #{seq}: {problem}',
  'ledger.check.factMissing': 'fact #{seq} is missing',
  'ledger.check.factLinkBroken': 'its chain hash does not follow from the fact before it',
  'ledger.check.rowNotAsRecorded': '{row} is not as its chained facts record it: it was added or altered behind the app’s back',
  'ledger.check.rowGone': '{row} recorded in the chained facts is missing or altered: it was deleted or changed behind the app’s back',
  'ledger.check.nameKeyAltered': '{row} is not kept under its own name’s key: it was altered behind the app’s back',
  'ledger.check.row.sealedMonth': 'the sealed month {month}',
  'ledger.check.sealedMonthTotalsChanged': 'the monthly totals of {month}, a sealed month, are not those it was sealed with',
  'ledger.check.sealedMonthStubs': '{month} was sealed with {sealed, plural, one {# entry} other {# entries}}, but {stubs, plural, one {# stub is} other {# stubs are}} left of them',
  'ledger.check.stubOutsideSealedMonth': 'entry #{seq} was removed, but its month {month} is not sealed',
  'ledger.check.row.account': 'the payment account #{id}',
  'ledger.check.row.statusChange': 'the account status change #{id}',
  'ledger.check.row.fund': 'the fund #{id}',
  'ledger.check.row.category': 'the category "{name}"',
  'ledger.check.row.reconciliation': 'the reconciliation #{id}',
  'ledger.check.row.reconciliationCleared': 'the entries cleared by the reconciliation #{id}',
  'ledger.check.chainCutOff':
    '{chain, select, facts {The facts chain ends at {end}, before the fact #{seq} written down: facts were cut off since.} other {The entries chain ends at {end}, before the entry #{seq} written down: entries were cut off since.}}',
  'ledger.check.chainEnd': '#{seq}',
  'ledger.check.chainEmpty': 'nothing',
  'ledger.check.chainRewritten':
    '{chain, select, facts {The fact #{seq} no longer has the chain hash written down: the facts up to it were rewritten since.} other {The entry #{seq} no longer has the chain hash written down: the entries up to it were rewritten since.}}',
  'ledger.check.anchorEntryGone': 'The ledger no longer holds entry #{seq}, which the anchor written down covers: entries were cut off since.',
  'ledger.check.anchorFactGone': 'The ledger no longer holds fact #{seq}, which the anchor written down covers: facts were cut off since.',
  'ledger.check.anchorRewritten': 'The ledger no longer matches the anchor written down: its entries or its facts (accounts, freezes, funds, reconciliations) up to it were rewritten since.',
  'ledger.check.andAlso': '{first} {next}',

  // The first thing wrong with a checked ledger, as the screens and the CLI say it.
  'ledger.check.brokenAt': 'The ledger is broken at entry #{seq}: {problem}',
  'ledger.check.integrityFailed': 'The database fails its integrity check. {finding}',
  'ledger.check.factsBroken': 'The ledger’s facts are broken: {finding}.',
  'ledger.check.headNotExtended': 'The ledger does not extend the head written down. {finding}',
  'ledger.check.monthlyTotalsWrong': 'The monthly totals do not match the entries: {finding}. The entries themselves are intact.',
  'ledger.check.notVerified': 'The ledger did not verify.',
  'ledger.check.quickNotPassed': 'The ledger did not pass its check.',

  // The proof of the ledger, on the vault screen.
  'ledger.check.proofTitle': 'Proof of the ledger',
  'ledger.check.proofIntro':
    'Every entry is chained to the one before it, and so are the accounts, freezes, funds and reconciliations. Write the anchor down, or print it, and keep it away from this laptop: checked against it later, the ledger shows that nothing was removed or rewritten since, even by someone who knows the passphrase.',
  'ledger.check.entriesLabel': 'Entries',
  'ledger.check.anchorLabel': 'Anchor',
  'ledger.check.anchorHint': 'The entry and the fact it covers, and a hash of both chains: write this down.',
  'ledger.check.chainHeadLabel': 'Chain head',
  'ledger.check.factsHeadLabel': 'Facts head',
  'ledger.check.noneYet': 'None yet.',
  'ledger.check.noEntriesYet': 'None yet: the ledger has no entries.',
  'ledger.check.writtenAnchorLabel': 'An anchor written down earlier (optional)',
  'ledger.check.writtenAnchorUnreadable': 'Type the anchor as written down: two numbers and the 64-letter hash, separated by colons.',
  'ledger.check.checkButton': 'Check the ledger',
  'ledger.check.checking': 'Checking…',
  'ledger.check.notIntact': 'Not intact. {problem}',
  'ledger.check.intact':
    '{entries, plural, =0 {No entries yet, and} one {The one entry and} other {All # entries and}} {facts, plural, one {the one fact} other {# facts}} check out.{anchored, select, yes { The ledger still extends what was written down.} other {}}',
  'ledger.check.whatToDo':
    'Nothing was changed to hide it. Keep a copy of the vault folder as it is now, then check the ledger against the anchor you wrote down (Vault, Proof of the ledger). Ask someone you trust to look before you record anything else.',
  'ledger.check.verifyTitle': 'Check the books',
  'ledger.check.verifyIntro':
    'Checks every entry and every fact (accounts, freezes, funds, reconciliations) against its hash chain, and the monthly totals against the entries. It only reads: nothing is changed.',
  'ledger.check.verifyButton': 'Verify the ledger',

  // The check at unlock, above every screen when it finds something.
  'ledger.check.unlockFoundProblem': 'The check at unlock found a problem.',
  'ledger.check.unlockAdvice': 'Nothing will be changed to hide it. Run the full check against the anchor you wrote down, and keep a copy of the vault folder as it is now.',
  'ledger.check.openProof': 'Open the proof of the ledger',

  // mutual-ledger verify.
  'ledger.check.quickWithHead': '--quick checks only the newest entries; a head written down needs the full walk. Leave out --quick.',
  'ledger.check.quickOk':
    'OK: the newest {entries, plural, one {# entry} other {# entries}} and {facts, plural, one {# fact} other {# facts}} checked; both hash chains are unbroken there. verify without --quick walks every entry.',
  'ledger.check.quickNotOk': 'NOT OK: the check at unlock failed.',
  'ledger.check.verifiedOk':
    'OK: {entries, plural, one {# entry} other {# entries}} and {facts, plural, one {# fact} other {# facts}} checked; both hash chains are unbroken, integrity_check says ok and the monthly totals match.{anchored, select, yes { It still extends the head written down.} other {}}',
  'ledger.check.verifiedNotOk': 'NOT OK: {entries, plural, one {# entry} other {# entries}} and {facts, plural, one {# fact} other {# facts}} checked.',
  'ledger.check.verifiedNotOkBeforeBreak': 'NOT OK: {entries, plural, one {# entry} other {# entries}} and {facts, plural, one {# fact} other {# facts}} checked before the broken link.',
  'ledger.verifyCommand.summary': 'Check the ledger’s integrity and hash chain.',
  'ledger.verifyCommand.description': `Runs SQLite’s integrity_check, then walks every entry in order, recomputing its
content hash and the chain hash that links it to the one before. Any entry
altered, removed or inserted behind the app’s back breaks the chain there.
Entries shredded by retention keep their hashes, so they still verify. It
recomputes the monthly totals that balances are read from, and walks the facts
chain: the accounts, their freezes, the funds and their restrictions, the
categories and the reconciliations must be exactly as their facts record them.

What a chain inside the vault cannot show by itself: entries cut off its end,
or a ledger re-hashed from some entry on by someone holding the key. For that,
write down (or sign) the anchor that "status" and "verify" print (E:F:HASH: it
covers both the entries and the facts), keep it outside the vault, and later run
verify --expect-head E:F:HASH: it fails unless the ledger still extends it.
--expect-head also takes an entries chain head SEQ:HASH, and
--expect-facts-head a facts head, to check one chain alone.

verify --quick runs only the check the app makes on every unlock: the newest
1,000 entries re-hashed and linked to the one before them, and the facts chain.
It takes milliseconds at any size; the full walk takes about a second per
100,000 entries. --quick cannot be combined with a head written down.

On a terminal, the full walk shows how far it is on one line of stderr, erased
before the result; piped or redirected, it shows nothing. Ctrl-C stops it and
locks the vault (exit 1, INTERRUPTED); nothing is changed.

Prints OK with the number of entries checked and the chain heads (exit 0), or
the first problem as the error line (exit 1).

--json prints the result (ledger.verify): {verifyFields}; with --quick
(ledger.quickCheck): {quickFields}. Each finding (integrityCheck,
monthlyTotalsCheck, factsCheck, headCheck, firstBrokenLink.problem) is "ok" or
what is wrong, in words; "ok" tells whether all passed. When it is not ok, the
error line follows on stderr.`,
} as const;
