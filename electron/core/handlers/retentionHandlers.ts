import type { Handlers } from '../dispatcher.ts';
import type { LongWork } from '../longWork.ts';
import { calendarDate } from '../calendar.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { WriteElsewhere } from '../vault/backgroundWriter.ts';
import type { Vault } from '../vault/vault.ts';
import { firstOpenMonth } from '../ledger/sealedMonths.ts';
import { applyRetention } from '../retention/applyRetention.ts';
import { currentHold, holdHistory, liftHold, placeHold } from '../retention/legalHold.ts';
import { recommendedAges, retentionAges, retentionChanges, setRetentionAges } from '../retention/retentionAges.ts';
import { retentionPlan } from '../retention/retentionPlan.ts';
import { shredLog } from '../retention/shredLog.ts';
import type { RetentionOverview } from '../../../shared/contract/index.ts';

type RetentionHandlers = Pick<Handlers, Extract<keyof Handlers, `retention.${string}` | `hold.${string}`>>;

function overview(db: Ledger): RetentionOverview {
  return {
    ...retentionAges(db),
    recommended: recommendedAges,
    changes: retentionChanges(db),
    runs: shredLog(db),
    hold: currentHold(db),
    holds: holdHistory(db),
    sealedBefore: firstOpenMonth(db),
  };
}

/** The contract's retention and legal-hold methods. */
export function retentionHandlers(vault: Vault, ledger: () => Ledger, ledgerWriter: () => WriteElsewhere, now: () => Date, longWork: LongWork): RetentionHandlers {
  return {
    'retention.show': () => overview(ledger()),
    'retention.plan': () => retentionPlan(ledger(), retentionAges(ledger()).ages, calendarDate(now())),
    'retention.apply': ({ startedBy }) => longWork.run('retention', (turn) => applyRetention(ledger(), ledgerWriter(), now(), startedBy, turn)),
    'retention.set': (change) => {
      setRetentionAges(ledger(), change, now());
      return overview(ledger());
    },
    'hold.status': () => ({ hold: currentHold(ledger()) }),
    'hold.place': ({ note }) => ({ hold: placeHold(ledger(), note, now()) }),
    'hold.lift': async ({ confirmWith }) => {
      await vault.confirm(confirmWith, undefined);
      return { hold: null, liftedAt: liftHold(ledger(), now()) };
    },
  };
}
