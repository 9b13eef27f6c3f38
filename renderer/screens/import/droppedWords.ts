import type { ImportPreview } from '../../../shared/contract/index.ts';
import type { Translator } from '../../../shared/messages/translator.ts';

/**
 * What the statement held that the ledger will not keep, in one sentence, said before anything is
 * written: "3 names were turned into recipient codes; 2 notes had a name or contact taken out; 4 bank
 * descriptions are read for your rules and not kept."
 */
export function droppedSentence(words: Translator, dropped: ImportPreview['dropped']): string {
  const parts = [
    dropped.counterparties > 0 ? words.words('importScreen.dropped.counterparties', { count: dropped.counterparties }) : null,
    dropped.notesCleaned > 0 ? words.words('importScreen.dropped.notesCleaned', { count: dropped.notesCleaned }) : null,
    dropped.descriptions > 0 ? words.words('importScreen.dropped.descriptions', { count: dropped.descriptions }) : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return words.words('importScreen.dropped.nothing');
  return words.words('importScreen.dropped.sentence', { parts: parts.join('; ') });
}
