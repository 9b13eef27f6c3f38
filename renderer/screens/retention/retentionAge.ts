import type { Message } from '../../../shared/messages/message.ts';
import { say } from '../../../shared/messages/message.ts';
import { ageParts } from '../../../shared/contract/index.ts';

/**
 * An age as the treasurer reads it ("90 days", "12 months", "Never shredded"), from the way it is
 * written (`90d`, `12m`, `2y`, `never`). An age the core would refuse is shown as it is written.
 */
export function ageInWords(age: string): Message {
  if (age === 'never') return say('retentionScreen.age.never');
  const parts = ageParts(age);
  return parts === null ? say('retentionScreen.age.asWritten', { age }) : say('retentionScreen.age', parts);
}
