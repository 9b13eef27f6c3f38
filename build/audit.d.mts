/** What npm's JSON answer says: the advisories counted, or why there are none to count. */
export function readAudit(stdout: string): { answered: false; why: string } | { answered: true; high: number; total: number };
