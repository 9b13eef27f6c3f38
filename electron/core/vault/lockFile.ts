// A lock file shared by every process that opens one vault (the app, the Chromium shell, CLI runs):
// created with O_EXCL, holding the owner's pid, and taken over once its owner is gone.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import type { TreasuryError } from '../../../shared/errors.ts';

export interface LockFileOptions {
  /** How long to wait for another process to let go before giving up with `busy()`. */
  waitMs: number;
  /** A lock older than this belongs to nothing still running (a pid reused after a crash). */
  staleMs: number;
  busy: () => TreasuryError;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock at `path`, waiting for another holder; returns the function that lets it go. */
export async function acquireLockFile(path: string, options: LockFileOptions): Promise<() => void> {
  const giveUpAt = Date.now() + options.waitMs;
  for (;;) {
    try {
      writeFileSync(path, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }), { flag: 'wx', mode: 0o600 });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(path, options.staleMs)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > giveUpAt) throw options.busy();
    await pause(100);
  }
}

/** A lock whose process is gone, or that is too old to belong to a running one. */
function isStale(lock: string, staleMs: number): boolean {
  try {
    const { pid } = z.object({ pid: z.number().int().positive() }).parse(JSON.parse(readFileSync(lock, 'utf8')));
    if (Date.now() - statSync(lock).mtimeMs > staleMs) return true;
    if (pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    // Unreadable (half-written by a process killed that instant): stale once it is a few seconds old.
    try {
      return Date.now() - statSync(lock).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
}
