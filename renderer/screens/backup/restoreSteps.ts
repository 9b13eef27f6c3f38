import { say, type Message } from '../../../shared/messages/message.ts';
import { stepOfSteps } from '../../components/StepsProgress.tsx';

/** Restoring from a backup: which backup, where the new vault goes, the passphrase of that time, and what came back. */
export const restoreSteps = [
  { kind: 'backup', label: say('backupScreen.restore.step.backup') },
  { kind: 'vault', label: say('backupScreen.restore.step.vault') },
  { kind: 'secret', label: say('backupScreen.restore.step.secret') },
  { kind: 'restored', label: say('backupScreen.restore.step.restored') },
] as const;

export type RestoreStepKind = (typeof restoreSteps)[number]['kind'];

/** "Step 2 of 4", for the heading of each step. */
export function restoreStepOf(kind: RestoreStepKind): Message {
  return stepOfSteps(restoreSteps, kind);
}
