// A backup killed with SIGKILL at any moment (at the first report of each of its steps, and at random
// moments) leaves either no backup or a whole one that a restore opens; the vault is untouched; and the
// next backup to the same folder works, sweeping what the killed one left unfinished. A child process
// backs up a fresh copy of one vault, made once, and is killed somewhere in it. Synthetic data only.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerHead } from '../../../shared/contract/index.ts';
import { ledgerHead } from '../../../electron/core/ledger/verifyLedger.ts';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { bundleChild } from '../childBundle.ts';
import { noPersonalTies } from '../ledger/bareLedger.ts';
import { passphrases, startTreasury } from '../treasuryFixture.ts';
import { dataKeyFromDocs } from '../vault/docsReader.ts';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'mutual-ledger-backup-crash-'));
const childScript = path.join(root, 'backUpUntilKilled.cjs');
const killedAt = '2026-12-02T01:30:05.000Z';
/** The next backup, a day later: its folder's name is another. */
const nextAt = '2026-12-03T01:30:05.000Z';
/** At most this many kills in all, the steps' first and random ones. */
const kills = 10;

let template: string;
let dataKey: Buffer;
let templateHead: LedgerHead;
let templateSlots: string;
let steps: string[];
let wholeRunMs: number;

interface Ended {
  signal: NodeJS.Signals | null;
  output: string;
  /** From "start" to "done" (or to the end), in milliseconds. */
  ranMs: number;
}

/** Backs `vaultDir` up into `to` in a child; it kills itself at the first report of `killAt`, or the parent kills it `killAfterMs` after it started. */
function runChild(vaultDir: string, to: string, now: string, killAt = '', killAfterMs?: number): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_PATH: path.join(repositoryRoot, 'node_modules'),
        CRASH_TEST_VAULT: vaultDir,
        CRASH_TEST_TO: to,
        CRASH_TEST_KEY: dataKey.toString('hex'),
        CRASH_TEST_NOW: now,
        CRASH_TEST_KILL_AT: killAt,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let startedAt: number | undefined;
    let doneAt: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (doneAt === undefined && output.includes('done')) doneAt = Date.now();
      if (startedAt !== undefined || !output.includes('start\n')) return;
      startedAt = Date.now();
      if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, output, ranMs: (doneAt ?? Date.now()) - (startedAt ?? Date.now()) }));
  });
}

/** A fresh copy of the template vault and an empty "stick" beside it. */
function freshCopy(name: string): { vaultDir: string; usb: string } {
  const vaultDir = path.join(root, name, 'vault');
  cpSync(template, vaultDir, { recursive: true });
  const usb = path.join(root, name, 'usb');
  mkdirSync(usb, { mode: 0o700 });
  return { vaultDir, usb };
}

function headOf(ledgerPath: string): LedgerHead {
  const db = openLedger(ledgerPath, dataKey);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return ledgerHead(db);
  } finally {
    closeLedger(db);
  }
}

/** The backup restores, with the treasurer's passphrase, to a vault holding the template's entries and anchor. */
async function expectRestores(backup: string): Promise<void> {
  const restoring = startTreasury({ root: mkdtempSync(path.join(root, 'restore-')) });
  try {
    const vaultDir = path.join(restoring.root, 'restored');
    const restored = await restoring.client.backup.restore({ backup, vaultDir, secret: { passphrase: passphrases.treasurer } });
    expect(restored).toEqual({ vaultDir, entries: templateHead.entries, anchor: templateHead.anchor });
  } finally {
    await restoring.treasury.close();
  }
}

