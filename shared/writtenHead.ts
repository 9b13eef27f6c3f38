// What a treasurer writes on paper, prints or types back to prove the ledger later: the anchor
// E:F:HASH (both chains at once), or a chain head SEQ:HASH.
import type { Anchor, ChainHead } from './contract/index.ts';

/** "42:3f9a…", or undefined before the first link. */
export function writtenHead(head: ChainHead | null): string | undefined {
  return head === null ? undefined : `${head.seq}:${head.chainHash}`;
}

/** "42:17:3f9a…": the entry and fact the anchor covers, and its hash. */
export function writtenAnchor(anchor: Anchor | null): string | undefined {
  return anchor === null ? undefined : `${anchor.entriesSeq}:${anchor.factsSeq}:${anchor.hash}`;
}

export type WrittenProof = { anchor: Anchor } | { head: ChainHead };

/** Reads an anchor E:F:HASH or an entries chain head SEQ:HASH back (spaces and case forgiven, as copied from paper); null if it is neither. */
export function readWrittenProof(text: string): WrittenProof | null {
  const compact = text.replace(/\s+/g, '');
  const anchor = /^(\d{1,15}):(\d{1,15}):([0-9a-fA-F]{64})$/.exec(compact);
  if (anchor !== null && Number(anchor[2]) >= 1) {
    return { anchor: { entriesSeq: Number(anchor[1]), factsSeq: Number(anchor[2]), hash: (anchor[3] ?? '').toLowerCase() } };
  }
  const head = readWrittenHead(compact);
  return head === null ? null : { head };
}

/** Reads SEQ:HASH back; null if it is not one. */
export function readWrittenHead(text: string): ChainHead | null {
  const match = /^#?(\d{1,15}):([0-9a-fA-F]{64})$/.exec(text.replace(/\s+/g, ''));
  const seq = Number(match?.[1] ?? 0);
  return match === null || seq < 1 ? null : { seq, chainHash: (match[2] ?? '').toLowerCase() };
}
