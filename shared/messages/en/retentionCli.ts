/** The command line's words for `retention` and `hold`. */
export const retentionCli = {
  'retentionCli.option.memos': 'Keep memos for AGE: 90d, 12m, 2y, or never.',
  'retentionCli.option.receipts': 'Keep receipts for AGE.',
  'retentionCli.option.recipientCodes': 'Keep recipient codes (and platform transaction ids) for AGE.',
  'retentionCli.option.entries': 'Keep whole entries for AGE; older months keep only their totals.',
  'retentionCli.option.shredLog': 'Keep each line of the shred log for AGE.',
  'retentionCli.option.recommended': 'Take the recommended schedule (the AGE flags given change it).',
  'retentionCli.option.note': 'Why: a subpoena, a lawsuit, an audit (up to 500 characters).',
  'retentionCli.option.noteFile': 'The note, read from FILE (- for stdin), kept out of history.',

  'retentionCli.retentionShow.summary': 'The retention schedule, its changes, the shred log and the legal hold.',
  'retentionCli.retentionShow.description': `Retention shreds old records on a schedule, so that a seized or stolen laptop
holds as little as possible about the people the group helped. Five ages say
how long each kind of record is kept: memos, receipts, recipient codes (with the
payment platform’s transaction ids), whole entries (an older month keeps only
its monthly totals and each entry’s place in the hash chain, so balances and
verify stay exact) and the shred log itself. Until the group chooses a schedule,
nothing is shredded.

Prints the schedule in force beside the recommended one, whether a legal hold
stands, the first month still whole, every change of the schedule and every run
that shredded something (when, what started it, how many of each kind; never
what), newest first.

--json prints {fields} (retention.show).`,
  'retentionCli.retentionPlan.summary': 'What the next retention run would shred, by kind of record and month.',
  'retentionCli.retentionPlan.description': `Nothing changes: for each kind of record, its age, the day before which it is
shredded, how many would go, and how many in each month (the month the entries
are dated in; for the shred log, the month a run was logged). Whole entries go
by whole months. A memo, receipt or code on an entry recorded before the app
could shred single fields goes only with its whole month: it is counted apart.
Says so when no schedule was chosen, or when a legal hold stands (then nothing
will be shredded).

--json prints {fields} (retention.plan, and "chosen" from retention.show).`,
  'retentionCli.retentionApply.summary': 'Shred now what the retention schedule says is due.',
  'retentionCli.retentionApply.description': `Shreds what "retention plan" shows, in one transaction, then compacts the
database so that no shredded byte is left in it. This can take a while: on a
terminal a line shows how far it is. Ctrl-C stops it: stopped while shredding,
nothing has changed; stopped while compacting, the shredding is done, and the
next "retention apply" compacts again. The app does the same each time it is
unlocked, and daily while it stays unlocked.

Refused while a legal hold stands (exit 1, nothing changed). With no schedule
chosen, nothing is shredded.

--json prints {fields} (retention.apply, and "chosen"): "run" is null when
nothing was shredded.`,
  'retentionCli.retentionSet.summary': 'Choose how long each kind of record is kept.',
  'retentionCli.retentionSet.description': `Give at least one AGE flag, or --recommended. An AGE is a number and d, m or y
(days, months, years), such as 90d, 12m or 2y, at most 100 years; or never. A
kind left out keeps its age (with --recommended, the recommended one). Every
change is kept in the ledger with its date, and "retention show" lists them.

--recommended is the same as:
  {recommended}

Nothing is shredded here: the app shreds what is due at its next unlock, or
run "retention plan" and "retention apply". An AGE that cannot be read is a
usage error (exit 2, nothing changed).

--json prints the schedule as "retention show" does (retention.set), and
"changed": false when the schedule already said that.`,
  'retentionCli.holdStatus.summary': 'Whether a legal hold stands, since when and why.',
  'retentionCli.holdStatus.description': `While a legal hold stands (a subpoena, a lawsuit, an audit), nothing is
shredded: not by the app, not by "retention apply".

--json prints {fields} (hold.status); "hold" is null when none stands.`,
  'retentionCli.holdPlace.summary': 'Place a legal hold: nothing is shredded until it is lifted.',
  'retentionCli.holdPlace.description': `Give the reason with --note TEXT, or --note-file FILE to keep it out of your
shell’s history. The hold, its note and its date are kept in the ledger’s
chain of facts, and so is its lifting. Refused while another hold stands
(exit 1).

--json prints {fields} (hold.place).`,
  'retentionCli.holdLift.summary': 'Lift the legal hold (asks for the passphrase or recovery code).',
  'retentionCli.holdLift.description': `Unlock as usual; the passphrase (or recovery code) you unlocked with also
confirms lifting the hold, and a wrong one counts towards the unlock backoff.
Afterwards runs shred what the schedule says again, starting at the app’s next
unlock. Refused when no hold stands (exit 1).

--json prints {fields} (hold.lift).`,

  'retentionCli.policy.memos': 'Memos',
  'retentionCli.policy.receipts': 'Receipts',
  'retentionCli.policy.recipientCodes': 'Recipient codes',
  'retentionCli.policy.entries': 'Entries',
  'retentionCli.policy.shredLog': 'Shred log',
  'retentionCli.heading.policy': 'KIND OF RECORD',
  'retentionCli.heading.keptFor': 'KEPT FOR',
  'retentionCli.heading.recommended': 'RECOMMENDED',
  'retentionCli.heading.before': 'DATED BEFORE',
  'retentionCli.heading.toShred': 'TO SHRED',
  'retentionCli.heading.month': 'MONTH',
  'retentionCli.heading.recorded': 'RECORDED',
  'retentionCli.heading.ran': 'RAN',
  'retentionCli.heading.startedBy': 'STARTED BY',
  'retentionCli.heading.placed': 'PLACED',
  'retentionCli.heading.lifted': 'LIFTED',
  'retentionCli.heading.note': 'NOTE',
  'retentionCli.heading.memos': 'MEMOS',
  'retentionCli.heading.receipts': 'RECEIPTS',
  'retentionCli.heading.recipientCodes': 'RECIPIENT CODES',
  'retentionCli.heading.entries': 'ENTRIES',
  'retentionCli.heading.shredLog': 'SHRED LOG',
  'retentionCli.age': '{unit, select, d {{count, plural, one {# day} other {# days}}} m {{count, plural, one {# month} other {# months}}} other {{count, plural, one {# year} other {# years}}}}',
  'retentionCli.age.never': 'forever',
  'retentionCli.noDate': '–',
  'retentionCli.stillStands': 'still stands',
  'retentionCli.startedBy': '{startedBy, select, unlock {the app, at unlock} daily {the app, daily} other {the treasurer}}',

  'retentionCli.show.chosen': 'Retention schedule, in force since {since}:',
  'retentionCli.show.notChosen': 'No retention schedule chosen yet: everything is kept, nothing is shredded.',
  'retentionCli.show.chooseOne': 'Choose one with: mutual-ledger retention set --recommended --vault {folder}',
  'retentionCli.show.noHold': 'Legal hold: none.',
  'retentionCli.show.sealedBefore': 'Months before {month} are kept only as monthly totals.',
  'retentionCli.show.nothingSealed': 'No month has been shredded yet.',
  'retentionCli.show.changes': 'Changes of the schedule, newest first:',
  'retentionCli.show.runs': 'Shred log, newest first:',
  'retentionCli.show.noRuns': 'No run has shredded anything yet.',
  'retentionCli.show.holds': 'Legal holds, newest first:',

  'retentionCli.hold.stands': 'A legal hold stands since {since}: {note}',
  'retentionCli.hold.nothingShredded': 'Nothing is shredded while it stands. Lifting it asks for the passphrase: mutual-ledger hold lift --vault {folder}',
  'retentionCli.hold.none': 'No legal hold stands.',
  'retentionCli.hold.placed': 'Legal hold placed on {since}: {note}',
  'retentionCli.hold.lifted': 'Legal hold lifted on {since}.',
  'retentionCli.hold.shredsAgain': 'Runs shred what the schedule says again, starting at the app’s next unlock. See what is due: mutual-ledger retention plan --vault {folder}',

  'retentionCli.plan.heading': 'What the next run would shred, as of {today}:',
  'retentionCli.plan.notChosen': 'No retention schedule chosen yet: nothing will be shredded. Choose one with: mutual-ledger retention set --recommended --vault {folder}',
  'retentionCli.plan.underHold': 'A legal hold stands since {since} ({note}): nothing will be shredded while it does. Below is what would be, once it is lifted.',
  'retentionCli.plan.wholeMonths': 'Entries go by whole months: a month keeps its monthly totals and each entry’s place in the hash chain.',
  'retentionCli.plan.keptUntilMonthGoes':
    '{policy}: {count, plural, one {# more, on an entry recorded before the app could shred single fields, is kept until its whole month goes} other {# more, on entries recorded before the app could shred single fields, are kept until their whole month goes}}.',
  'retentionCli.plan.byMonth': 'By month:',
  'retentionCli.plan.nothingDue': 'Nothing is due.',
  'retentionCli.plan.applyNow': 'Shred it now with: mutual-ledger retention apply --vault {folder} (the app also does at its next unlock).',

  'retentionCli.apply.shredded': 'Shredded:',
  'retentionCli.apply.nothingDue': 'Nothing was due: nothing was shredded.',
  'retentionCli.apply.notChosen': 'No retention schedule chosen yet: nothing was shredded. Choose one with: mutual-ledger retention set --recommended --vault {folder}',
  'retentionCli.apply.compacted': 'The database was compacted: no shredded byte is left in it.',

  'retentionCli.set.badAge': '{flag} "{value}": {problem}',
  'retentionCli.set.nothingGiven': '"retention set" needs --recommended or at least one of: {flags}. See: mutual-ledger retention set --help',
  'retentionCli.set.saved': 'Saved. The retention schedule is now:',
  'retentionCli.set.unchanged': 'No change: the schedule already says that.',
  'retentionCli.set.whenShredded': 'The app shreds what is due at its next unlock, and daily while it stays unlocked. See what that is: mutual-ledger retention plan --vault {folder}',

  'retentionCli.progress.shredding': 'Shredding: {done, number} of {total, number} steps done ({percent} %)',
  'retentionCli.progress.compacting': 'Compacting the database, so that no shredded byte is left in it…',
} as const;
