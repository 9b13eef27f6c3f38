// Screen lock and sleep on Linux, from logind's signals as `gdbus monitor` and `dbus-monitor` print them;
// a stand-in process prints the lines (tests/electron/fixtures/signalMonitor.mjs).
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionObjectPath, watchLogind, type LogindWatch, type SignalMonitor, type SystemLockReason } from '../../electron/logindLockSignals.ts';
import { countGlueAssertions } from './glueFigure.ts';

countGlueAssertions(import.meta.filename);

const standIn = fileURLToPath(new URL('./fixtures/signalMonitor.mjs', import.meta.url));
const ourSession = '/org/freedesktop/login1/session/_32';
const otherSession = '/org/freedesktop/login1/session/_37';

function monitor(format: SignalMonitor['format'], lines: string[]): SignalMonitor {
  return { command: process.execPath, args: [standIn, ...lines], format };
}

let watch: LogindWatch | undefined;
afterEach(() => watch?.stop());

/** Starts a watch for session "2" over the given monitors and collects what it reports. */
function listen(monitors: SignalMonitor[], sessionId = '2'): { locks: SystemLockReason[]; unavailable: string[] } {
  const heard = { locks: [] as SystemLockReason[], unavailable: [] as string[] };
  watch = watchLogind({ onLock: (reason) => heard.locks.push(reason), onUnavailable: (why) => heard.unavailable.push(why), sessionId, monitors });
  return heard;
}

describe('watchLogind', () => {
  it('encodes the session path as logind does', () => {
    expect(sessionObjectPath('2')).toBe(ourSession);
    expect(sessionObjectPath('c1')).toBe('/org/freedesktop/login1/session/c1');
    expect(sessionObjectPath('12')).toBe('/org/freedesktop/login1/session/_312');
  });

  it("reads gdbus monitor: our session's Lock and LockedHint, and PrepareForSleep(true); ignores the rest", async () => {
    const heard = listen([
      monitor('gdbus', [
        'Monitoring signals from all objects owned by org.freedesktop.login1',
        'The name org.freedesktop.login1 is owned by :1.3',
        `${otherSession}: org.freedesktop.login1.Session.Lock ()`,
        '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (false,)',
        `${ourSession}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <false>}, @as [])`,
        `${ourSession}: org.freedesktop.login1.Session.Unlock ()`,
        `${ourSession}: org.freedesktop.login1.Session.Lock ()`,
        `${ourSession}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [])`,
        '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)',
      ]),
    ]);
    await expect.poll(() => heard.locks).toEqual(['screen-lock', 'screen-lock', 'suspend']);
    expect(heard.unavailable).toEqual([]);
  });

  it('reads dbus-monitor, whose arguments come on the lines after the signal', async () => {
    const header = (path: string, iface: string, member: string) =>
      `signal time=1764470000.1 sender=:1.3 -> destination=(null destination) serial=9 path=${path}; interface=${iface}; member=${member}`;
    const heard = listen([
      monitor('dbus-monitor', [
        header('/org/freedesktop/login1', 'org.freedesktop.login1.Manager', 'PrepareForSleep'),
        '   boolean false',
        header(otherSession, 'org.freedesktop.login1.Session', 'Lock'),
        header(ourSession, 'org.freedesktop.login1.Session', 'Lock'),
        header(ourSession, 'org.freedesktop.DBus.Properties', 'PropertiesChanged'),
        '   string "org.freedesktop.login1.Session"',
        '   array [',
        '      dict entry(',
        '         string "LockedHint"',
        '         variant             boolean true',
        '      )',
        '   ]',
        header('/org/freedesktop/login1', 'org.freedesktop.login1.Manager', 'PrepareForSleep'),
        '   boolean true',
      ]),
    ]);
    await expect.poll(() => heard.locks).toEqual(['screen-lock', 'screen-lock', 'suspend']);
  });

  it('without a session id, a Lock of any session locks (more locking is the safe side)', async () => {
    const heard = listen([monitor('gdbus', [`${otherSession}: org.freedesktop.login1.Session.Lock ()`])], '');
    await expect.poll(() => heard.locks).toEqual(['screen-lock']);
  });

  it('falls back to the next tool when one is missing or cannot reach the bus, and says so once when none can', async () => {
    const fallback = listen([
      { command: 'no-such-gdbus-for-this-test', args: [], format: 'gdbus' },
      monitor('gdbus', ['/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)']),
    ]);
    await expect.poll(() => fallback.locks).toEqual(['suspend']);
    watch?.stop();

    process.env.STOP_AFTER_LINES = '1';
    try {
      const none = listen([{ command: 'no-such-gdbus-for-this-test', args: [], format: 'gdbus' }, monitor('dbus-monitor', ['Failed to open connection to system bus'])]);
      await expect.poll(() => none.unavailable).toHaveLength(1);
      expect(none.unavailable[0]).toContain('idle auto-lock still does');
      expect(none.locks).toEqual([]);
    } finally {
      delete process.env.STOP_AFTER_LINES;
    }
  });

  it('reports nothing after stop()', async () => {
    const heard = listen([monitor('gdbus', [])]);
    watch?.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toEqual({ locks: [], unavailable: [] });
  });
});
