// The ledger's anchor and the heads of its two hash chains, as `status` and `verify` print them and
// as a treasurer writes them down: E:F:HASH and SEQ:HASH, which `verify --expect-head` reads back.
import type { ChainHead, LedgerHead } from '../../shared/contract/index.ts';
import { say } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { readWrittenHead, readWrittenProof, writtenAnchor, writtenHead, type WrittenProof } from '../../shared/writtenHead.ts';
import { usageError } from './cliError.ts';
import { renderFacts } from './textTable.ts';

/** The entry count and both heads, one labelled line each, for `status` to print with its other facts. */
export function ledgerHeadFacts(ledger: LedgerHead, words: Translator): Array<[string, string]> {
  const noneYet = words.words('cli.head.noneYet');
  return [
    [words.words('cli.head.entries'), words.number(ledger.entries)],
    [words.words('cli.head.anchor'), writtenAnchor(ledger.anchor) ?? noneYet],
    [words.words('cli.head.chainHead'), writtenHead(ledger.head) ?? noneYet],
    [words.words('cli.head.factsHead'), writtenHead(ledger.factsHead) ?? noneYet],
  ];
}

/** The entry count and both heads, one labelled line each. */
export function renderLedgerHead(ledger: LedgerHead, words: Translator): string {
  return renderFacts(ledgerHeadFacts(ledger, words));
}

/** Reads SEQ:HASH as `status` prints a chain head; anything else is a usage error naming the flag. */
export function chainHeadFlag(value: string, flag: string): ChainHead {
  const head = readWrittenHead(value);
  if (head === null) throw usageError(say('cli.head.notAChainHead', { flag, value }));
  return head;
}

/** Reads the anchor E:F:HASH, or an entries chain head SEQ:HASH, as `status` prints them. */
export function writtenProofFlag(value: string, flag: string): WrittenProof {
  const proof = readWrittenProof(value);
  if (proof === null) throw usageError(say('cli.head.notAnAnchor', { flag, value }));
  return proof;
}
