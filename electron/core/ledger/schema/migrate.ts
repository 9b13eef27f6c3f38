// The ledger's schema, one step per version, each in a file of its own; PRAGMA user_version records how
// far a vault has come. Steps are never edited once released: a change is a new step.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { nameKey } from '../../../../shared/text.ts';
import { step1Settings } from './step1Settings.ts';
import { step2Ledger } from './step2Ledger.ts';
import { step3NamesFlowsAndFacts } from './step3NamesFlowsAndFacts.ts';
import { step4FactsOfExistingRows } from './step4FactsOfExistingRows.ts';
import { step5MemoSearch } from './step5MemoSearch.ts';
import { step6AccountIndexes } from './step6AccountIndexes.ts';
import { step7MemoSearchLowered } from './step7MemoSearchLowered.ts';
import { step8FormatTwo } from './step8FormatTwo.ts';
import { step9Retention } from './step9Retention.ts';
import { step10CounterpartyKey } from './step10CounterpartyKey.ts';
import { step11Import } from './step11Import.ts';
import { step12EntriesAddedPerBatch } from './step12EntriesAddedPerBatch.ts';
import { step13IncomingCategories } from './step13IncomingCategories.ts';
import { step14ReconciliationCleared } from './step14ReconciliationCleared.ts';
import { step15Backups } from './step15Backups.ts';
import { step16CategoryNames } from './step16CategoryNames.ts';

/** A step is SQL, or work SQL cannot do (hashing), run inside the same transaction. */
type Step = string | ((db: Database) => void);

const steps: Step[] = [
  step1Settings,
  step2Ledger,
  step3NamesFlowsAndFacts,
  step4FactsOfExistingRows,
  step5MemoSearch,
  step6AccountIndexes,
  step7MemoSearchLowered,
  step8FormatTwo,
  step9Retention,
  step10CounterpartyKey,
  step11Import,
  step12EntriesAddedPerBatch,
  step13IncomingCategories,
  step14ReconciliationCleared,
  step15Backups,
  step16CategoryNames,
];

export const ledgerSchemaVersion = steps.length;

/** Brings the ledger's schema up to `version` (the newest unless a test asks for an older one), all steps in one transaction. */
export function migrate(db: Database, version = steps.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new Error(`This vault was written by a newer Mutual Ledger (schema ${current}); update the app to open it.`);
  }
  // Up to date: write nothing, so unlocking never touches the ledger file.
  if (current >= version) return;
  db.function('fold_name', { deterministic: true }, (name: unknown) => nameKey(String(name)));
  db.transaction(() => {
    steps.slice(current, version).forEach((step) => (typeof step === 'string' ? db.exec(step) : step(db)));
    db.pragma(`user_version = ${version}`);
  })();
}
