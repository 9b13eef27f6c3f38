import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TreasuryEvent, WorkName, WorkProgress } from '../../shared/contract/index.ts';
import { TreasuryError } from '../../shared/errors.ts';
import type { Message } from '../../shared/messages/message.ts';

/** What a long piece of work is handed: its way to report progress, give other calls their turn, and learn it must stop. */
export interface WorkTurn {
  /**
   * Called between two slices: reports how far the work is, lets the calls waiting meanwhile run,
   * and throws WORK_CANCELLED if the work was stopped while they did. Nothing the work read before
   * may be trusted to be open after it throws.
   */
  between(progress: Omit<WorkProgress, 'work'>): Promise<void>;
  /** Aborted the moment the work is stopped: a worker thread doing part of it stops with it. */
  readonly signal: AbortSignal;
}

/** Reports how far a piece of work is and lets the report go out before the work goes on. */
export type ReportProgress = (progress: Omit<WorkProgress, 'work'>) => Promise<void>;

/** How `work` reports its progress: as an event, then a turn of the event loop so that the event reaches the screen or the CLI's progress line. */
function progressReporter(work: WorkName, emit: (event: TreasuryEvent) => void): ReportProgress {
  return async (progress) => {
    emit({ name: 'progress', payload: { work, ...progress } });
    await nextTurn();
  };
}

/** Reports nothing and goes straight on: for work nobody watches (a test, the bench's own calls). */
export const unreported: ReportProgress = () => Promise.resolve();

/** The turn of work that nothing else runs beside (a test, the quick check): it never yields and is never stopped. */
export const uninterrupted: WorkTurn = { between: () => Promise.resolve(), signal: new AbortController().signal };

/**
 * Runs the long pieces of work one after the other, each beside the dispatcher's queue, and stops
 * them when asked (the stop button, Ctrl-C) or when the vault locks or changes its key.
 */
export class LongWork {
  /** The work running and any waiting behind it: a stop stops them all. */
  private readonly unfinished = new Set<AbortController>();
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly emit: (event: TreasuryEvent) => void) {}

  run<T>(work: WorkName, body: (turn: WorkTurn) => Promise<T>): Promise<T> {
    // Counted from the call, not from its turn: a stop asked for before the work begins stops it too.
    const stopper = new AbortController();
    this.unfinished.add(stopper);
    const report = progressReporter(work, this.emit);
    const turn: WorkTurn = {
      signal: stopper.signal,
      between: async (progress) => {
        await report(progress);
        stopper.signal.throwIfAborted();
      },
    };
    const result = this.last
      .then(() => {
        stopper.signal.throwIfAborted();
        return body(turn);
      })
      .finally(() => this.unfinished.delete(stopper));
    this.last = result.catch(() => undefined);
    return result;
  }

  /**
   * Runs work that holds the dispatcher's queue (an import: no other call may run in its turns, so
   * nothing changes the ledger between its plan and its write). It reports as run()'s work does, does
   * not wait for a verify or a retention run to end, and stops with WORK_CANCELLED at its next report
   * when stop() is called: by a lock, which includes the app shutting down and Ctrl-C in the CLI.
   */
  async holdingTheQueue<T>(work: WorkName, body: (report: ReportProgress) => Promise<T>): Promise<T> {
    const stopper = new AbortController();
    this.unfinished.add(stopper);
    const report = progressReporter(work, this.emit);
    try {
      return await body(async (progress) => {
        await report(progress);
        stopper.signal.throwIfAborted();
      });
    } finally {
      this.unfinished.delete(stopper);
    }
  }

  /** Stops the work running, and any waiting, at its next slice with this reason; false when there was none. */
  stop(reason: Message): boolean {
    const stoppers = [...this.unfinished];
    for (const stopper of stoppers) stopper.abort(new TreasuryError('WORK_CANCELLED', reason));
    return stoppers.length > 0;
  }
}
