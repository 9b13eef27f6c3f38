// Messages of the accounts namespace; keys start with "accounts.". See docs/messages.md.
export const accounts = {
  // An account's status, as a word inside a sentence.
  'accounts.status.active': 'active',
  'accounts.status.limited': 'limited',
  'accounts.status.frozen': 'frozen',
  'accounts.status.closed': 'closed',

  'accounts.notFound': 'There is no payment account #{id}.',
  'accounts.nameTaken': 'There is already an account called "{name}". Choose another name.',
  'accounts.unknownCurrency': '{currency} is not a currency code this app knows.',
  'accounts.statusOutOfOrder': '{account}’s last status change is dated {date}; record changes in the order they happened.',
  'accounts.alreadyStatus': '{account} is already {status}.',
  'accounts.sameName': 'The account is already called "{name}".',
  'accounts.alreadyArchived': '{account} is already archived.',
  'accounts.notArchived': '{account} is not archived.',
  'accounts.archiveNotEmpty': '{account} still holds {balance}. Move the money out (or record what the platform kept) before archiving it.',
  'accounts.statusForbidsEntry': '{account} has entry #{seq} ({kind}, {date}) that a {status} status from {from} would forbid. Date the change {date} or later, as it happened.',

  'accounts.differenceMemo': 'Reconciles the statement of {date}',
  'accounts.reconciledLater': '{account} was last reconciled on {date}; a statement dated before it cannot be reconciled now.',
  'accounts.notUncleared': 'Entry #{seq} is not one this reconciliation can clear: it is not on {account}, is dated after {date}, or an earlier reconciliation cleared it.',
  'accounts.nothingToRecord': 'There is no difference left to record: the statement matches the cleared entries.',
  'accounts.feeNeedsLess': 'A fee can explain a statement that shows less than the cleared entries, not more: record an adjustment instead.',

  // ACCOUNT_UNAVAILABLE: the refusal, and one hint per account that could pay instead (or the one that says there is none).
  'accounts.wouldBeStuck': '{account} is {status} on {date}: money moved there would be stuck.',
  'accounts.cannotPayOut': '{account} is {status} on {date} and cannot pay out {amount}.',
  'accounts.couldPayInstead': '{account} ({status}, {balance})',
  'accounts.couldPayInsteadHeading': 'Accounts that could pay instead:',
  'accounts.noOtherActive': 'No other {currency} account is active: add one, or wait for the freeze to lift.',
  'accounts.noneCanCover': 'No other active {currency} account holds {amount}: the most is {most}, in {account}. Pay part from there, or wait for the freeze to lift.',
  'accounts.datedBeforeStatus': 'Recorded, dated {date}: {account} has been {status} since {since}, so this happened before that.',
  'accounts.movedIntoStuck': 'Recorded: {amount} went into {account}, which is {status}. It is stuck there until the account can pay again.',
  'accounts.closedNothingLeaves': '{account} is closed on {date}: nothing can leave it but a fee or an adjustment out that writes off what the platform kept, and never below zero.',
  'accounts.closedNothingComesIn':
    '{account} is closed on {date}; it cannot take money in. Record the money on an open account; to correct an entry from before the closing, record an adjustment dated before it.',

  // The accounts overview's warnings.
  'accounts.concentrated':
    '{share, number, ::percent} of the group’s {currency} is in {account}, above the {threshold, number, ::percent} the group set. A freeze there would stop most payouts: consider moving some to another account.',
  'accounts.stuckInFrozen': '{amount} is stuck in frozen accounts.',
} as const;
