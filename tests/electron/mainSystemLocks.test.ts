// The Electron main process, loaded over the stand-in `electron` module (electronStandIn.ts): screen lock and sleep lock the
// vault, from Electron's powerMonitor and, on Linux, from logind as a stand-in `gdbus` on PATH reports it.
import { EventEmitter } from 'node:events';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MessageToCore } from '../../electron/coreChannel.ts';
import { electron } from './electronStandIn.ts';
import { countGlueAssertions } from './glueFigure.ts';

const standIn = fileURLToPath(new URL('./fixtures/signalMonitor.mjs', import.meta.url));
const binDir = mkdtempSync(path.join(tmpdir(), 'mutual-ledger-gdbus-'));
const ourSession = '/org/freedesktop/login1/session/_32';

vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
countGlueAssertions(import.meta.filename);

const lockCalls = () =>
  (electron.posted as MessageToCore[]).filter((message) => message.type === 'call' && message.method === 'vault.lock').map((message) => (message.type === 'call' ? message.input : undefined));

describe.skipIf(process.platform !== 'linux')('electron/main.ts: screen lock and sleep', () => {
  const saved = { PATH: process.env.PATH, XDG_SESSION_ID: process.env.XDG_SESSION_ID };
  beforeAll(async () => {
    // A `gdbus` that reports what logind would: another session locking (ignored), ours locking, then sleep.
    const lines = [
      `/org/freedesktop/login1/session/_37: org.freedesktop.login1.Session.Lock ()`,
      `${ourSession}: org.freedesktop.login1.Session.Lock ()`,
      '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)',
    ];
    const gdbus = path.join(binDir, 'gdbus');
    writeFileSync(gdbus, `#!/bin/sh\nsleep 0.3\nexec "${process.execPath}" "${standIn}" ${lines.map((line) => `'${line}'`).join(' ')}\n`);
    chmodSync(gdbus, 0o755);
    process.env.PATH = `${binDir}${path.delimiter}${process.env.PATH ?? ''}`;
    process.env.XDG_SESSION_ID = '2';
    await import('../../electron/main.ts');
    electron.ready();
  });
  afterAll(() => {
    electron.module.app.emit('before-quit', { preventDefault: () => {} });
    process.env.PATH = saved.PATH;
    if (saved.XDG_SESSION_ID === undefined) delete process.env.XDG_SESSION_ID;
    else process.env.XDG_SESSION_ID = saved.XDG_SESSION_ID;
    rmSync(binDir, { recursive: true, force: true });
  });

  it('locks the vault through the core when logind reports our session locked and the laptop going to sleep', async () => {
    await expect.poll(lockCalls, { timeout: 10_000 }).toEqual([{ reason: 'screen-lock' }, { reason: 'suspend' }]);
  });

  it("locks on Electron's own lock-screen and suspend events too", () => {
    const before = lockCalls().length;
    (electron.module.powerMonitor as EventEmitter).emit('lock-screen');
    (electron.module.powerMonitor as EventEmitter).emit('suspend');
    expect(lockCalls().slice(before)).toEqual([{ reason: 'screen-lock' }, { reason: 'suspend' }]);
  });
});
