import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { IdleLock } from '../../../electron/core/vault/idleLock.ts';

// The countdown behind the auto-lock: every call and keypress starts it again from its full length.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function idleLock(): { lock: IdleLock; locks: () => number } {
  let count = 0;
  return { lock: new IdleLock(() => (count += 1)), locks: () => count };
}

/** That the lock comes exactly `seconds` from now: not a millisecond before, and then once. */
function expectLockIn(seconds: number, locks: () => number): void {
  vi.advanceTimersByTime(seconds * 1000 - 1);
  expect(locks()).toBe(0);
  vi.advanceTimersByTime(1);
  expect(locks()).toBe(1);
}

it('locks once the whole length has passed with nothing happening, not a millisecond before', () => {
  const { lock, locks } = idleLock();
  lock.arm(300);
  expectLockIn(300, locks);
});

it('starts again from the full length at each sign of activity', () => {
  const { lock, locks } = idleLock();
  lock.arm(60);
  vi.advanceTimersByTime(59_000);
  lock.touch();
  expectLockIn(60, locks);
});

it('armed again with another length, counts that length from now', () => {
  const { lock, locks } = idleLock();
  lock.arm(600);
  vi.advanceTimersByTime(100_000);
  lock.arm(60);
  expectLockIn(60, locks);
  vi.advanceTimersByTime(600_000);
  expect(locks()).toBe(1);
});

it('never locks when disarmed, or before it is armed, whatever happens', () => {
  const { lock, locks } = idleLock();
  lock.touch();
  vi.advanceTimersByTime(3_600_000);
  lock.arm(60);
  lock.disarm();
  lock.touch();
  vi.advanceTimersByTime(3_600_000);
  expect(locks()).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
});

it('does not keep a command-line process alive on its own', () => {
  vi.useRealTimers();
  const { lock } = idleLock();
  const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
  lock.arm(60);
  const timer = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout;
  expect(timer.hasRef()).toBe(false);
  lock.disarm();
  setTimeoutSpy.mockRestore();
});
