import type { Money } from './contract/index.ts';

/** Adds up amounts per currency, in currency order: a currency is never added to another. */
export function sumByCurrency(amounts: Money[]): Money[] {
  const totals = new Map<string, number>();
  amounts.forEach(({ currency, amount }) => totals.set(currency, (totals.get(currency) ?? 0) + amount));
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}
