import { describe, expect, it } from 'vitest';
import { clearedBalance } from '../../shared/clearedBalance.ts';

describe('the cleared balance', () => {
  const effects = new Map([
    [12, 10_000],
    [13, -2_500],
    [15, 0],
  ]);

  it('is the previous cleared balance and the ticked entries’ effects, whichever way they moved the account', () => {
    expect(clearedBalance(700, effects, [])).toBe(700);
    expect(clearedBalance(700, effects, [12, 13])).toBe(8_200);
    expect(clearedBalance(-300, effects, new Set([13, 15]))).toBe(-2_800);
  });
});
