// Crash safety of writes, proved by killing: a child process records entries through the core's
// ledger.record handler as fast as it can and is killed with SIGKILL at a random moment, 100 times over
// one vault. After every kill the ledger must open, pass integrity_check and verify its chain, and hold
// every entry whose write had returned (the child prints an entry's number only once record returned).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleChild } from '../childBundle.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { say } from '../../../shared/messages/message.ts';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { noPersonalTies } from './ledgerFixture.ts';

const kills = 100;
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'mutual-ledger-crash-'));
const ledgerPath = path.join(root, 'vault', 'ledger.sqlite');
const childScript = path.join(root, 'recordUntilKilled.cjs');
const dataKey = randomBytes(32);

beforeAll(async () => {
  await bundleChild(path.join(repositoryRoot, 'tests/core/ledger/fixtures/recordUntilKilled.ts'), childScript);
  mkdirSync(path.dirname(ledgerPath), { mode: 0o700 });
  const db = openLedger(ledgerPath, dataKey);
  addAccount(db, { name: 'Credit union', kind: 'credit-union', currency: 'USD', holder: 'organisation', security: noPersonalTies }, new Date('2026-11-01T12:00:00Z'));
  closeLedger(db);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs the child, kills it with SIGKILL at a random moment, and returns the entry numbers it saw
 * returned and whether the kill came once writes were returning (rather than while it opened).
 */
async function recordUntilKilled(): Promise<{ seqs: number[]; whileWriting: boolean }> {
  const child = spawn(process.execPath, [childScript], {
    env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(repositoryRoot, 'node_modules'), CRASH_TEST_LEDGER: ledgerPath, CRASH_TEST_KEY: dataKey.toString('hex') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // Once the first entry's number is out, writes are streaming: however slow the machine is, a kill
  // from then on lands among them.
  const writing = new Promise<void>((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (/^open\n\d+\n/.test(stdout)) resolve();
    });
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Mostly in the middle of the stream of writes; sometimes while the ledger is still opening (WAL recovery, migrations).
  const whileWriting = Math.random() >= 0.15;
  if (whileWriting) await Promise.race([writing, exited]).then(() => sleep(Math.random() * 40));
  else await sleep(Math.random() * 300);
  child.kill('SIGKILL');
  const signal = await exited;
  if (signal !== 'SIGKILL') throw new Error(`the child stopped by itself before it was killed:\n${stderr}`);
  return {
    seqs: stdout
      .split('\n')
      .filter((line) => /^\d+$/.test(line))
      .map(Number),
    whileWriting,
  };
}

it(`after ${kills} kills at random moments, the ledger opens, verifies and holds every entry whose write returned`, async () => {
  const returned = new Set<number>();
  let killsWhileWriting = 0;
  for (let kill = 1; kill <= kills; kill += 1) {
    const { seqs, whileWriting } = await recordUntilKilled();
    for (const seq of seqs) returned.add(seq);
    if (whileWriting) killsWhileWriting += 1;
    const db = openLedger(ledgerPath, dataKey);
    try {
      const verification = await verifyLedger(db);
      expect(verification, `after kill ${kill}`).toMatchObject({ ok: true, integrityCheck: say('ledger.check.ok'), firstBrokenLink: null });
      const present = new Set(db.prepare('SELECT seq FROM entries').pluck().all() as number[]);
      expect(
        [...returned].filter((seq) => !present.has(seq)),
        `entries lost after kill ${kill}`,
      ).toEqual([]);
      expect(verification.entriesChecked).toBe(present.size);
    } finally {
      // A plain close, not closeLedger: the next child should find the vault as an ordinary reopen leaves it.
      db.close();
    }
  }
  // Most kills landed while writing, each after at least one write of its own had returned.
  expect(killsWhileWriting).toBeGreaterThan(kills / 2);
  expect(returned.size).toBeGreaterThanOrEqual(killsWhileWriting);
}, 180_000);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
