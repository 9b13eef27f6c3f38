// The Chromium shell's half of screen-lock and sleep on Linux: logind's signals (from a stand-in monitor
// process) lock a real core's vault through its dispatcher, with the reason the screens are told.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogindWatch } from '../../../electron/logindLockSignals.ts';
import { watchSystemLocks } from '../../../electron/shell/chromiumShell.ts';
import { passphrases, startTreasury, type TestTreasury } from '../../core/treasuryFixture.ts';

const standIn = fileURLToPath(new URL('../fixtures/signalMonitor.mjs', import.meta.url));

let watch: LogindWatch | undefined;
let test: TestTreasury | undefined;
const savedSession = process.env.XDG_SESSION_ID;
// The login session the shell runs in: logind's path for it is /org/freedesktop/login1/session/_32.
beforeEach(() => {
  process.env.XDG_SESSION_ID = '2';
});
afterEach(async () => {
  watch?.stop();
  await test?.treasury.close();
  if (savedSession === undefined) delete process.env.XDG_SESSION_ID;
  else process.env.XDG_SESSION_ID = savedSession;
});

describe.skipIf(process.platform !== 'linux')('Chromium shell: logind locks the vault', () => {
  it.each([
    { signal: '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)', reason: 'suspend' },
    { signal: '/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()', reason: 'screen-lock' },
  ])('$reason locks the unlocked vault', async ({ signal, reason }) => {
    test = startTreasury();
    const { client, vaultDir, events } = test;
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    expect((await client.vault.status({})).state).toBe('unlocked');

    watch = watchSystemLocks(test.treasury, { systemLockMonitors: [{ command: process.execPath, args: [standIn, signal], format: 'gdbus' }] });
    await expect.poll(async () => (await client.vault.status({})).state).toBe('locked');
    expect(events).toContainEqual({ name: 'locked', payload: { reason } });
  });
});
