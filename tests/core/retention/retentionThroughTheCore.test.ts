// Retention through the contract, as the screens and the CLI use it: the schedule chosen and changed
// (each change kept), runs on unlock and daily while unlocked, the legal hold placed and lifted with
// the passphrase, and a lock that stops a run at once. Synthetic data only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RetentionTimer } from '../../../electron/core/retention/retentionTimer.ts';
import { passphrases, rejection, type TestTreasury } from '../treasuryFixture.ts';
import { startTreasury } from '../treasuryFixture.ts';
import { noPersonalTies } from '../ledger/bareLedger.ts';

const opened: TestTreasury[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.treasury.close();
  vi.useRealTimers();
});

/** A vault made on 2026-11-20 (its core running retention as the app does) with entries every month since January 2024. */
async function vaultWithHistory(scheduleRetention: boolean) {
  const test = startTreasury({ now: new Date('2026-11-20T12:00:00Z'), scheduleRetention });
  opened.push(test);
  await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
  const bank = await test.client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', holder: 'organisation', security: noPersonalTies });
  for (let month = 0; month < 35; month += 1) {
    const date = `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-05`;
    await test.client.ledger.record({ kind: 'contribution', date, amount: 1_000 + month, accountId: bank.id, memo: `Dues ${date}` });
  }
  return test;
}

describe('retention through the core', () => {
  it('keeps every schedule the group chose, with its date, and nothing is shredded before one is chosen', async () => {
    const test = await vaultWithHistory(false);
    const first = await test.client.retention.show({});
    expect(first).toMatchObject({ chosen: false, changes: [], runs: [], hold: null, sealedBefore: null });
    expect(first.ages.memos).toBe('never');
    const chosen = await test.client.retention.set({ recommended: true });
    expect(chosen.ages).toEqual(chosen.recommended);
    test.clock.now = new Date('2026-11-21T08:00:00Z');
    const changed = await test.client.retention.set({ memos: '30D', entries: 'never' });
    expect(changed.ages).toMatchObject({ memos: '30d', entries: 'never', receipts: '12m' });
    expect(changed.changes.map((change) => [change.recordedAt, change.ages.memos])).toEqual([
      ['2026-11-21T08:00:00.000Z', '30d'],
      ['2026-11-20T12:00:00.000Z', '90d'],
    ]);
    const refused = await rejection(test.client.retention.set({ memos: '90 days' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect((await test.client.retention.show({})).ages.memos).toBe('30d');
  });

  it('runs on unlock, as the app starts it', async () => {
    const test = await vaultWithHistory(true);
    await test.client.retention.set({ recommended: true });
    await test.client.vault.lock({});
    await test.client.vault.unlock({ passphrase: passphrases.treasurer });
    await vi.waitFor(async () => expect((await test.client.retention.show({})).runs).toHaveLength(1), { timeout: 10_000 });
    const [run] = (await test.client.retention.show({})).runs;
    // Entries of January to October 2024 (24 months before 2026-11-20), and memos older than 90 days after them.
    expect(run).toMatchObject({ startedBy: 'unlock', counts: { entries: 10, memos: 35 - 10 - 3 } });
    expect((await test.client.ledger.verify({})).ok).toBe(true);
  });

  it('places a hold that stops every run, and lifts it only with the passphrase', async () => {
    const test = await vaultWithHistory(false);
    await test.client.retention.set({ recommended: true });
    const placed = await test.client.hold.place({ note: '  Subpoena, synthetic case 0002  ' });
    expect(placed.hold.note).toBe('Subpoena, synthetic case 0002');
    expect((await rejection(test.client.hold.place({ note: 'another' }))).code).toBe('NOT_PERMITTED');
    expect((await rejection(test.client.hold.place({ note: '   ' }))).code).toBe('INVALID_INPUT');
    expect((await rejection(test.client.retention.apply({}))).code).toBe('NOT_PERMITTED');
    expect((await test.client.retention.plan({})).shredsAnything).toBe(false);
    expect((await rejection(test.client.hold.lift({ confirmWith: { passphrase: 'not the passphrase at all' } }))).code).toBe('WRONG_SECRET');
    expect((await test.client.hold.status({})).hold?.note).toBe('Subpoena, synthetic case 0002');
    // Past the wait a wrong passphrase earns.
    test.clock.now = new Date(test.clock.now.getTime() + 60_000);
    const lifted = await test.client.hold.lift({ confirmWith: { passphrase: passphrases.treasurer } });
    expect(lifted.hold).toBeNull();
    expect((await rejection(test.client.hold.lift({ confirmWith: { passphrase: passphrases.treasurer } }))).code).toBe('NOT_FOUND');
    const shown = await test.client.retention.show({});
    expect(shown.holds).toEqual([{ note: 'Subpoena, synthetic case 0002', placedAt: placed.hold.placedAt, liftedAt: lifted.liftedAt }]);
    const applied = await test.client.retention.apply({});
    expect(applied.run?.counts.entries).toBe(10);
    expect((await test.client.ledger.verify({})).ok).toBe(true);
  });

  it('a lock during a run stops it, and the run left nothing half done', async () => {
    const test = await vaultWithHistory(false);
    await test.client.retention.set({ recommended: true });
    const before = await test.client.ledger.head({});
    const running = test.client.retention.apply({});
    await test.client.vault.lock({});
    const outcome = await running.then(
      (value) => ({ finished: value.run !== null }),
      (error: { code?: string }) => ({ refused: error.code }),
    );
    await test.client.vault.unlock({ passphrase: passphrases.treasurer });
    const after = await test.client.ledger.head({});
    // Either it finished before the lock reached it, or it was stopped and none of it was written.
    if ('refused' in outcome) expect(after).toEqual(before);
    else expect(after.entries).toBe(before.entries - 10);
    expect((await test.client.ledger.verify({})).ok).toBe(true);
  });
});

describe('the retention timer', () => {
  it('runs on unlock, once a day after, and not while locked', () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    let day = '2026-11-20';
    const timer = new RetentionTimer(
      (startedBy) => runs.push(`${startedBy} ${day}`),
      () => day,
    );
    timer.unlocked();
    vi.advanceTimersByTime(5 * 60 * 60 * 1000);
    day = '2026-11-21';
    vi.advanceTimersByTime(60 * 60 * 1000);
    vi.advanceTimersByTime(3 * 60 * 60 * 1000);
    timer.locked();
    day = '2026-11-22';
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(runs).toEqual(['unlock 2026-11-20', 'daily 2026-11-21']);
  });
});
