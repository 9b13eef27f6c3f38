import type { ChainHead } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

// The chain is the entries and the stubs retention left of shredded ones, by number (the view
// `chain`). Its head is read from the newest of each, by its primary key: a sort of the whole
// UNION ALL would read every entry.
const newestLink = `SELECT seq, chain_hash FROM (
    SELECT * FROM (SELECT seq, chain_hash FROM entries ORDER BY seq DESC LIMIT 1)
    UNION ALL SELECT * FROM (SELECT seq, chain_hash FROM entry_stubs ORDER BY seq DESC LIMIT 1))
  ORDER BY seq DESC LIMIT 1`;

/** The last entry's (or stub's) number and chain hash; null before the first entry. */
export function chainHead(db: Ledger): ChainHead | null {
  const last = db.prepare(newestLink).get() as { seq: number; chain_hash: string } | undefined;
  return last === undefined ? null : { seq: last.seq, chainHash: last.chain_hash };
}

/** The chain hash of entry `seq`, shredded or not; undefined if the chain has no such entry. */
export function entryChainHash(db: Ledger, seq: number): string | undefined {
  return (db.prepare('SELECT chain_hash FROM chain WHERE seq = ?').get(seq) as { chain_hash: string } | undefined)?.chain_hash;
}
