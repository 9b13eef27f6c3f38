// `npm run bench [-- --entries N]`: how the ledger holds up at scale, each figure beside a baseline
// measured in the same run on the same data. The baselines are the straightforward queries the
// ledger does not use: a joined OFFSET scan for table windows, and summing every posting for balances.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appendEntry } from '../../electron/core/ledger/appendEntry.ts';
import { balances } from '../../electron/core/ledger/balances.ts';
import { listEntries, summariseEntries } from '../../electron/core/ledger/entryQuery.ts';
import { entrySelect } from '../../electron/core/ledger/entryRows.ts';
import { verifyLedger } from '../../electron/core/ledger/verifyLedger.ts';
import { closeLedger, openLedger } from '../../electron/core/vault/ledgerDatabase.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '100000' } } });
const entries = Number(values.entries);
if (!Number.isSafeInteger(entries) || entries < 1000) throw new Error('--entries must be a whole number of at least 1000');

/** Milliseconds for one run of `work` (the median of `runs`). */
function time(work: () => unknown, runs = 3): number {
  const samples = Array.from({ length: runs }, () => {
    const start = process.hrtime.bigint();
    work();
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

const folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-bench-'));
const db = openLedger(join(folder, 'ledger.sqlite'), randomBytes(32));
try {
  db.prepare("INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, '2026-01-01T00:00:00.000Z', 300)").run();
  const addAccount = db.prepare("INSERT INTO payment_accounts (name, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES (?, 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-01T00:00:00.000Z')");
  ['Credit union', 'Venmo', 'Cash box'].forEach((name) => addAccount.run(name));

  const seededOn = new Date('2026-12-31T12:00:00Z');
  // Synthetic entries over five years, through the same append path the app uses (hashes, chain, totals).
  const seedStart = process.hrtime.bigint();
  db.transaction(() => {
    for (let index = 0; index < entries; index += 1) {
      const kind = index % 4 === 0 ? 'contribution' : index % 17 === 0 ? 'fee' : 'disbursement';
      const day = (index * 7) % 1826;
      appendEntry(db, {
        kind,
        date: new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10),
        amount: kind === 'contribution' ? 5_000 + (index % 20_000) : 100 + (index % 1_000),
        sign: 1,
        currency: 'USD',
        accountId: 1 + (index % 3),
        toAccountId: null,
        fundId: 1,
        toFundId: null,
        category: ['bail', 'rent', 'food', 'medical'][index % 4] ?? 'other',
        recipientCode: kind === 'disbursement' ? `R-${(index % 9_000).toString(36).toUpperCase()}` : null,
        memo: index % 10 === 0 ? `synthetic note ${index}` : null,
        receiptSha256: null,
        platformTransactionId: null,
        reversesSeq: null,
        recordedAt: '2026-01-01T00:00:00.000Z',
      }, seededOn);
    }
  })();
  const seedSeconds = Number(process.hrtime.bigint() - seedStart) / 1e9;

  const naiveWindow = db.prepare(`${entrySelect} ORDER BY e.entry_date DESC, e.seq DESC LIMIT 100 OFFSET ?`);
  const naiveBalances = db.prepare('SELECT account_id, SUM(delta) FROM postings GROUP BY account_id');
  const rows: Array<[string, number, number | undefined]> = [];
  for (const [label, offset] of [['first window', 0], ['middle window', Math.floor(entries / 2)], ['last window', entries - 100]] as const) {
    rows.push([`ledger table: ${label} (100 rows)`, time(() => listEntries(db, {}, { offset, limit: 100 })), time(() => naiveWindow.all(offset), 1)]);
  }
  rows.push(['balances per account, fund, currency', time(() => balances(db)), time(() => naiveBalances.all(), 1)]);
  rows.push(['filtered view count and totals (one account)', time(() => summariseEntries(db, { accountId: 2 }), 1), undefined]);
  rows.push(['memo search count and totals', time(() => summariseEntries(db, { memoContains: 'note 12' }), 1), undefined]);
  rows.push(['verify (integrity, chain, monthly totals)', time(() => verifyLedger(db), 1), undefined]);

  console.log(`Mutual Ledger bench: ${entries.toLocaleString('en')} entries in an encrypted ledger (SQLCipher 4)`);
  console.log(`recording through the app's append path: ${Math.round(entries / seedSeconds).toLocaleString('en')} entries/s\n`);
  console.log(`${'measure'.padEnd(48)}${'ledger (ms)'.padStart(13)}${'baseline (ms)'.padStart(15)}`);
  for (const [label, ours, baseline] of rows) {
    console.log(`${label.padEnd(48)}${ours.toFixed(1).padStart(13)}${(baseline === undefined ? '—' : baseline.toFixed(1)).padStart(15)}`);
  }
  console.log('\nbaselines: a joined LIMIT/OFFSET scan for table windows; a sum over every posting for balances.');
} finally {
  closeLedger(db);
  rmSync(folder, { recursive: true, force: true });
}
