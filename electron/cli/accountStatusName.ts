// An account's status in the reader's words ("frozen", "congelada"); --set takes the English word.
import type { AccountStatus } from '../../shared/contract/index.ts';
import { say, type Message } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';

const statusNames: Record<AccountStatus, Message> = {
  active: say('cli.accountStatus.status.active'),
  limited: say('cli.accountStatus.status.limited'),
  frozen: say('cli.accountStatus.status.frozen'),
  closed: say('cli.accountStatus.status.closed'),
};

export function statusName(status: AccountStatus, words: Translator): string {
  return words.say(statusNames[status]);
}
