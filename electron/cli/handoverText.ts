// What the handover commands print: the facts both treasurers compare, and the checklist for the people.
import type { HandedOver } from '../../shared/contract/index.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { writtenAnchor } from '../../shared/writtenHead.ts';
import { renderFacts } from './textTable.ts';

/** The entry count, the anchor and the group key's fingerprint: the same on both laptops after a handover. */
export function handedOverFacts(handedOver: HandedOver, words: Translator): string {
  return renderFacts([
    [words.words('cli.head.entries'), words.number(handedOver.entries)],
    [words.words('cli.head.anchor'), writtenAnchor(handedOver.anchor) ?? ''],
    [words.words('handoverCli.groupKey'), handedOver.groupKeyFingerprint],
  ]);
}
