// The import figure of the bench: a Venmo statement of 100,000 synthetic rows previewed and imported
// (read, each row checked and booked, one transaction) through the core's dispatcher, beside reading
// the same file alone. Names are made up: "Member 0001" and so on.
import { join } from 'node:path';
import type { ImportPreview, ImportResult, PaymentAccount } from '../../shared/contract/index.ts';
import { readVenmoStatement } from '../../electron/core/import/venmoStatement.ts';
import { openTreasury, type Treasury } from '../../electron/core/treasury.ts';
import { benchPassphrase } from './benchVault.ts';
import type { Figure } from './benchResults.ts';

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

/** The value of a call that must succeed. */
async function answer<Value>(treasury: Treasury, method: string, input: unknown): Promise<Value> {
  const result = await treasury.dispatcher.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as Value;
}

async function millisecondsOf(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The runs of each side: the fastest is the figure, the run least disturbed by other work on the machine, as for every figure of the bench. */
const runs = 3;

/** One import into a new vault in `vaultDir`, through the core's front door: milliseconds, and the entries it wrote. */
async function importOnce(vaultDir: string, text: string, now: Date): Promise<{ milliseconds: number; booked: number }> {
  const treasury = openTreasury({ defaultVaultDir: vaultDir, now: () => now });
  try {
    await answer(treasury, 'vault.create', { vaultDir, passphrase: benchPassphrase });
    const security = { mfa: true, personalPhone: false, personalName: false, personalCard: false };
    const venmo = await answer<PaymentAccount>(treasury, 'accounts.add', { name: 'Synthetic Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security });
    const bank = await answer<PaymentAccount>(treasury, 'accounts.add', { name: 'Synthetic Credit Union', kind: 'credit-union', currency: 'USD', holder: 'organisation', security });
    const request = { text, accountId: venmo.id, linkedAccountId: bank.id };
    let booked = 0;
    const milliseconds = await millisecondsOf(async () => {
      const preview = await answer<ImportPreview>(treasury, 'import.preview', request);
      const imported = await answer<ImportResult>(treasury, 'import.apply', { ...request, planDigest: preview.planDigest });
      booked = imported.preview.booking.entries;
    });
    return { milliseconds, booked };
  } finally {
    await treasury.close();
  }
}

/**
 * Measures the import into new vaults in `scratch`, through the core's front door as the screen and
 * the CLI call it (each call's input and answer checked against the contract), beside reading the
 * same file alone.
 */
export async function importFigure(scratch: string, now: Date, rows = 100_000): Promise<Figure> {
  const text = syntheticVenmoStatement(rows);
  let baseline = Infinity;
  for (let run = 0; run < runs; run += 1) baseline = Math.min(baseline, await millisecondsOf(() => Promise.resolve(readVenmoStatement(text))));
  const imports: Array<{ milliseconds: number; booked: number }> = [];
  for (let run = 0; run < runs; run += 1) imports.push(await importOnce(join(scratch, `import-vault-${run}`), text, now));
  const times = imports.map(({ milliseconds }) => milliseconds);
  return {
    measure: `import of a ${rows.toLocaleString('en')}-row Venmo statement through the core (preview, then import: ${imports[0]?.booked.toLocaleString('en')} entries; the ${runs} runs: ${times.map((time) => Math.round(time).toLocaleString('en')).join(', ')} ms)`,
    ours: Math.min(...times),
    baseline,
    baselineIs: 'reading the same file alone',
    target: '≤ 10 s',
  };
}
