import { randomCrockford } from '../crockfordBase32.ts';

/** A fresh pseudonymous recipient code such as R-7KQ2MX: 30 random bits, no meaning, no name. */
export function generateRecipientCode(): string {
  return `R-${randomCrockford(6)}`;
}
