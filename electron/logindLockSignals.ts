// Screen lock and sleep on Linux, from logind over the system D-Bus. Electron's `lock-screen` event never
// fires on Linux, and its `suspend` event depends on the desktop, so the app and the Chromium shell also
// listen to logind directly: the session's Lock signal (`loginctl lock-session`, the desktop's lock when
// it asks logind), the session's LockedHint turning true (how GNOME, KDE and light-locker report that the
// screen is locked), and the manager's PrepareForSleep(true) (suspend and hibernate, whoever asks).
// Plain Node: it never imports `electron`. It reads the output of `gdbus monitor`, or of `dbus-monitor`,
// rather than link a D-Bus library; where neither tool exists it stays quiet and says so once.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { LockReason } from '../shared/contract/index.ts';

/** The lock reasons logind can give. */
export type SystemLockReason = Extract<LockReason, 'screen-lock' | 'suspend'>;

/** A tool that prints the system bus's signals as lines of text. */
export interface SignalMonitor {
  command: string;
  args: string[];
  format: 'gdbus' | 'dbus-monitor';
}

/** The monitors tried in order: gdbus (GLib, on nearly every desktop) first, then dbus-monitor. */
export const defaultMonitors: readonly SignalMonitor[] = [
  { command: 'gdbus', args: ['monitor', '--system', '--dest', 'org.freedesktop.login1'], format: 'gdbus' },
  { command: 'dbus-monitor', args: ['--system', "type='signal',sender='org.freedesktop.login1'"], format: 'dbus-monitor' },
];

export interface LogindWatchOptions {
  onLock(reason: SystemLockReason): void;
  /** Told once, in a sentence, when no monitor could be started or the one running stopped. */
  onUnavailable?(why: string): void;
  /** This login session ($XDG_SESSION_ID); without it, a Lock of any session on the laptop locks the vault. */
  sessionId?: string;
  monitors?: readonly SignalMonitor[];
}

export interface LogindWatch {
  stop(): void;
}

const managerPath = '/org/freedesktop/login1';
const sessionPathPrefix = '/org/freedesktop/login1/session/';

/** Starts listening; returns at once. Never throws: a laptop without D-Bus simply gets no events from here. */
export function watchLogind(options: LogindWatchOptions): LogindWatch {
  const monitors = [...(options.monitors ?? defaultMonitors)];
  const sessionPath = options.sessionId === undefined || options.sessionId === '' ? undefined : sessionObjectPath(options.sessionId);
  let child: ChildProcess | undefined;
  let stopped = false;
  let toldUnavailable = false;
  const unavailable = (why: string): void => {
    if (stopped || toldUnavailable) return;
    toldUnavailable = true;
    options.onUnavailable?.(why);
  };
  const isOurSession = (path: string): boolean => (sessionPath === undefined ? path.startsWith(sessionPathPrefix) : path === sessionPath);

  const start = (): void => {
    const monitor = monitors.shift();
    if (monitor === undefined) {
      unavailable('Neither gdbus nor dbus-monitor is listening to logind, so screen lock and sleep do not lock the vault here; the idle auto-lock still does.');
      return;
    }
    const started = spawn(monitor.command, monitor.args, { stdio: ['ignore', 'pipe', 'ignore'] });
    child = started;
    let ended = false;
    // Not installed (error), or no system bus to talk to (exit): either way the next tool may still work.
    const next = (): void => {
      if (ended || stopped) return;
      ended = true;
      start();
    };
    started.once('error', next);
    started.once('exit', next);
    const parse = monitor.format === 'gdbus' ? gdbusParser(isOurSession) : dbusMonitorParser(isOurSession);
    createInterface({ input: started.stdout }).on('line', (line) => {
      const reason = parse(line);
      if (reason !== undefined && !stopped) options.onLock(reason);
    });
  };
  start();

  return {
    stop() {
      stopped = true;
      child?.kill();
    },
  };
}

/** logind's object path for a session id: sd_bus_path_encode escapes everything but [A-Za-z0-9], and a leading digit. */
export function sessionObjectPath(sessionId: string): string {
  const escaped = [...Buffer.from(sessionId, 'utf8')]
    .map((byte, index) => {
      const char = String.fromCharCode(byte);
      const plain = /[A-Za-z]/.test(char) || (index > 0 && /[0-9]/.test(char));
      return plain ? char : `_${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
  return `${sessionPathPrefix}${escaped}`;
}

type LineParser = (line: string) => SystemLockReason | undefined;

// One signal a line:
//   /org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)
//   /org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()
//   /org/freedesktop/login1/session/_32: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [])
function gdbusParser(isOurSession: (path: string) => boolean): LineParser {
  return (line) => {
    const match = /^(\/\S*): (\S+) \((.*)\)\s*$/.exec(line.trim());
    if (match === null) return undefined;
    const [, path = '', signal, body = ''] = match;
    if (path === managerPath && signal === 'org.freedesktop.login1.Manager.PrepareForSleep') return /^true\b/.test(body) ? 'suspend' : undefined;
    if (!isOurSession(path)) return undefined;
    if (signal === 'org.freedesktop.login1.Session.Lock') return 'screen-lock';
    if (signal === 'org.freedesktop.DBus.Properties.PropertiesChanged' && /'LockedHint': <true>/.test(body)) return 'screen-lock';
    return undefined;
  };
}

// A header line per signal, then its arguments on the lines after it:
//   signal time=… sender=:1.3 -> destination=(null destination) serial=… path=/org/freedesktop/login1; interface=org.freedesktop.login1.Manager; member=PrepareForSleep
//      boolean true
function dbusMonitorParser(isOurSession: (path: string) => boolean): LineParser {
  let current: { kind: 'sleep' | 'hint'; body: string; done: boolean } | undefined;
  return (line) => {
    const header = /^signal .* path=([^;]+); interface=([^;]+); member=(\S+)/.exec(line);
    if (header !== null) {
      const [, path = '', iface, member] = header;
      current = undefined;
      if (path === managerPath && iface === 'org.freedesktop.login1.Manager' && member === 'PrepareForSleep') current = { kind: 'sleep', body: '', done: false };
      else if (isOurSession(path) && iface === 'org.freedesktop.login1.Session' && member === 'Lock') return 'screen-lock';
      else if (isOurSession(path) && iface === 'org.freedesktop.DBus.Properties' && member === 'PropertiesChanged') current = { kind: 'hint', body: '', done: false };
      return undefined;
    }
    if (current === undefined || current.done) return undefined;
    current.body += ` ${line.trim()}`;
    if (current.kind === 'sleep' && /^\s*boolean (true|false)/.test(current.body)) {
      current.done = true;
      return /boolean true/.test(current.body) ? 'suspend' : undefined;
    }
    if (current.kind === 'hint' && /"LockedHint"\s+variant\s+boolean true/.test(current.body)) {
      current.done = true;
      return 'screen-lock';
    }
    return undefined;
  };
}
