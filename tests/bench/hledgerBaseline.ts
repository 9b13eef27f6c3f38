// The bench's outside baseline for balances: the same ledger exported as an hledger journal, and
// `hledger balance` timed over it. Plain-text accounting reads every transaction for every report;
// the ledger reads its monthly totals.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Ledger } from '../../electron/core/vault/ledgerDatabase.ts';

/** Whether hledger is installed (Debian: apt-get install hledger). */
export function hledgerInstalled(): boolean {
  try {
    execFileSync('hledger', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Writes the postings of the first `entries` entries as an hledger journal: one transaction per entry, its postings to assets:<account #>. */
export function writeJournal(db: Ledger, path: string, entries: number): void {
  const file = openSync(path, 'w');
  try {
    let chunk = '';
    const rows = db.prepare('SELECT seq, entry_date, posting_kind, currency, account_id, delta FROM postings WHERE seq <= ? ORDER BY seq, posting_kind').raw().iterate(entries) as IterableIterator<
      [number, string, string, string, number, number]
    >;
    let open: number | undefined;
    for (const [seq, date, kind, currency, account, delta] of rows) {
      if (open !== seq) {
        chunk += `\n${date} entry ${seq}\n    equity:flows:${kind}\n`;
        open = seq;
      }
      chunk += `    assets:account ${account}    ${currency} ${(delta / 100).toFixed(2)}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(file, chunk);
        chunk = '';
      }
    }
    writeSync(file, chunk);
  } finally {
    closeSync(file);
  }
}

/** Runs `hledger balance` over the assets of a journal. */
export function hledgerBalance(path: string): void {
  execFileSync('hledger', ['-f', path, 'balance', '^assets'], { stdio: 'ignore', maxBuffer: 1 << 26 });
}
