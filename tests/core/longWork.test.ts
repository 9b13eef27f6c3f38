import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TreasuryEvent } from '../../shared/contract/index.ts';
import { entriesPerSlice } from '../../electron/core/ledger/verifyLedger.ts';
import type { Ledger } from '../../electron/core/vault/ledgerDatabase.ts';
import { Vault } from '../../electron/core/vault/vault.ts';
import { ledgerWithAccounts } from './ledger/ledgerFixture.ts';
import { passphrases, rejection, startTreasury, type TestTreasury } from './treasuryFixture.ts';
import { say, type Message } from '../../shared/messages/message.ts';

// Two whole slices and one entry more: verify yields three times while it walks them.
const entries = 2 * entriesPerSlice + 1;
let vaultRoot: string;

beforeAll(async () => {
  const test = await ledgerWithAccounts();
  for (let n = 1; n <= entries; n += 1) {
    await test.client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 100 + (n % 50), accountId: test.bank.id, memo: `long work ${n}` });
  }
  await test.treasury.close();
  vaultRoot = test.root;
}, 120_000);

/** A core over the shared vault of 10,001 entries (one more after a test writes during a verify), unlocked, and how many it holds. */
async function unlockedCore(): Promise<TestTreasury & { count: number }> {
  const test = startTreasury({ root: vaultRoot, now: new Date('2026-11-20T12:00:00Z') });
  await test.client.vault.select({ vaultDir: test.vaultDir });
  await test.client.vault.unlock({ passphrase: passphrases.treasurer });
  return { ...test, count: (await test.client.ledger.head()).entries };
}

const progressOf = (events: TreasuryEvent[]) => events.filter((event) => event.name === 'progress').map((event) => event.payload);

/** Makes `call` the moment the core reports the first progress event (between two slices, as a click would land), and gives its answer. */
function whenFirstProgress<T>(events: TreasuryEvent[], call: () => Promise<T>): Promise<T> {
  const push = events.push.bind(events);
  return new Promise((resolve, reject) => {
    events.push = (...pushed) => {
      events.push = push;
      call().then(resolve, reject);
      return push(...pushed);
    };
  });
}

/** Settles in the order the promises settle: which of several calls answered first. */
function settleOrder(calls: Record<string, Promise<unknown>>): Promise<string[]> {
  const order: string[] = [];
  return Promise.all(
    Object.entries(calls).map(([name, call]) =>
      call.then(
        () => order.push(name),
        () => order.push(name),
      ),
    ),
  ).then(() => order);
}

