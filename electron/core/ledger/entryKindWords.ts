import type { EntryKind } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';

const kindWords: Record<EntryKind, Message> = {
  contribution: say('ledger.kind.contribution'),
  disbursement: say('ledger.kind.disbursement'),
  transfer: say('ledger.kind.transfer'),
  fee: say('ledger.kind.fee'),
  adjustment: say('ledger.kind.adjustment'),
};

/** The kind of an entry as a word in a message ("disbursement", "desembolso"). */
export function entryKindWord(kind: EntryKind): Message {
  return kindWords[kind];
}
