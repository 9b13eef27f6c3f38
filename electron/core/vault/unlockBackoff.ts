import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../atomicFile.ts';

const backoffSchema = z.object({ failures: z.number().int().nonnegative(), lastFailureAt: z.iso.datetime() });
type BackoffRecord = z.infer<typeof backoffSchema>;

const capSeconds = 60;

/** 1 s after the first failure, then 2, 4, 8 … up to a minute. */
export function backoffSeconds(failures: number): number {
  return failures === 0 ? 0 : Math.min(2 ** (failures - 1), capSeconds);
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

  /** Seconds until the next attempt is allowed; 0 when free to try. */
  retryAfterSeconds(): number {
    const record = this.read();
    if (record === undefined) return 0;
    const allowedAt = Date.parse(record.lastFailureAt) + backoffSeconds(record.failures) * 1000;
    return Math.max(0, Math.ceil((allowedAt - this.now().getTime()) / 1000));
  }

  recordFailure(): void {
    const failures = (this.read()?.failures ?? 0) + 1;
    writeFileAtomic(this.path, JSON.stringify({ failures, lastFailureAt: this.now().toISOString() } satisfies BackoffRecord));
  }

  recordSuccess(): void {
    if (this.read() !== undefined) writeFileAtomic(this.path, JSON.stringify({ failures: 0, lastFailureAt: this.now().toISOString() } satisfies BackoffRecord));
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
