import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/core/vault/vault.ts';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';
import { say, type Message } from '../../../shared/messages/message.ts';

// The vault's one session as the screens and the CLI meet it: which state it is in, which folder it
// points at, the refusals a treasurer reads, and what a longer auto-lock asks for.
describe('the vault session', () => {
  it('names its state: no vault, unlocked, locked', async () => {
    const { client, vaultDir } = startTreasury();
    expect((await client.vault.status()).state).toBe('no-vault');
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    expect((await client.vault.status()).state).toBe('unlocked');
    await client.vault.lock({});
    expect((await client.vault.status()).state).toBe('locked');
  });

  it('knows the folder it points at, written out in full', () => {
    const { root } = startTreasury();
    const vault = new Vault({ vaultDir: join(root, 'a', '..', 'vault'), now: () => new Date(), onLocked: () => undefined, requestLock: () => undefined });
    expect(vault.dir).toBe(join(root, 'vault'));
    expect(vault.isUnlocked()).toBe(false);
  });

  it('choosing another folder locks the open vault; choosing the same folder, however written, does not', async () => {
    const { client, vaultDir, root, events } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    expect((await client.vault.select({ vaultDir: join(vaultDir, '.', '') })).state).toBe('unlocked');
    expect((await client.vault.details()).autoLockSeconds).toBe(300);
    expect(events).toEqual([]);

    const elsewhere = await client.vault.select({ vaultDir: join(root, 'elsewhere') });
    expect(elsewhere).toMatchObject({ state: 'no-vault', vaultDir: join(root, 'elsewhere') });
    expect(events).toEqual([{ name: 'locked', payload: { reason: 'manual' } }]);
    expect((await client.vault.select({ vaultDir })).state).toBe('locked');
  });

  it('makes a new vault folder that only its owner may open', async () => {
    const { client, root } = startTreasury();
    const vaultDir = join(root, 'new', 'vault');
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    expect(statSync(vaultDir).mode & 0o777).toBe(0o700);
  });

  it('refuses a folder that holds other files, names it, and leaves it as it was', async () => {
    const { client, vaultDir } = startTreasury();
    mkdirSync(vaultDir);
    writeFileSync(join(vaultDir, 'minutes.txt'), 'synthetic');
    const error = await rejection(client.vault.create({ vaultDir, passphrase: passphrases.treasurer }));
    expect(error.code).toBe('NOT_PERMITTED');
    expect(error.reason).toEqual(say('vault.folderNotEmpty', { dir: vaultDir }));
    expect(readdirSync(vaultDir)).toEqual(['minutes.txt']);
  });

  it('refuses a folder that already holds a vault, and says to unlock it', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const error = await rejection(client.vault.create({ vaultDir, passphrase: passphrases.next }));
    expect(error.code).toBe('VAULT_ALREADY_EXISTS');
    expect(error.reason).toEqual(say('vault.alreadyExists', { dir: vaultDir }));
  });

  it('an unlock where there is no vault names the folder', async () => {
    const { client, vaultDir } = startTreasury();
    const error = await rejection(client.vault.unlock({ passphrase: passphrases.treasurer }));
    expect(error.code).toBe('VAULT_NOT_FOUND');
    expect(error.reason).toEqual(say('vault.noVaultIn', { dir: vaultDir }));
  });

  it('a wrong passphrase and a wrong recovery code are each named for what they are', async () => {
    const { client, vaultDir, clock } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.lock({});
    const wrongPassphrase = await rejection(client.vault.unlock({ passphrase: passphrases.next }));
    expect([wrongPassphrase.code, wrongPassphrase.reason]).toEqual(['WRONG_SECRET', say('vault.passphraseDoesNotOpen')]);
    expect(wrongPassphrase.retryAfterSeconds).toBe(1);
    clock.now = new Date(clock.now.getTime() + 60_000);
    const wrongCode = await rejection(client.vault.unlock({ recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' }));
    expect([wrongCode.code, wrongCode.reason]).toEqual(['WRONG_SECRET', say('vault.recoveryCodeDoesNotOpen')]);
  });

  it('a longer auto-lock asks for the passphrase again and says why; the same one, or a shorter one, does not', async () => {
    const { client, vaultDir, clock } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const asked = await rejection(client.vault.setAutoLock({ seconds: 301 }));
    expect([asked.code, asked.reason]).toEqual(['CONFIRMATION_REQUIRED', say('vault.confirmToStayOpenLonger')]);
    expect((await client.vault.setAutoLock({ seconds: 300 })).autoLockSeconds).toBe(300);
    expect((await client.vault.setAutoLock({ seconds: 299 })).autoLockSeconds).toBe(299);

    const wrongPassphrase = await rejection(client.vault.setAutoLock({ seconds: 600, confirmWith: { passphrase: passphrases.next } }));
    expect([wrongPassphrase.code, wrongPassphrase.reason]).toEqual(['WRONG_SECRET', say('vault.passphraseNotRight')]);
    clock.now = new Date(clock.now.getTime() + 60_000);
    const wrongCode = await rejection(client.vault.setAutoLock({ seconds: 600, confirmWith: { recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' } }));
    expect([wrongCode.code, wrongCode.reason]).toEqual(['WRONG_SECRET', say('vault.recoveryCodeNotRight')]);
    expect((await client.vault.details()).autoLockSeconds).toBe(299);
  });

  it('a passphrase change names the current passphrase when it is wrong', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const error = await rejection(client.vault.changePassphrase({ currentPassphrase: passphrases.coTreasurer, newPassphrase: passphrases.next }));
    expect([error.code, error.reason]).toEqual(['WRONG_SECRET', say('vault.currentPassphraseNotRight')]);
  });

  it('a code at the TOTP gate when no unlock waits for one is refused, and says what to do first', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    for (const state of ['unlocked', 'locked']) {
      const error = await rejection(client.vault.confirmTotp({ code: '123456' }));
      expect([error.code, error.reason], state).toEqual(['TOTP_NOT_PENDING', say('vault.noUnlockWaiting')]);
      await client.vault.lock({});
    }
  });

  it('making a new vault locks the one that was open, as a manual lock', async () => {
    const { client, vaultDir, root, events } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.create({ vaultDir: join(root, 'second'), passphrase: passphrases.next });
    expect(events).toEqual([{ name: 'locked', payload: { reason: 'manual' } }]);
    expect(await client.vault.status()).toMatchObject({ state: 'unlocked', vaultDir: join(root, 'second') });
  });

  it("opens the ledger with the SQLCipher build it is given (Electron's), and with no other", async () => {
    const { root } = startTreasury();
    const given = (nativeBinding: string) =>
      new Vault({ vaultDir: join(root, 'vault'), now: () => new Date(), onLocked: () => undefined, requestLock: () => undefined, sqliteNativeBinding: nativeBinding });
    await expect(given(join(root, 'no-such-build.node')).create(join(root, 'vault'), passphrases.treasurer)).rejects.toThrow(/no-such-build\.node/);
    const vault = given(createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'));
    await vault.create(join(root, 'vault'), passphrases.treasurer);
    vault.lock('manual');
    expect(await vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    vault.lock('manual');
  });

  it('waits half a minute for a key change another process is making, then says so and opens nothing', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.lock({});
    // Held by a process that is running (this test's parent), since a moment ago.
    writeFileSync(join(vaultDir, 'key-change.lock'), JSON.stringify({ pid: process.ppid, at: new Date().toISOString() }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      let settled = false;
      const unlocking = rejection(client.vault.unlock({ passphrase: passphrases.treasurer })).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(29_000);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2_000);
      const error = await unlocking;
      expect([error.code, error.reason]).toEqual(['VAULT_BUSY', say('vault.keysBeingChanged')]);
    } finally {
      vi.useRealTimers();
    }
    expect((await client.vault.status()).state).toBe('locked');
    rmSync(join(vaultDir, 'key-change.lock'));
    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  });

  it('tells long work why the ledger is closing, a lock or a change of key, and a lock closes it', async () => {
    const { root } = startTreasury();
    const closing: Message[] = [];
    const vault = new Vault({ vaultDir: join(root, 'vault'), now: () => new Date(), onLocked: () => undefined, requestLock: () => undefined, onLedgerClosing: (why) => closing.push(why) });
    await vault.create(join(root, 'vault'), passphrases.treasurer);
    await vault.rekey({ passphrase: passphrases.treasurer });
    const ledger = vault.ledger();
    vault.lock('manual');
    expect(ledger.open).toBe(false);
    expect(closing).toEqual([say('vault.stoppedByKeyChange'), say('vault.stoppedByLock')]);
    expect(() => vault.details()).toThrowError(expect.objectContaining({ code: 'VAULT_LOCKED', reason: say('common.vaultLocked') }));
  });

  it('a key-slot file written again by another tool, the same but in another order, is not taken for a change', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const path = join(vaultDir, 'key-slots.json');
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, inner]) => [key, reversed(inner)]),
            )
          : value;
    writeFileSync(path, JSON.stringify(reversed(JSON.parse(readFileSync(path, 'utf8')))));
    expect(await client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: passphrases.next })).toEqual({ slot: 'treasurer', oldCopiesStillOpen: true });
  });

  it('refuses a weak passphrase with the reason and the advice', async () => {
    const { client, vaultDir } = startTreasury();
    const error = await rejection(client.vault.create({ vaultDir, passphrase: 'velvet harbour' }));
    expect([error.code, error.reason, error.hints]).toEqual([
      'WEAK_PASSPHRASE',
      say('vault.weakPassphrase', { warning: say('vault.guessableIn', { time: say('vault.crackTime', { unit: 'hour', count: 11 }) }) }),
      [say('vault.addUnrelatedWords')],
    ]);
  });
});