/** What a kill left: no backup or a whole one; the vault as it was; and a next backup that works and sweeps what was left unfinished. Returns which. */
async function expectNoneOrWhole(vaultDir: string, usb: string, restoreTheNext: boolean): Promise<'none' | 'whole'> {
  const finished = readdirSync(usb).filter((name) => name.startsWith('mutual-ledger-backup-'));
  const unfinished = readdirSync(usb).filter((name) => name.endsWith('.in-making'));
  // A kill before the key slots were written in it (the folder just made, the file just opened) leaves a folder
  // that says nothing of whose it is: the next backup leaves it, as it leaves anything not known to be this vault's.
  const unsigned = unfinished.filter((name) => !existsSync(path.join(usb, name, 'key-slots.json')) || statSync(path.join(usb, name, 'key-slots.json')).size === 0);
  const contents = unfinished.map((name) => readdirSync(path.join(usb, name)).map((file) => `${file}: ${statSync(path.join(usb, name, file)).size} bytes`));
  expect(finished.length + unfinished.length).toBeLessThanOrEqual(1);
  if (finished[0] !== undefined) await expectRestores(path.join(usb, finished[0]));

  // The vault is untouched: the same key slots, the same entries and anchor, and nothing left beside them.
  expect(readFileSync(path.join(vaultDir, 'key-slots.json'), 'utf8')).toBe(templateSlots);
  expect(headOf(path.join(vaultDir, 'ledger.sqlite'))).toEqual(templateHead);

  const next = await runChild(vaultDir, usb, nextAt);
  expect(next.signal, next.output).toBeNull();
  expect(next.output).toContain('done');
  const after = readdirSync(usb).sort();
  // What the killed backup left unfinished is gone, but for such a folder.
  expect(next.output, JSON.stringify(contents)).toContain(`swept ${unfinished.length - unsigned.length}\n`);
  expect(after).toEqual([...finished, ...unsigned, 'mutual-ledger-backup-2026-12-03T01-30-05Z'].sort());
  if (restoreTheNext) await expectRestores(path.join(usb, 'mutual-ledger-backup-2026-12-03T01-30-05Z'));
  return finished.length === 1 ? 'whole' : 'none';
}

beforeAll(async () => {
  await bundleChild(path.join(repositoryRoot, 'tests/core/backup/fixtures/backUpUntilKilled.ts'), childScript);
  // One vault, made once: an account, a fund and a few hundred entries.
  const { client, vaultDir, treasury } = startTreasury({ root: path.join(root, 'template') });
  await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
  const bank = await client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', holder: 'organisation', security: noPersonalTies });
  const fund = await client.funds.add({ name: 'Rent relief', restricted: false });
  for (let n = 0; n < 300; n += 1) {
    const date = `2026-${String(1 + (n % 11)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    await client.ledger.record({ kind: n % 3 === 0 ? 'disbursement' : 'contribution', date, amount: 1_000 + n, accountId: bank.id, fundId: fund.id, memo: `Dues ${n}` });
  }
  await treasury.close();
  template = vaultDir;
  templateSlots = readFileSync(path.join(vaultDir, 'key-slots.json'), 'utf8');
  const key = await dataKeyFromDocs(templateSlots, { passphrase: passphrases.treasurer });
  if (key === undefined) throw new Error('the treasurer’s passphrase does not open the template');
  dataKey = key;
  templateHead = headOf(path.join(vaultDir, 'ledger.sqlite'));

  // A whole backup, timed: the steps it reports, and how long random kills have to land in.
  const { vaultDir: whole, usb } = freshCopy('whole');
  const ended = await runChild(whole, usb, killedAt);
  wholeRunMs = ended.ranMs;
  expect(ended.signal, ended.output).toBeNull();
  steps = [...new Set([...ended.output.matchAll(/^step (\S+)$/gm)].map((match) => match[1] ?? ''))];
  expect(steps).toContain('copying');
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a backup killed at any moment', () => {
  it('killed at the first report of each step: no backup, the vault untouched, and the next backup sweeps what was left', async () => {
    let first = true;
    for (const step of steps.slice(0, kills / 2)) {
      const { vaultDir, usb } = freshCopy(`step-${step}`);
      const ended = await runChild(vaultDir, usb, killedAt, step);
      expect(ended.signal, ended.output).toBe('SIGKILL');
      // Before the folder has its name, a kill leaves no backup.
      expect(await expectNoneOrWhole(vaultDir, usb, first)).toBe('none');
      first = false;
    }
  }, 120_000);

  it('killed at random moments: no backup or a whole one that restores, the vault untouched, and the next backup works', async () => {
    const outcomes: string[] = [];
    const randomKills = kills - Math.min(steps.length, kills / 2);
    for (let kill = 0; kill < randomKills; kill += 1) {
      const { vaultDir, usb } = freshCopy(`random-${kill}`);
      const ended = await runChild(vaultDir, usb, killedAt, '', Math.floor(Math.random() * wholeRunMs * 1.1));
      outcomes.push(`${ended.output.includes('done') ? 'finished' : 'killed'}:${await expectNoneOrWhole(vaultDir, usb, false)}`);
    }
    expect(outcomes).toHaveLength(randomKills);
  }, 180_000);
});
