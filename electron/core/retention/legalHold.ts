// A legal hold (a subpoena, a lawsuit, an audit): while one stands, no run shreds anything. Placing
// and lifting are facts in the chain, so the record of a hold cannot be quietly removed; lifting asks
// for the passphrase (the handler confirms it before calling liftHold).
import type { Hold } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, say } from '../../../shared/messages/message.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { appendFact, settingFacts } from '../ledger/ledgerFacts.ts';

/** The hold that stands, or null. */
export function currentHold(db: Ledger): Hold | null {
  const [latest] = settingFacts(db, ['hold-placed', 'hold-lifted'], 1);
  return latest?.kind === 'hold-placed' ? { note: String(latest.content.note), placedAt: String(latest.content.recordedAt) } : null;
}

/** Every hold placed, newest first, with when it was lifted (null while it stands). */
export function holdHistory(db: Ledger): Array<{ note: string; placedAt: string; liftedAt: string | null }> {
  const holds: Array<{ note: string; placedAt: string; liftedAt: string | null }> = [];
  let liftedAt: string | null = null;
  for (const { kind, content } of settingFacts(db, ['hold-placed', 'hold-lifted'])) {
    if (kind === 'hold-lifted') liftedAt = String(content.recordedAt);
    else {
      holds.push({ note: String(content.note), placedAt: String(content.recordedAt), liftedAt });
      liftedAt = null;
    }
  }
  return holds;
}

/** Places a hold; refused while one stands (its note says why, and stays as written). */
export function placeHold(db: Ledger, note: string, now: Date): Hold {
  return writeTransaction(db, () => {
    const standing = currentHold(db);
    if (standing !== null) throw new TreasuryError('NOT_PERMITTED', say('retention.holdAlreadyStands', { since: day(standing.placedAt.slice(0, 10)) }));
    appendFact(db, 'hold-placed', { note, recordedAt: now.toISOString() });
    return { note, placedAt: now.toISOString() };
  });
}

/** Lifts the hold that stands; refused when there is none. */
export function liftHold(db: Ledger, now: Date): string {
  return writeTransaction(db, () => {
    if (currentHold(db) === null) throw new TreasuryError('NOT_FOUND', say('retention.noHold'));
    appendFact(db, 'hold-lifted', { recordedAt: now.toISOString() });
    return now.toISOString();
  });
}

/** Refuses to shred under a hold. */
export function refuseUnderHold(db: Ledger): void {
  const standing = currentHold(db);
  if (standing !== null) throw new TreasuryError('NOT_PERMITTED', say('retention.underHold', { since: day(standing.placedAt.slice(0, 10)), note: standing.note }));
}
