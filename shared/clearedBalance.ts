// The balance a statement should show once its entries are ticked: written once, for the core that
// records a reconciliation and the screen that shows it live while the treasurer ticks.

/**
 * The cleared balance: what the previous reconciliation cleared, and the effects of the entries
 * ticked now on the account (`effects`: each uncleared entry's effect by its number).
 */
export function clearedBalance(previousBalance: number, effects: ReadonlyMap<number, number>, ticked: Iterable<number>): number {
  let balance = previousBalance;
  for (const seq of ticked) balance += effects.get(seq) ?? 0;
  return balance;
}
