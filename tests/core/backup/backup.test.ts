// Backups that stay encrypted: "Back up now" writes a checked copy of the vault (the ledger under the
// same key, the key slots) into a new folder, and a restore makes a vault of it again. Nothing of the
// ledger is ever on disk in plaintext; a refusal, a failed check or a lock leaves nothing.
// Synthetic data only.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TreasuryEvent } from '../../../shared/contract/index.ts';
import { say } from '../../../shared/messages/message.ts';
import { whatTheVaultShows } from '../handover/handoverFixture.ts';
import { noPersonalTies } from '../ledger/bareLedger.ts';
import { filesContaining, filesUnder, lockAtFirst, passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';

const backupDay = new Date('2026-12-02T01:30:05Z');
/** A memo only this test writes: looked for in the backup's bytes, where it must never be in plain text. */
const canaryMemo = 'BACKUP-CANARY-4KD food bank delivery';
const dayMs = 24 * 60 * 60 * 1000;

let test: TestTreasury;
let usb: string;
let recoveryCode: string;

beforeEach(async () => {
  test = startTreasury({ now: backupDay });
  usb = join(test.root, 'usb');
  mkdirSync(usb);
  const { client } = test;
  ({ recoveryCode } = await client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer }));
  const bank = await client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', holder: 'organisation', security: noPersonalTies });
  const fund = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail only' });
  for (let day = 1; day <= 20; day += 1) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    await client.ledger.record({ kind: 'contribution', date, amount: 10_000 + day, accountId: bank.id, fundId: fund.id, memo: `${canaryMemo} ${day}` });
    await client.ledger.record({ kind: 'disbursement', date, amount: 2_000, accountId: bank.id, fundId: fund.id, category: 'food' });
  }
}, 60_000);

afterEach(() => test.treasury.close());

/** The one backup folder made in `usb`. */
function onlyBackup(): string {
  const names = readdirSync(usb);
  expect(names).toHaveLength(1);
  return join(usb, names[0] ?? '');
}

