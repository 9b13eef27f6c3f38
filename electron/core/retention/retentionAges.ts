// How long the group keeps each kind of record. The schedule is a fact in the ledger's facts chain,
// so every change is kept with its date and cannot be rewritten. Until the group chooses one,
// nothing is shredded: a vault made before retention existed must not start deleting on its own.
import type { RetentionAges, RetentionPolicy } from '../../../shared/contract/index.ts';
import { retentionPolicies } from '../../../shared/contract/index.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { appendFact, settingFacts, type FactContent } from '../ledger/ledgerFacts.ts';

/** What the app recommends, and offers when a vault is made: short for what names people, longer for the books. */
export const recommendedAges: RetentionAges = { memos: '90d', receipts: '12m', recipientCodes: '12m', entries: '24m', shredLog: '24m' };

/** Before a schedule is chosen: everything is kept. */
const keepEverything: RetentionAges = { memos: 'never', receipts: 'never', recipientCodes: 'never', entries: 'never', shredLog: 'never' };

function agesOf(content: FactContent): RetentionAges {
  return Object.fromEntries(retentionPolicies.map((policy) => [policy, String(content[policy])])) as RetentionAges;
}

/** Every schedule the group chose, newest first, with when. */
export function retentionChanges(db: Ledger): Array<{ ages: RetentionAges; recordedAt: string }> {
  return settingFacts(db, ['retention-policy']).map(({ content }) => ({ ages: agesOf(content), recordedAt: String(content.recordedAt) }));
}

/** The schedule in force, and whether the group has chosen one. */
export function retentionAges(db: Ledger): { ages: RetentionAges; chosen: boolean } {
  const [latest] = settingFacts(db, ['retention-policy'], 1);
  return latest === undefined ? { ages: keepEverything, chosen: false } : { ages: agesOf(latest.content), chosen: true };
}

/** Records a new schedule: the ages given, the recommended ones, or (for each left out) the ages in force. Nothing is recorded when nothing changes. */
export function setRetentionAges(db: Ledger, change: Partial<RetentionAges> & { recommended?: boolean | undefined }, now: Date): void {
  writeTransaction(db, () => {
    const current = retentionAges(db);
    const base = change.recommended === true ? recommendedAges : current.ages;
    const ages = Object.fromEntries(retentionPolicies.map((policy: RetentionPolicy) => [policy, change[policy] ?? base[policy]])) as RetentionAges;
    if (current.chosen && retentionPolicies.every((policy) => ages[policy] === current.ages[policy])) return;
    appendFact(db, 'retention-policy', { ...ages, recordedAt: now.toISOString() });
  });
}
