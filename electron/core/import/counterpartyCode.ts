// A counterparty becomes a recipient code at the door: HMAC-SHA-256 of the name as people read it
// (NFKC, case-folded, spaces run together), under the vault's counterparty key, written as R- and
// eight Crockford characters (40 bits). The name itself is never stored.
import { createHmac } from 'node:crypto';
import { nameKey } from '../../../shared/text.ts';
import { crockfordOf } from '../crockfordBase32.ts';
import type { CounterpartyKeyRow } from '../ledger/schema/rows.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

/** Turns counterparties into codes with this vault's key, read once for a whole statement. */
export function counterpartyCoder(db: Ledger): (counterparty: string) => string {
  const { secret } = db.prepare('SELECT secret FROM counterparty_key WHERE id = 1').get() as Pick<CounterpartyKeyRow, 'secret'>;
  // A statement names the same few people again and again: each is worked out once.
  const known = new Map<string, string>();
  return (counterparty) => {
    const already = known.get(counterparty);
    if (already !== undefined) return already;
    const digest = createHmac('sha256', secret).update(nameKey(counterparty.trim()).replace(/\s+/gu, ' ')).digest();
    // Eight characters of five bits each: the digest's first five bytes.
    const code = crockfordOf(digest, 8);
    known.set(counterparty, `R-${code}`);
    return `R-${code}`;
  };
}
