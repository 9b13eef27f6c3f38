// A chain head as a treasurer writes it on paper, prints it or types it back: SEQ:HASH.
import type { ChainHead } from './contract/index.ts';

/** "42:3f9a…", or undefined before the first link. */
export function writtenHead(head: ChainHead | null): string | undefined {
  return head === null ? undefined : `${head.seq}:${head.chainHash}`;
}

/** Reads SEQ:HASH back (spaces and case forgiven, as copied from paper); null if it is not one. */
export function readWrittenHead(text: string): ChainHead | null {
  const match = /^#?(\d{1,15}):([0-9a-fA-F]{64})$/.exec(text.replace(/\s+/g, ''));
  const seq = Number(match?.[1] ?? 0);
  return match === null || seq < 1 ? null : { seq, chainHash: (match[2] ?? '').toLowerCase() };
}