describe('long work runs beside the queue of calls', () => {
  it('reports each slice of a verify, then the database checks', async () => {
    const { client, events, treasury, count } = await unlockedCore();
    const verified = await client.ledger.verify();
    expect(verified).toMatchObject({ ok: true, entriesChecked: count });
    expect(progressOf(events)).toEqual([
      { work: 'verify', step: 'entries', done: entriesPerSlice, total: count },
      { work: 'verify', step: 'entries', done: 2 * entriesPerSlice, total: count },
      { work: 'verify', step: 'entries', done: count, total: count },
      { work: 'verify', step: 'database', done: 0, total: 0 },
    ]);
    await treasury.close();
  });

  it('lets a lock asked for during a verify run at once, before the walk or in the middle, and the verify stops with WORK_CANCELLED', async () => {
    const { client, events, treasury } = await unlockedCore();
    const verify = client.ledger.verify();
    const lock = client.vault.lock({ reason: 'manual' });
    expect(await settleOrder({ verify, lock })).toEqual(['lock', 'verify']);
    const stopped = await rejection(verify);
    expect(stopped.code).toBe('WORK_CANCELLED');
    expect(stopped.reason).toEqual(say('vault.stoppedByLock'));
    expect((await client.vault.status()).state).toBe('locked');

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    const locking = whenFirstProgress(events, () => client.vault.lock({ reason: 'idle' }));
    expect(await rejection(client.ledger.verify())).toMatchObject({ code: 'WORK_CANCELLED', reason: say('vault.stoppedByLock') });
    await locking;
    expect(progressOf(events)).toHaveLength(1);
    expect((await client.vault.status()).lastLock?.reason).toBe('idle');
    await treasury.close();
  });

  it('answers reads and writes asked for during a verify before it ends, and verifies the ledger as it was when it began', async () => {
    const { client, events, treasury, count } = await unlockedCore();
    const verify = client.ledger.verify();
    const head = client.ledger.head();
    const record = client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 5_00, accountId: 1, memo: 'during verify' });
    expect(await settleOrder({ verify, head, record })).toEqual(['head', 'record', 'verify']);
    expect(await verify).toMatchObject({ ok: true, entriesChecked: count, entries: count, head: { seq: count } });
    expect((await record).seq).toBe(count + 1);
    // The write landed in the first slice's turn: the walk went on past it.
    expect(progressOf(events).filter((progress) => progress.step === 'entries')).toHaveLength(3);
    expect(await client.ledger.verify()).toMatchObject({ ok: true, entriesChecked: count + 1 });
    await treasury.close();
  });

  it('stops a verify when asked, before it begins or in the middle, and says whether anything was running', async () => {
    const { client, events, treasury, count } = await unlockedCore();
    expect(await client.work.cancel()).toEqual({ cancelled: false });

    const early = client.ledger.verify();
    const cancel = client.work.cancel();
    expect(await settleOrder({ early, cancel })).toEqual(['cancel', 'early']);
    expect(await cancel).toEqual({ cancelled: true });
    expect(await rejection(early)).toMatchObject({ code: 'WORK_CANCELLED', reason: say('common.stoppedAsAsked') });
    expect(progressOf(events)).toEqual([]);

    // The stop button pressed as the first slice is reported: the walk goes no further.
    const asked = whenFirstProgress(events, () => client.work.cancel());
    expect(await rejection(client.ledger.verify())).toMatchObject({ code: 'WORK_CANCELLED' });
    expect(await asked).toEqual({ cancelled: true });
    expect(progressOf(events)).toEqual([{ work: 'verify', step: 'entries', done: entriesPerSlice, total: count }]);

    expect(await client.work.cancel()).toEqual({ cancelled: false });
    expect(await client.ledger.verify()).toMatchObject({ ok: true });
    await treasury.close();
  });

  it('is told to stop before a re-key or a lock closes the ledger, while the ledger is still open', async () => {
    const told: Array<{ why: Message; ledgerOpen: boolean }> = [];
    let ledger: Ledger | undefined;
    const vault = new Vault({
      vaultDir: join(vaultRoot, 'vault'),
      now: () => new Date('2026-11-20T12:00:00Z'),
      onLocked: () => undefined,
      requestLock: () => undefined,
      onLedgerClosing: (why) => told.push({ why, ledgerOpen: ledger?.open === true }),
    });
    await vault.unlock({ passphrase: passphrases.treasurer });
    ledger = vault.ledger();
    await vault.rekey({ passphrase: passphrases.treasurer });
    expect(told).toEqual([{ why: say('vault.stoppedByKeyChange'), ledgerOpen: true }]);
    ledger = vault.ledger();
    vault.lock('manual');
    expect(told[1]).toEqual({ why: say('vault.stoppedByLock'), ledgerOpen: true });
    expect(ledger.open).toBe(false);
  }, 30_000);

  it('runs two verifies one after the other, never interleaved', async () => {
    const { client, events, treasury } = await unlockedCore();
    const [first, second] = await Promise.all([client.ledger.verify(), client.ledger.verify()]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    const steps = progressOf(events).map((progress) => `${progress.step} ${progress.done}`);
    expect(steps).toEqual([...steps.slice(0, 4), ...steps.slice(0, 4)]);
    await treasury.close();
  });
});
