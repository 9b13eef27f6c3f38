// The heads of the ledger's two hash chains, as `status` and `verify` print them and as a treasurer
// writes them down: SEQ:HASH, which `verify --expect-head` reads back.
import type { ChainHead, LedgerHead } from '../../shared/contract/index.ts';
import { usageError } from './cliError.ts';

/** A chain head as written on paper and on the command line. */
export function writtenHead(head: ChainHead | null): string {
  return head === null ? 'none yet' : `${head.seq}:${head.chainHash}`;
}

/** The entry count and both heads, one labelled line each. */
export function renderLedgerHead(ledger: LedgerHead, labelWidth = 15): string {
  return [
    ['Entries', String(ledger.entries)],
    ['Chain head', writtenHead(ledger.head)],
    ['Facts head', writtenHead(ledger.factsHead)],
  ]
    .map(([label, value]) => `${(label ?? '').padEnd(labelWidth)}${value ?? ''}`)
    .join('\n');
}

/** Reads SEQ:HASH as `status` prints it; anything else is a usage error naming the flag. */
export function chainHeadFlag(value: string, flag: string): ChainHead {
  const match = /^#?(\d{1,15}):([0-9a-fA-F]{64})$/.exec(value.trim());
  const seq = Number(match?.[1] ?? 0);
  if (match === null || seq < 1) throw usageError(`${flag} "${value}": write the head as SEQ:HASH, as "mutual-ledger status" prints it (the entry number, a colon, the 64-digit chain hash).`);
  return { seq, chainHash: (match[2] ?? '').toLowerCase() };
}
