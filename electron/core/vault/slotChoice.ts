import type { Confirmation, KeySlotKind } from '../../../shared/contract/index.ts';
import { normaliseRecoveryCode } from './recoveryCode.ts';

const passphraseSlots: readonly string[] = ['treasurer', 'co-treasurer'] satisfies KeySlotKind[];

/**
 * The slots an unlock tries, in the file's order, each with the text its key was made from: a
 * passphrase opens the treasurer's or the co-treasurer's slot; a recovery code, read as typed,
 * the recovery slot. Generic over the slot, so that it also serves a file not yet checked (unlockAhead.ts).
 */
export function slotsToTry<S extends { kind: string }>(slots: readonly S[], secret: Confirmation): { slot: S; text: string }[] {
  const recoveryCode = 'recoveryCode' in secret ? normaliseRecoveryCode(secret.recoveryCode) : undefined;
  return slots.flatMap((slot) => {
    if ('passphrase' in secret) return passphraseSlots.includes(slot.kind) ? [{ slot, text: secret.passphrase }] : [];
    return slot.kind === 'recovery' && recoveryCode !== undefined ? [{ slot, text: recoveryCode }] : [];
  });
}
