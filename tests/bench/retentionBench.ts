// The retention figure of the bench: a run that shreds about half of the ledger's entries (every whole
// month older than 30 months, of five years), VACUUM included, as the app runs it (planned on the app's
// connection, run in a worker); beside a plain DELETE of the same rows and a VACUUM, on a copy.
import { cpSync } from 'node:fs';
import { uninterrupted } from '../../electron/core/longWork.ts';
import { applyRetention } from '../../electron/core/retention/applyRetention.ts';
import { setRetentionAges } from '../../electron/core/retention/retentionAges.ts';
import { millisecondsOf } from './benchClock.ts';
import type { Figure } from './benchResults.ts';
import { benchPassphrase, benchVault } from './benchVault.ts';

/** Measures the run on the (locked) vault in `vaultDir`, and the baseline on a copy of it in `copyDir`; the vault is left shredded and locked. */
export async function retentionFigure(vaultDir: string, copyDir: string, now: Date): Promise<Figure> {
  cpSync(vaultDir, copyDir, { recursive: true });
  const copy = benchVault(copyDir, now);
  await copy.unlock({ passphrase: benchPassphrase });
  const plain = copy.ledger();
  // 30 months before the bench's 2026-12-31: whole months before June 2024.
  const cutoff = '2024-06-01';
  const rows = plain.prepare('SELECT count(*) FROM entries WHERE entry_date < ?').pluck().get(cutoff) as number;
  const baseline = await millisecondsOf(() => {
    plain.exec('DROP TRIGGER entries_are_never_deleted');
    plain.pragma('foreign_keys = OFF');
    plain.prepare('DELETE FROM entries WHERE entry_date < ?').run(cutoff);
    plain.exec('VACUUM');
    plain.pragma('wal_checkpoint(TRUNCATE)');
    return Promise.resolve();
  });
  copy.lock('manual');

  const vault = benchVault(vaultDir, now);
  await vault.unlock({ passphrase: benchPassphrase });
  const db = vault.ledger();
  setRetentionAges(db, { memos: 'never', receipts: 'never', recipientCodes: 'never', entries: '30m', shredLog: 'never' }, now);
  let shredded = 0;
  const ours = await millisecondsOf(async () => {
    const { run } = await applyRetention(db, vault.ledgerWriter(), now, 'treasurer', uninterrupted);
    shredded = run?.counts.entries ?? 0;
  });
  if (shredded !== rows) throw new Error(`the run shredded ${shredded} entries, the baseline deleted ${rows}`);
  vault.lock('manual');
  return {
    measure: `retention run shredding ${shredded.toLocaleString('en')} entries (stubs, sealed months, VACUUM)`,
    ours,
    baseline,
    baselineIs: 'a plain DELETE of the same rows and VACUUM',
    target: '≤ 30 s at 1,000,000',
  };
}
