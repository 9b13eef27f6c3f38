// What each retention policy is called, what it means in a treasurer's words, and how a count of it
// reads. Keys are written out in full so the catalogue test can tell each is used.
import type { RetentionPolicy } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';

/** The name of each kind of record a policy shreds ("Memos", "Whole entries"). */
export const policyName: Record<RetentionPolicy, Message> = {
  memos: say('retentionScreen.policy.memos'),
  receipts: say('retentionScreen.policy.receipts'),
  recipientCodes: say('retentionScreen.policy.recipientCodes'),
  entries: say('retentionScreen.policy.entries'),
  shredLog: say('retentionScreen.policy.shredLog'),
};

/** What each kind of record is, and what goes when it is shredded. */
export const policyMeaning: Record<RetentionPolicy, Message> = {
  memos: say('retentionScreen.policy.memosMeaning'),
  receipts: say('retentionScreen.policy.receiptsMeaning'),
  recipientCodes: say('retentionScreen.policy.recipientCodesMeaning'),
  entries: say('retentionScreen.policy.entriesMeaning'),
  shredLog: say('retentionScreen.policy.shredLogMeaning'),
};

/** A count of one policy's items in a sentence ("12 memos", "the recipient codes of 3 entries"). */
export function policyCount(policy: RetentionPolicy, count: number): Message {
  switch (policy) {
    case 'memos':
      return say('retentionScreen.count.memos', { count });
    case 'receipts':
      return say('retentionScreen.count.receipts', { count });
    case 'recipientCodes':
      return say('retentionScreen.count.recipientCodes', { count });
    case 'entries':
      return say('retentionScreen.count.entries', { count });
    case 'shredLog':
      return say('retentionScreen.count.shredLog', { count });
  }
}
