// What each kind and status does to the money, in one line under the field where it is chosen.
import type { AccountStatus, EntryKind } from '../shared/contract/index.ts';
import { say, type Message } from '../shared/messages/message.ts';

export const entryKindMeanings: Record<EntryKind, Message> = {
  contribution: say('ledgerScreen.kindMeaning.contribution'),
  disbursement: say('ledgerScreen.kindMeaning.disbursement'),
  transfer: say('ledgerScreen.kindMeaning.transfer'),
  fee: say('ledgerScreen.kindMeaning.fee'),
  adjustment: say('ledgerScreen.kindMeaning.adjustment'),
};

export const statusMeanings: Record<AccountStatus, Message> = {
  active: say('accountsScreen.statusMeaning.active'),
  limited: say('accountsScreen.statusMeaning.limited'),
  frozen: say('accountsScreen.statusMeaning.frozen'),
  closed: say('accountsScreen.statusMeaning.closed'),
};
