import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInWorker, readOnSameConnection } from '../../../electron/core/vault/backgroundReader.ts';
import { closeLedger, openLedger, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';

// verify's integrity check and monthly totals run on a second connection in a worker thread, so that
// a two-core laptop walks the chain on one core and checks the rest on the other.
describe('reading the ledger in a worker thread', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-reader-'));
  const path = join(folder, 'ledger.sqlite');
  const dataKey = randomBytes(32);
  let db: Ledger;
  beforeAll(() => {
    db = openLedger(path, dataKey);
    db.prepare("INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, '2026-01-01T00:00:00.000Z', 300)").run();
  });
  afterAll(() => closeLedger(db));
  const statements = ['PRAGMA integrity_check', 'SELECT auto_lock_seconds, created_at FROM vault_settings'];

  it('answers as the app’s own connection does, while that connection stays open', async () => {
    const inWorker = await readInWorker(path, dataKey, {})(statements);
    expect(inWorker).toEqual([[['ok']], [[300, '2026-01-01T00:00:00.000Z']]]);
    expect(inWorker).toEqual(await readOnSameConnection(db)(statements));
  });

  it('leaves the key it was given as it was, and is refused with another key', async () => {
    const copy = Buffer.from(dataKey);
    await readInWorker(path, dataKey, {})(statements);
    expect(dataKey.equals(copy)).toBe(true);
    await expect(readInWorker(path, randomBytes(32), {})(statements)).rejects.toThrow(/not a database/);
  });

  it('is refused a write', async () => {
    await expect(readInWorker(path, dataKey, {})(['DELETE FROM vault_settings RETURNING id'])).rejects.toThrow(/readonly/);
    expect(db.prepare('SELECT count(*) AS n FROM vault_settings').get()).toEqual({ n: 1 });
  });
});

describe('stopping a background read', () => {
  it('ends the worker as the signal aborts, with the reason it was given, and never starts one already stopped', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-reader-'));
    const path = join(folder, 'ledger.sqlite');
    const dataKey = randomBytes(32);
    closeLedger(openLedger(path, dataKey));
    // A count to a billion: minutes of work, unless the worker is ended.
    const endless = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) SELECT count(*) FROM n';
    const stopper = new AbortController();
    const reading = readInWorker(path, dataKey, {})([endless], stopper.signal);
    setTimeout(() => stopper.abort(new Error('stopped by the test')), 50);
    await expect(reading).rejects.toThrow('stopped by the test');
    await expect(readInWorker(path, dataKey, {})(['SELECT 1'], stopper.signal)).rejects.toThrow('stopped by the test');
  }, 10_000);
});
