// The import screen's names for the core's codes: what becomes of a row, and the formats a statement
// is read in. Written out key by key, so each word is found where it is used.
import type { ImportOutcome, StatementFormat } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';

/** What becomes of a row, as a short label (a cell of the table, a choice of the filter). */
export const outcomeNames: Record<ImportOutcome, Message> = {
  book: say('importScreen.outcome.book'),
  duplicate: say('importScreen.outcome.duplicate'),
  possibleDuplicate: say('importScreen.outcome.possibleDuplicate'),
  matchedTransfer: say('importScreen.outcome.matchedTransfer'),
  possibleTransfer: say('importScreen.outcome.possibleTransfer'),
  notBooked: say('importScreen.outcome.notBooked'),
  problem: say('importScreen.outcome.problem'),
};

/** The formats as the format chooser offers them. */
export const formatChoices: Record<StatementFormat, Message> = {
  venmo: say('importScreen.format.venmo'),
  paypal: say('importScreen.format.paypal'),
  cashapp: say('importScreen.format.cashapp'),
  ofx: say('importScreen.format.ofx'),
  csv: say('importScreen.format.csv'),
};

/** Rows the treasurer may choose to book all the same: they only look like something already in the ledger. */
export function isFlagged(outcome: ImportOutcome): boolean {
  return outcome === 'possibleDuplicate' || outcome === 'possibleTransfer';
}

/** The rows as the summary counts them and the table filters them: what the treasurer does about each. */
export const rowGroups = ['book', 'flagged', 'already', 'notBooked', 'problem'] as const;
export type RowGroup = (typeof rowGroups)[number];

export function groupOf(outcome: ImportOutcome): RowGroup {
  switch (outcome) {
    case 'possibleDuplicate':
    case 'possibleTransfer':
      return 'flagged';
    case 'duplicate':
    case 'matchedTransfer':
      return 'already';
    default:
      return outcome;
  }
}

export const groupNames: Record<RowGroup, Message> = {
  book: say('importScreen.group.book'),
  flagged: say('importScreen.group.flagged'),
  already: say('importScreen.group.already'),
  notBooked: say('importScreen.group.notBooked'),
  problem: say('importScreen.group.problem'),
};
