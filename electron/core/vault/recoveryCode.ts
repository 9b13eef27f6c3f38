import { groupCode, isCrockford, normaliseCrockford, randomCrockford } from '../crockfordBase32.ts';

/** 30 characters of 5 bits: 150 bits, well above the 128 the threat model asks for. */
const recoveryCodeLength = 30;
const groupSize = 5;

/** A new recovery code, grouped for writing down ("K7M2Q-…", six groups of five). */
export function generateRecoveryCode(): string {
  return groupCode(randomCrockford(recoveryCodeLength), groupSize);
}

/** The code as typed, reduced to the form its key slot was made from; undefined if it cannot be one. */
export function normaliseRecoveryCode(typed: string): string | undefined {
  const code = normaliseCrockford(typed);
  return code.length === recoveryCodeLength && isCrockford(code) ? code : undefined;
}
