import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTreasury } from './treasuryFixture.ts';

describe('keys stay out of core dumps where the system allows it', () => {
  it.runIf(process.platform === 'linux')('a running core has told Linux to dump none of its memory', async () => {
    const { treasury } = startTreasury();
    expect(Number.parseInt(readFileSync('/proc/self/coredump_filter', 'utf8'), 16)).toBe(0);
    await treasury.close();
  });
});
