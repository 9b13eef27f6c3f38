/** Entries, status changes and statements are dated on or after this unless the group sets another day. */
export const defaultEarliestEntryDate = '2000-01-01';
