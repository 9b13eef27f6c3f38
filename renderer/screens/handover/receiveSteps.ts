import { say, type Message } from '../../../shared/messages/message.ts';
import { stepOfSteps } from '../../components/StepsProgress.tsx';

/** The new treasurer's steps: the key the file is locked to, the file itself, then what a new vault asks for. */
export const receiveSteps = [
  { kind: 'key', label: say('handoverScreen.receive.step.key') },
  { kind: 'file', label: say('handoverScreen.receive.step.file') },
  { kind: 'recovery-code', label: say('handoverScreen.receive.step.recoveryCode') },
  { kind: 'read-back', label: say('handoverScreen.receive.step.readBack') },
  { kind: 'totp', label: say('handoverScreen.receive.step.totp') },
] as const;

export type ReceiveStepKind = (typeof receiveSteps)[number]['kind'];

/** "Step 2 of 5", for the heading of each step. */
export function receiveStepOf(kind: ReceiveStepKind): Message {
  return stepOfSteps(receiveSteps, kind);
}
