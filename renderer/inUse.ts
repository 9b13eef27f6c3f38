/** The accounts or funds that can take new entries: an archived one is left out of the forms that record money. */
export function inUse<T extends { archived: boolean }>(items: T[]): T[] {
  return items.filter((item) => !item.archived);
}
