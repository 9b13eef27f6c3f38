import { say, type Message } from '../../../shared/messages/message.ts';
import { stepOfSteps } from '../../components/StepsProgress.tsx';

/** The outgoing treasurer's steps: who can open the file, the file, the figures to compare, and retiring this vault. */
export const handOverSteps = [
  { kind: 'lock', label: say('handoverScreen.handOver.step.lock') },
  { kind: 'file', label: say('handoverScreen.handOver.step.file') },
  { kind: 'read-back', label: say('handoverScreen.handOver.step.readBack') },
  { kind: 'retire', label: say('handoverScreen.handOver.step.retire') },
] as const;

export type HandOverStepKind = (typeof handOverSteps)[number]['kind'];

/** "Step 2 of 4", for the heading of each step. */
export function handOverStepOf(kind: HandOverStepKind): Message {
  return stepOfSteps(handOverSteps, kind);
}
