// The heads of the ledger's two hash chains, as `status` and `verify` print them and as a treasurer
// writes them down: SEQ:HASH, which `verify --expect-head` reads back.
import type { ChainHead, LedgerHead } from '../../shared/contract/index.ts';
import { readWrittenHead, writtenHead } from '../../shared/writtenHead.ts';
import { usageError } from './cliError.ts';


/** The entry count and both heads, one labelled line each. */
export function renderLedgerHead(ledger: LedgerHead, labelWidth = 15): string {
  return [
    ['Entries', String(ledger.entries)],
    ['Chain head', writtenHead(ledger.head) ?? 'none yet'],
    ['Facts head', writtenHead(ledger.factsHead) ?? 'none yet'],
  ]
    .map(([label, value]) => `${(label ?? '').padEnd(labelWidth)}${value ?? ''}`)
    .join('\n');
}

/** Reads SEQ:HASH as `status` prints it; anything else is a usage error naming the flag. */
export function chainHeadFlag(value: string, flag: string): ChainHead {
  const head = readWrittenHead(value);
  if (head === null) throw usageError(`${flag} "${value}": write the head as SEQ:HASH, as "mutual-ledger status" prints it (the entry number, a colon, the 64-digit chain hash).`);
  return head;
}
