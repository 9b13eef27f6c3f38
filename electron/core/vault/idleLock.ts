/** Locks the vault when nothing has happened for a while; every call and every keypress counts as something. */
export class IdleLock {
  private timer: NodeJS.Timeout | undefined;
  private seconds = 0;

  constructor(private readonly onIdle: () => void) {}

  /** Starts (or restarts) the countdown with a new length. */
  arm(seconds: number): void {
    this.seconds = seconds;
    this.touch();
  }

  /** Activity: the countdown starts again from the full length. */
  touch(): void {
    if (this.seconds === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onIdle, this.seconds * 1000);
    // The idle lock alone must not keep a CLI process alive.
    this.timer.unref();
  }

  disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.seconds = 0;
  }
}
