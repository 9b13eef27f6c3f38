// A retention run killed with SIGKILL at random moments leaves the vault consistent: the whole run or
// none of it. A child process runs one run over a copy of the same ledger and is killed somewhere in
// it; the copy must then open, pass integrity_check, verify, and be exactly as before or exactly as a
// whole run leaves it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleChild } from '../childBundle.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { setRetentionAges } from '../../../electron/core/retention/retentionAges.ts';
import { closeLedger, openLedger, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { contributionContent, noPersonalTies } from '../ledger/bareLedger.ts';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';

const kills = 12;
const now = new Date('2026-11-20T12:00:00Z');
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'mutual-ledger-retention-crash-'));
const original = path.join(root, 'original.sqlite');
const childScript = path.join(root, 'shredUntilKilled.cjs');
const dataKey = randomBytes(32);

/** What a run changes, read from a ledger: as it was before the run, or after a whole one. */
function state(db: Ledger): Record<string, unknown> {
  const count = (sql: string) => db.prepare(sql).pluck().get();
  return {
    entries: count('SELECT count(*) FROM entries'),
    stubs: count('SELECT count(*) FROM entry_stubs'),
    sealed: count('SELECT count(*) FROM sealed_months'),
    facts: count('SELECT count(*) FROM facts'),
    memos: count('SELECT count(memo) FROM entries'),
    codes: count('SELECT count(recipient_code) FROM entries'),
    receipts: count('SELECT count(*) FROM receipts'),
    log: count('SELECT count(*) FROM shred_log'),
  };
}

interface Child {
  exited: Promise<NodeJS.Signals | null>;
  started: Promise<void>;
  inTransaction: Promise<void>;
  compacting: Promise<void>;
  kill: () => void;
  output: () => string;
}

function runChild(ledger: string): Child {
  const child = spawn(process.execPath, [childScript], {
    env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(repositoryRoot, 'node_modules'), CRASH_TEST_LEDGER: ledger, CRASH_TEST_KEY: dataKey.toString('hex'), CRASH_TEST_NOW: now.toISOString() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // First the listener that keeps the output, then those that look in it.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const seen = (line: string) =>
    new Promise<void>((resolve) => {
      child.stdout.on('data', () => {
        if (output.includes(line)) resolve();
      });
    });
  const [started, inTransaction, compacting] = [seen('start\n'), seen('step\n'), seen('compacting\n')];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return { exited, started, inTransaction, compacting, kill: () => child.kill('SIGKILL'), output: () => output };
}

/** A fresh copy of the prepared ledger, in a folder of its own. */
function copyOfOriginal(name: string): string {
  const folder = path.join(root, name);
  mkdirSync(folder, { mode: 0o700 });
  copyFileSync(original, path.join(folder, 'ledger.sqlite'));
  return path.join(folder, 'ledger.sqlite');
}

let before: Record<string, unknown>;
let after: Record<string, unknown>;
let runMs = 0;

beforeAll(async () => {
  await bundleChild(path.join(repositoryRoot, 'tests/core/retention/fixtures/shredUntilKilled.ts'), childScript);
  // Six thousand entries over four years, memos and codes on every one, the recommended schedule chosen.
  const db = openLedger(original, dataKey);
  addAccount(db, { name: 'Credit union', kind: 'credit-union', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
  for (let first = 0; first < 6_000; first += 1_000) {
    appendEntries(
      db,
      Array.from({ length: 1_000 }, (_, index) => {
        const n = first + index;
        return {
          content: contributionContent({ date: new Date(Date.UTC(2023, 0, 1 + Math.floor(n / 4.3))).toISOString().slice(0, 10), memo: `dues ${n}`, recipientCode: `R-${String(n).padStart(6, '0')}` }),
        };
      }),
      now,
    );
  }
  setRetentionAges(db, { recommended: true }, now);
  before = state(db);
  closeLedger(db);
  // One whole run, timed, gives what a finished run leaves and how long the kills have to land in.
  const whole = copyOfOriginal('whole');
  const child = runChild(whole);
  await child.started;
  const start = Date.now();
  await child.exited;
  runMs = Date.now() - start;
  expect(child.output()).toContain('done');
  const finished = openLedger(whole, dataKey);
  after = state(finished);
  closeLedger(finished);
  expect(after).not.toEqual(before);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it(`leaves all of a run or none of it, killed at ${kills} random moments`, async () => {
  const outcomes = { none: 0, all: 0 };
  for (let kill = 0; kill < kills; kill += 1) {
    const ledger = copyOfOriginal(`kill-${kill}`);
    const child = runChild(ledger);
    // A third of the kills are aimed inside the transaction, a third after its commit (in VACUUM), and
    // a third land anywhere in the run.
    const aim = [child.inTransaction, child.compacting, child.started][kill % 3];
    await Promise.race([aim, child.exited]).then(() => sleep(Math.random() * (kill % 3 === 2 ? runMs * 1.1 : 15)));
    child.kill();
    await child.exited;
    const db = openLedger(ledger, dataKey);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const now = state(db);
      expect([before, after]).toContainEqual(now);
      outcomes[now.stubs === before.stubs ? 'none' : 'all'] += 1;
      const verification = await verifyLedger(db);
      expect(verification.firstBrokenLink).toBeNull();
      expect(verification.monthlyTotalsCheck.key).toBe('ledger.check.ok');
    } finally {
      closeLedger(db);
    }
  }
  // The kills must have landed on both sides of the commit for the test to prove anything.
  expect(outcomes.none).toBeGreaterThan(0);
  expect(outcomes.all).toBeGreaterThan(0);
}, 180_000);
