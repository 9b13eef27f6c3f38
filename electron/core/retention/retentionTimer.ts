import type { ShredRun } from '../../../shared/contract/index.ts';

/** How often the timer looks whether the day has turned while the vault stays unlocked. */
const lookEveryMs = 60 * 60 * 1000;

/**
 * Starts a retention run when the vault is unlocked, then once a day while it stays unlocked. A run
 * goes through the dispatcher like any call: it is long work, so a lock stops it at once, and a
 * schedule the group never chose, or a legal hold, makes it do nothing.
 */
export class RetentionTimer {
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastRunDay: string | undefined;

  constructor(
    private readonly run: (startedBy: ShredRun['startedBy']) => void,
    private readonly today: () => string,
  ) {}

  unlocked(): void {
    this.locked();
    this.lastRunDay = this.today();
    this.run('unlock');
    this.timer = setInterval(() => this.look(), lookEveryMs);
    // The timer never keeps the process alive on its own.
    this.timer.unref();
  }

  locked(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Runs if the day turned since the last run. */
  look(): void {
    const day = this.today();
    if (day === this.lastRunDay) return;
    this.lastRunDay = day;
    this.run('daily');
  }
}
