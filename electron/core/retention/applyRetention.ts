import type { Output, ShredRun } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { calendarDate } from '../calendar.ts';
import type { WorkTurn } from '../longWork.ts';
import type { WriteElsewhere } from '../vault/backgroundWriter.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { changedMeanwhile } from '../vault/stepsTransaction.ts';
import { currentHold, refuseUnderHold } from './legalHold.ts';
import { retentionAges } from './retentionAges.ts';
import { shredWork } from './shredSteps.ts';

export type RetentionRun = Output<'retention.apply'>;

/** How many times a run is worked out again when the ledger changed under it (another window wrote). */
const attempts = 3;

/**
 * Shreds what the schedule says is due, all in one transaction on a connection of its own (`write`),
 * then compacts the database so that no removed byte is left in it or its WAL. A run the treasurer
 * asks for is refused under a hold and always compacts; a scheduled one does nothing under a hold
 * and compacts only when it shredded something.
 */
export async function applyRetention(db: Ledger, write: WriteElsewhere, now: Date, startedBy: ShredRun['startedBy'], turn: WorkTurn): Promise<RetentionRun> {
  if (startedBy === 'treasurer') refuseUnderHold(db);
  else if (currentHold(db) !== null) return { run: null, compacted: false };
  const { ages, chosen } = retentionAges(db);
  for (let attempt = 1; ; attempt += 1) {
    const work = shredWork(db, ages, calendarDate(now), now, startedBy);
    const writes = chosen && work.changesAnything;
    const shreds = writes && Object.values(work.counts).some((count) => count > 0);
    const compact = shreds || startedBy === 'treasurer';
    if (!writes && !compact) return { run: null, compacted: false };
    const total = work.steps.length;
    try {
      await write(
        writes ? work.steps : [],
        compact,
        (progress) => {
          // Only reported here: the worker is stopped through the signal, not by this turn.
          turn.between(progress.stage === 'steps' ? { step: 'shredding', done: progress.done, total } : { step: 'compacting', done: 0, total: 0 }).catch(() => undefined);
        },
        turn.signal,
      );
      return { run: shreds ? { ranAt: now.toISOString(), startedBy, counts: work.counts } : null, compacted: compact };
    } catch (error) {
      if (!(error instanceof Error) || error.message !== changedMeanwhile || attempt === attempts) throw asBusy(error);
    }
  }
}

/** A run that kept meeting a ledger changing under it tells the treasurer to try again. */
function asBusy(error: unknown): unknown {
  return error instanceof Error && error.message === changedMeanwhile ? new TreasuryError('VAULT_BUSY', say('common.vaultBusy')) : error;
}
