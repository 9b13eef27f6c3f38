import { existsSync, readFileSync } from 'node:fs';
import * as z from 'zod';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { writeFileAtomic } from '../atomicFile.ts';
import { acquireLockFile } from './lockFile.ts';

const backoffSchema = z.object({ failures: z.number().int().nonnegative(), lastFailureAt: z.iso.datetime() });
type BackoffRecord = z.infer<typeof backoffSchema>;

const capSeconds = 60;
/** A lock file older than this was left by a process that died mid-attempt (an Argon2id run takes seconds). */
const staleLockMs = 2 * 60_000;
/** How long an attempt waits for another window's attempt to finish before giving up. */
const lockWaitMs = 30_000;

/** 1 s after the first failure, then 2, 4, 8 … up to a minute. */
export function backoffSeconds(failures: number): number {
  return failures === 0 ? 0 : Math.min(2 ** (failures - 1), capSeconds);
}

/** `unlock-attempt.lock` beside `unlock-backoff.json`. */
export function attemptLockPath(backoffPath: string): string {
  return backoffPath.replace(/unlock-backoff\.json$/, 'unlock-attempt.lock');
}

/**
 * Failed unlock attempts, kept in the vault folder so a restart does not reset them.
 * This slows guessing through the app; against a copied vault the barrier is Argon2id.
 */
export class UnlockBackoff {
  constructor(
    private readonly path: string,
    private readonly now: () => Date,
  ) {}

  /** Seconds until the next attempt is allowed; 0 when free to try. Never more than the longest wait. */
  retryAfterSeconds(): number {
    const record = this.read();
    if (record === undefined) return 0;
    const wait = backoffSeconds(record.failures);
    const allowedAt = Date.parse(record.lastFailureAt) + wait * 1000;
    // A failure time in the future (a clock set wrong, an edited file) must not lock anyone out for longer.
    return Math.min(wait, Math.max(0, Math.ceil((allowedAt - this.now().getTime()) / 1000)));
  }

  /** Throws UNLOCK_BACKOFF while a wait is running. */
  refuseWhileWaiting(): void {
    const wait = this.retryAfterSeconds();
    if (wait > 0) throw new TreasuryError('UNLOCK_BACKOFF', say('vault.backoffWait', { seconds: wait }), { retryAfterSeconds: wait });
  }

  /**
   * Runs one attempt (check the wait, then Argon2id) holding a lock file, so two windows or two CLI
   * processes cannot both pass the check and guess in parallel: the second waits for the first, then
   * sees its failure.
   */
  async guarded<T>(attempt: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      this.refuseWhileWaiting();
      return await attempt();
    } finally {
      release();
    }
  }

  recordFailure(): void {
    const failures = (this.read()?.failures ?? 0) + 1;
    writeFileAtomic(this.path, JSON.stringify({ failures, lastFailureAt: this.now().toISOString() } satisfies BackoffRecord));
  }

  recordSuccess(): void {
    if (this.read() !== undefined) writeFileAtomic(this.path, JSON.stringify({ failures: 0, lastFailureAt: this.now().toISOString() } satisfies BackoffRecord));
  }

  private acquire(): Promise<() => void> {
    return acquireLockFile(attemptLockPath(this.path), {
      waitMs: lockWaitMs,
      staleMs: staleLockMs,
      busy: () => new TreasuryError('UNLOCK_BACKOFF', say('vault.unlockInAnotherWindow'), { retryAfterSeconds: 1 }),
    });
  }

  private read(): BackoffRecord | undefined {
    if (!existsSync(this.path)) return undefined;
    try {
      return backoffSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      // Anyone able to damage this file could delete it too; it must never lock the treasurer out.
      return undefined;
    }
  }
}