describe('back up now', () => {
  it('writes a checked copy that restores to the same vault, with nothing of it in plaintext', async () => {
    const made = await test.client.backup.make({ to: usb });
    const head = await test.client.ledger.head({});
    expect(made).toEqual({ folder: join(usb, 'mutual-ledger-backup-2026-12-02T01-30-05Z'), madeAt: backupDay.toISOString(), entries: 40, anchor: head.anchor, sweptUnfinished: [] });
    expect(onlyBackup()).toBe(made.folder);
    expect(readdirSync(made.folder).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);
    expect(statSync(made.folder).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(made.folder)) expect(statSync(join(made.folder, name)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(made.folder, 'key-slots.json'), 'utf8')).toBe(readFileSync(join(test.vaultDir, 'key-slots.json'), 'utf8'));

    // Encrypted: no SQLite header, and the memo is in no file of the backup (the vault's own files hold it only encrypted too).
    expect(readFileSync(join(made.folder, 'ledger.sqlite')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(filesContaining(test.root, Buffer.from('BACKUP-CANARY'))).toEqual([]);

    const shown = await whatTheVaultShows(test.client);
    const restoring = startTreasury({ now: backupDay });
    try {
      const vaultDir = join(restoring.root, 'restored');
      const restored = await restoring.client.backup.restore({ backup: made.folder, vaultDir, secret: { passphrase: passphrases.treasurer } });
      expect(restored).toEqual({ vaultDir, entries: 40, anchor: made.anchor });
      expect((await restoring.client.vault.status()).state).toBe('locked');
      await restoring.client.vault.unlock({ passphrase: passphrases.treasurer });
      expect(await whatTheVaultShows(restoring.client)).toEqual(shown);
      expect((await restoring.client.ledger.verify({ expectAnchor: made.anchor })).ok).toBe(true);
      // The backup folder is only read.
      expect(readdirSync(made.folder).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);
    } finally {
      await restoring.treasury.close();
    }
  }, 120_000);

  it('records the backup outside the chains, so the vault still holds the anchor the backup holds, and reminds when it is old', async () => {
    const { client, clock } = test;
    expect(await client.backup.status({})).toEqual({ reminderDays: 7, last: null, due: true });
    const { sweptUnfinished, ...made } = await client.backup.make({ to: usb });
    expect(sweptUnfinished).toEqual([]);
    expect((await client.ledger.head({})).anchor).toEqual(made.anchor);
    expect(await client.backup.status({})).toEqual({ reminderDays: 7, last: made, due: false });

    clock.now = new Date(backupDay.getTime() + 7 * dayMs - 1);
    expect((await client.backup.status({})).due).toBe(false);
    clock.now = new Date(backupDay.getTime() + 7 * dayMs);
    expect((await client.backup.status({})).due).toBe(true);
    expect(await client.backup.setReminder({ days: 30 })).toEqual({ reminderDays: 30, last: made, due: false });
    expect(await client.backup.setReminder({ days: null })).toEqual({ reminderDays: null, last: made, due: false });
    expect((await rejection(client.backup.setReminder({ days: 3 as 1 }))).code).toBe('INVALID_INPUT');
    expect((await client.backup.status({})).reminderDays).toBeNull();
  }, 60_000);

  it('refuses a path that is not whole, a folder that is missing, one inside the vault, and a backup folder already there, writing nothing', async () => {
    const { client } = test;
    const before = filesUnder(test.root).sort();
    const refusals = [
      [client.backup.make({ to: 'usb' }), 'NOT_PERMITTED', say('backup.pathNotFull')],
      [client.backup.make({ to: join(usb, 'missing') }), 'NOT_FOUND', say('backup.noSuchFolder', { folder: join(usb, 'missing') })],
      [client.backup.make({ to: test.vaultDir }), 'NOT_PERMITTED', say('backup.insideVault')],
    ] as const;
    for (const [call, code, reason] of refusals) expect(await rejection(call)).toMatchObject({ code, reason });
    expect(filesUnder(test.root).sort()).toEqual(before);
    expect((await client.backup.status({})).last).toBeNull();

    const made = await client.backup.make({ to: usb });
    const withOne = filesUnder(test.root).sort();
    const again = await rejection(client.backup.make({ to: usb }));
    expect(again).toMatchObject({ code: 'NOT_PERMITTED', reason: say('backup.alreadyThere', { folder: made.folder }) });
    expect(filesUnder(test.root).sort()).toEqual(withOne);
  }, 60_000);

  it('stops at a lock part way and leaves nothing, not even a hidden folder', async () => {
    lockAtFirst(test, 'copying');
    expect((await rejection(test.client.backup.make({ to: usb }))).code).toBe('WORK_CANCELLED');
    expect(readdirSync(usb)).toEqual([]);
    await test.client.vault.unlock({ passphrase: passphrases.treasurer });
    expect((await test.client.backup.status({})).last).toBeNull();
  }, 60_000);

  it('sweeps what a backup of this vault left unfinished when the app stopped (a crash), says so, and touches nothing else', async () => {
    const { client, clock } = test;
    const first = await client.backup.make({ to: usb });
    const hidden = (time: string) => join(usb, `.mutual-ledger-backup-2026-12-01T${time}Z.in-making`);
    // A crash just before the rename: a whole copy under the hidden name.
    const wholeCopy = hidden('10-00-00');
    renameSync(first.folder, wholeCopy);
    const keySlots = join(wholeCopy, 'key-slots.json');
    // A crash while SQLite copied: the key slots, the start of the ledger and its journal.
    const halfCopy = hidden('11-00-00');
    mkdirSync(halfCopy);
    copyFileSync(keySlots, join(halfCopy, 'key-slots.json'));
    writeFileSync(join(halfCopy, 'ledger.sqlite'), readFileSync(join(wholeCopy, 'ledger.sqlite')).subarray(0, 4096));
    writeFileSync(join(halfCopy, 'ledger.sqlite-journal'), Buffer.alloc(512));
    // What must stay: another vault's (its key slots are not this vault's), one holding a file the app never writes,
    // a name the app never gives, a link to a copy elsewhere, and a finished backup.
    const otherVault = hidden('12-00-00');
    mkdirSync(otherVault);
    writeFileSync(join(otherVault, 'key-slots.json'), JSON.stringify({ ...(JSON.parse(readFileSync(keySlots, 'utf8')) as object), vaultId: '0b6f1c1e-3f0a-4d2c-9a51-2f6c1b7d8e90' }));
    writeFileSync(join(otherVault, 'ledger.sqlite'), '');
    const withNotes = hidden('13-00-00');
    mkdirSync(withNotes);
    copyFileSync(keySlots, join(withNotes, 'key-slots.json'));
    writeFileSync(join(withNotes, 'notes.txt'), 'not the app’s');
    const otherName = join(usb, '.mutual-ledger-backup-tomorrow.in-making');
    mkdirSync(otherName);
    copyFileSync(keySlots, join(otherName, 'key-slots.json'));
    const elsewhere = join(test.root, 'elsewhere');
    cpSync(wholeCopy, elsewhere, { recursive: true });
    symlinkSync(elsewhere, hidden('14-00-00'));
    const finished = join(usb, 'mutual-ledger-backup-2026-12-01T09-00-00Z');
    cpSync(wholeCopy, finished, { recursive: true });
    const kept = readdirSync(usb)
      .filter((name) => ![wholeCopy, halfCopy].includes(join(usb, name)))
      .sort();

    clock.now = new Date(backupDay.getTime() + dayMs);
    const made = await client.backup.make({ to: usb });
    expect(made.sweptUnfinished).toEqual([wholeCopy, halfCopy]);
    expect(readdirSync(usb).sort()).toEqual([...kept, 'mutual-ledger-backup-2026-12-03T01-30-05Z'].sort());
    expect(readdirSync(elsewhere).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);
    expect(existsSync(join(withNotes, 'key-slots.json'))).toBe(true);
    // Recorded as any backup is; the next one finds nothing to sweep.
    expect((await client.backup.status({})).last).toMatchObject({ folder: made.folder });
    clock.now = new Date(backupDay.getTime() + 2 * dayMs);
    expect((await client.backup.make({ to: usb })).sweptUnfinished).toEqual([]);
  }, 60_000);

  it('keeps no copy that fails its restore test', async () => {
    // Damage the copy the moment SQLite has written it, before it is checked.
    const push = test.events.push.bind(test.events);
    test.events.push = (...events: TreasuryEvent[]) => {
      for (const event of events) {
        if (event.name !== 'progress' || event.payload.step !== 'copying' || event.payload.done !== event.payload.total) continue;
        const copy = join(usb, readdirSync(usb)[0] ?? '', 'ledger.sqlite');
        const bytes = readFileSync(copy);
        bytes.writeUInt8(bytes.readUInt8(Math.floor(bytes.length / 2)) ^ 0xff, Math.floor(bytes.length / 2));
        writeFileSync(copy, bytes);
      }
      return push(...events);
    };
    const refused = await rejection(test.client.backup.make({ to: usb }));
    expect(refused.code).toBe('BACKUP_DAMAGED');
    expect(readdirSync(usb)).toEqual([]);
    expect((await test.client.backup.status({})).last).toBeNull();
  }, 60_000);
});

describe('restore', () => {
  it('opens with the passphrase of the time the backup was made, and refuses what it must, leaving nothing', async () => {
    const made = await test.client.backup.make({ to: usb });
    await test.client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: passphrases.next });
    const restoring = startTreasury({ now: backupDay });
    try {
      const { client, root } = restoring;
      const vaultDir = join(root, 'restored');
      const taken = join(root, 'taken');
      mkdirSync(taken);
      const damaged = join(root, 'damaged');
      mkdirSync(damaged);
      const ledger = readFileSync(join(made.folder, 'ledger.sqlite'));
      ledger.writeUInt8(ledger.readUInt8(Math.floor(ledger.length / 2)) ^ 0xff, Math.floor(ledger.length / 2));
      writeFileSync(join(damaged, 'ledger.sqlite'), ledger);
      writeFileSync(join(damaged, 'key-slots.json'), readFileSync(join(made.folder, 'key-slots.json')));
      const before = filesUnder(root).sort();
      const secret = { passphrase: passphrases.treasurer };
      const refusals = [
        [client.backup.restore({ backup: made.folder, vaultDir, secret: { passphrase: passphrases.next } }), 'WRONG_SECRET', say('backup.secretDoesNotOpen')],
        [client.backup.restore({ backup: made.folder, vaultDir: taken, secret }), 'NOT_PERMITTED', say('backup.restoreFolderExists', { folder: taken })],
        [client.backup.restore({ backup: usb, vaultDir, secret }), 'NOT_FOUND', say('backup.notABackup', { folder: usb })],
        [client.backup.restore({ backup: made.folder, vaultDir: join(made.folder, 'inside'), secret }), 'NOT_PERMITTED', say('backup.restoreInsideBackup')],
        [client.backup.restore({ backup: damaged, vaultDir, secret }), 'BACKUP_DAMAGED', undefined],
      ] as const;
      for (const [call, code, reason] of refusals) expect(await rejection(call)).toMatchObject({ code, ...(reason === undefined ? {} : { reason }) });
      expect(filesUnder(root).sort()).toEqual(before);
      expect(readdirSync(made.folder).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);

      // The recovery code of that time opens it too; today's passphrase does not (above).
      expect((await client.backup.restore({ backup: made.folder, vaultDir, secret: { recoveryCode } })).anchor).toEqual(made.anchor);
    } finally {
      await restoring.treasury.close();
    }
  }, 120_000);
});
