// The ledger's anchor and the heads of its two hash chains, as `status` and `verify` print them and
// as a treasurer writes them down: E:F:HASH and SEQ:HASH, which `verify --expect-head` reads back.
import type { ChainHead, LedgerHead } from '../../shared/contract/index.ts';
import { readWrittenHead, readWrittenProof, writtenAnchor, writtenHead, type WrittenProof } from '../../shared/writtenHead.ts';
import { usageError } from './cliError.ts';

/** The entry count and both heads, one labelled line each. */
export function renderLedgerHead(ledger: LedgerHead, labelWidth = 15): string {
  return [
    ['Entries', String(ledger.entries)],
    ['Anchor', writtenAnchor(ledger.anchor) ?? 'none yet'],
    ['Chain head', writtenHead(ledger.head) ?? 'none yet'],
    ['Facts head', writtenHead(ledger.factsHead) ?? 'none yet'],
  ]
    .map(([label, value]) => `${(label ?? '').padEnd(labelWidth)}${value ?? ''}`)
    .join('\n');
}

/** Reads SEQ:HASH as `status` prints a chain head; anything else is a usage error naming the flag. */
export function chainHeadFlag(value: string, flag: string): ChainHead {
  const head = readWrittenHead(value);
  if (head === null) throw usageError(`${flag} "${value}": write the head as SEQ:HASH, as "mutual-ledger status" prints it (the entry number, a colon, the 64-digit chain hash).`);
  return head;
}

/** Reads the anchor E:F:HASH, or an entries chain head SEQ:HASH, as `status` prints them. */
export function writtenProofFlag(value: string, flag: string): WrittenProof {
  const proof = readWrittenProof(value);
  if (proof === null) throw usageError(`${flag} "${value}": write the anchor as E:F:HASH (or a chain head as SEQ:HASH), as "mutual-ledger status" prints it.`);
  return proof;
}
