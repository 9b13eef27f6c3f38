// The import figure of the bench: a Venmo statement of 100,000 synthetic rows previewed and imported
// (read, each row checked and booked, one transaction), beside reading the same file alone. Names
// are made up: "Member 0001" and so on.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { importRequestSchema } from '../../shared/contract/index.ts';
import { applyImport } from '../../electron/core/import/applyImport.ts';
import { plannedImport } from '../../electron/core/import/rememberedPlan.ts';
import { readVenmoStatement } from '../../electron/core/import/venmoStatement.ts';
import { closeLedger, openLedger } from '../../electron/core/vault/ledgerDatabase.ts';
import type { Figure } from './benchResults.ts';
import { addSyntheticAccounts } from './syntheticLedger.ts';

const header = ',ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (fee),Funding Source,Destination,Beginning Balance,Ending Balance';

/** A Venmo statement of `rows` transactions across 2025 and 2026: dues in, payments out, a transfer to the bank now and then, some pending. */
export function syntheticVenmoStatement(rows: number): string {
  const lines = ['Account Statement - (@Synthetic-Mutual-Aid)', 'Account Activity', header, ',,,,,,,,,,,,,$0.00,'];
  for (let index = 0; index < rows; index += 1) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((index / rows) * 700) * 86_400_000).toISOString().slice(0, 10);
    const member = `Member ${String(index % 5_000).padStart(4, '0')}`;
    const cents = 500 + (index % 9_000);
    const amount = `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const id = String(9_100_000_000_000_000_000n + BigInt(index));
    if (index % 50 === 49) lines.push(`,${id},${day}T10:00:00,Standard Transfer,Issued,,,,- ${amount},,,Venmo balance,Synthetic Credit Union *0000,,`);
    else if (index % 3 === 0) lines.push(`,${id},${day}T12:00:00,Payment,Complete,Groceries for the pantry,Synthetic Mutual Aid,${member},- ${amount},,,Venmo balance,,,`);
    else if (index % 97 === 0) lines.push(`,${id},${day}T12:00:00,Payment,Pending,Rent help,Synthetic Mutual Aid,${member},- ${amount},,,Venmo balance,,,`);
    else lines.push(`,${id},${day}T09:00:00,Payment,Complete,Dues,${member},Synthetic Mutual Aid,+ ${amount},,,,Venmo balance,,`);
  }
  return `${lines.join('\n')}\n`;
}

function millisecondsOf(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Measures the import into a fresh encrypted ledger in `scratch`. */
export function importFigure(scratch: string, now: Date, rows = 100_000): Figure {
  const text = syntheticVenmoStatement(rows);
  const baseline = Math.min(...[0, 1, 2].map(() => millisecondsOf(() => readVenmoStatement(text))));
  const db = openLedger(join(scratch, 'import.sqlite'), randomBytes(32));
  addSyntheticAccounts(db);
  // The first two synthetic accounts stand for the group's Venmo and the credit union behind it.
  const request = importRequestSchema.parse({ text, accountId: 1, linkedAccountId: 2 });
  let booked = 0;
  const ours = millisecondsOf(() => {
    const { preview } = plannedImport(db, request, now);
    booked = applyImport(db, request, preview.planDigest, now).preview.booking.entries;
  });
  closeLedger(db);
  return {
    measure: `import of a ${rows.toLocaleString('en')}-row Venmo statement (preview, then import: ${booked.toLocaleString('en')} entries)`,
    ours,
    baseline,
    baselineIs: 'reading the same file alone',
    target: '≤ 10 s',
  };
}
