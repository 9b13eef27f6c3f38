// The Electron main process, loaded over the stand-in `electron` module (electronStandIn.ts), run as an
// unpackaged app: the window it opens and its web preferences, the session's handlers, what the page may
// not do (navigate, open windows, attach webviews, reach anything outside app://), who may call the core,
// the core dying, a lock reloading the page, and the clipboard that forgets a copied secret.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appEntryUrl, appScheme } from '../../electron/appProtocol.ts';
import type { MessageToCore } from '../../electron/coreChannel.ts';
import { copySecretChannel, secretOnClipboardSeconds } from '../../shared/desktopBridge.ts';
import { translatorFor } from '../../shared/messages/translator.ts';
import type { Result } from '../../shared/result.ts';
import { electron, type Frame } from './electronStandIn.ts';
import { countGlueAssertions } from './glueFigure.ts';
import { loadMainForTheseTests } from './loadMain.ts';

vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
countGlueAssertions(import.meta.filename);

type Handler = (event: unknown, ...args: unknown[]) => unknown;
const appWindow = () => electron.windows[0]!;
const contents = () => appWindow().webContents;
const handler = (channel: string) => electron.handlers.get(channel) as Handler;
const fromTheApp = () => contents().eventFrom(contents().mainFrame);
const latestCore = () => electron.cores.at(-1)!;
/** Lets the promises main started run out (its clipboard answers in promises), on real timers. */
const realSetImmediate = setImmediate;
const settle = () => new Promise<void>((resolve) => realSetImmediate(resolve));
/** A synthetic secret, never a real one. */
const recoveryCode = 'ABCD-EFGH-JKLM-NPQR-STUV';

function answerCalls(): void {
  // The core answers each call main relays with ok, so the handler's promise settles.
  for (const message of latestCore().posted as MessageToCore[]) {
    if (message.type === 'call') latestCore().emit('message', { type: 'result', id: message.id, result: { ok: true, value: { answered: message.method } } });
  }
}

describe('electron/main.ts, unpackaged', () => {
  loadMainForTheseTests();
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  describe('the window', () => {
    it('is the only one, loads the app’s own entry page and nothing else', () => {
      expect(electron.windows).toHaveLength(1);
      expect(appWindow().loaded).toEqual([appEntryUrl]);
    });

    it('has every web preference locked down', () => {
      const preferences = appWindow().options.webPreferences as Record<string, unknown>;
      expect(preferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
      });
      // Middle-click navigation: Chromium's auxclick event is switched off for the page.
      expect(String(preferences.disableBlinkFeatures).split(',')).toContain('Auxclick');
      // Nothing turned back on behind the locked-down ones.
      expect(preferences).not.toHaveProperty('enableBlinkFeatures');
      expect(preferences).not.toHaveProperty('experimentalFeatures', true);
      expect(String(preferences.preload)).toMatch(/preload\.cjs$/);
    });

    it('unpackaged, DevTools are there for the developer (packaged: mainPackaged.test.ts)', () => {
      expect((appWindow().options.webPreferences as Record<string, unknown>).devTools).toBe(true);
    });

    it('is shown once ready, not before', () => {
      expect(appWindow().options.show).toBe(false);
    });
  });

  describe('the session', () => {
    it('refuses every permission asked for, and every permission checked', () => {
      const { permissionRequestHandler, permissionCheckHandler, devicePermissionHandler } = electron.session;
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
        const answers: boolean[] = [];
        permissionRequestHandler!(contents(), permission, (granted) => answers.push(granted), { requestingUrl: appEntryUrl });
        expect(answers, permission).toEqual([false]);
        expect(permissionCheckHandler!(contents(), permission, 'app://ledger', { requestingUrl: appEntryUrl }), permission).toBe(false);
      }
      expect(devicePermissionHandler!({ deviceType: 'usb', origin: 'app://ledger' })).toBe(false);
    });

    it('cancels every request outside app:// (data: images and, unpackaged, DevTools aside)', () => {
      const cancelled = (url: string) => {
        const answers: Array<{ cancel?: boolean }> = [];
        electron.session.beforeRequest!({ url }, (answer) => answers.push(answer));
        expect(answers, url).toHaveLength(1);
        return answers[0]!.cancel === true;
      };
      for (const url of ['https://example.com/', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'ws://localhost/', 'app://other/index.html', 'blob:https://example.com/1', 'chrome://gpu']) {
        expect(cancelled(url), url).toBe(true);
      }
      for (const url of [appEntryUrl, 'app://ledger/assets/index.js', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html']) {
        expect(cancelled(url), url).toBe(false);
      }
    });

    it('serves app:// itself, a standard secure scheme', () => {
      expect(electron.protocolHandlers.has(appScheme)).toBe(true);
      expect(electron.privilegedSchemes).toEqual([{ scheme: appScheme, privileges: { standard: true, secure: true, corsEnabled: true } }]);
    });
  });

  describe('what the page may not do', () => {
    it('every web contents, not only the window’s, refuses navigation, redirects and webviews', () => {
      expect(electron.webContentsCreated).toEqual([contents()]);
      for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
        const event = { preventDefault: vi.fn(), url: 'https://example.com/' };
        contents().emit(name, event, 'https://example.com/');
        expect(event.preventDefault, name).toHaveBeenCalled();
      }
    });

    it('window.open, target=_blank and a middle click open nothing', () => {
      for (const url of ['https://example.com/', appEntryUrl, 'about:blank', 'file:///etc/passwd']) {
        expect(contents().windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      }
    });

    it('a second web contents (say a webview that slipped through) gets the same refusals', () => {
      const before = electron.webContentsCreated.length;
      const window = new electron.module.BrowserWindow({});
      expect(electron.webContentsCreated).toHaveLength(before + 1);
      expect(window.webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      const event = { preventDefault: vi.fn() };
      window.webContents.emit('will-navigate', event, 'https://example.com/');
      expect(event.preventDefault).toHaveBeenCalled();
      electron.windows.pop();
      electron.webContentsCreated.pop();
    });
  });

  describe('who may call the core (treasury:call)', () => {
    it('the app’s own page in its window, from its main frame: the call goes to the core', async () => {
      const answer = handler('treasury:call')(fromTheApp(), 'vault.status', {}) as Promise<Result<unknown>>;
      expect(latestCore().posted.at(-1)).toMatchObject({ type: 'call', method: 'vault.status', input: {} });
      answerCalls();
      await expect(answer).resolves.toEqual({ ok: true, value: { answered: 'vault.status' } });
    });

    it('a frame inside the page, even one at app://, is refused and nothing reaches the core', () => {
      const before = latestCore().posted.length;
      const refusals: Array<[string, Frame | null | undefined, unknown]> = [
        ['a subframe at the app’s own URL', contents().subFrame(appEntryUrl), contents()],
        ['a subframe elsewhere', contents().subFrame('https://example.com/'), contents()],
        ['the main frame at another origin', { ...contents().mainFrame, url: 'https://example.com/' }, contents()],
        ['a frame of another process with the main frame’s routing id', { ...contents().mainFrame, processId: 99 }, contents()],
        ['no frame at all (it went away)', null, contents()],
        ['another web contents', contents().mainFrame, {}],
      ];
      for (const [what, senderFrame, sender] of refusals) {
        // Refused at once, not relayed (a relayed call would wait for the core's answer).
        const result = handler('treasury:call')({ sender, senderFrame }, 'vault.status', {});
        expect(result, what).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
      }
      expect(latestCore().posted).toHaveLength(before);
    });

    it('a method that is not text is refused before the core', async () => {
      const result = (await handler('treasury:call')(fromTheApp(), { toString: () => 'vault.status' }, {})) as Result<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    });
  });

  describe('a copied secret (window.desktop.copySecret)', () => {
    const copy = (event: unknown, text: unknown) => handler(copySecretChannel)(event, text) as Promise<boolean>;

    it('is put on the clipboard for the app’s page, and cleared after 30 seconds if it is still there', async () => {
      vi.useFakeTimers();
      await expect(copy(fromTheApp(), recoveryCode)).resolves.toBe(true);
      expect(electron.clipboard.text).toBe(recoveryCode);
      await vi.advanceTimersByTimeAsync(secretOnClipboardSeconds * 1000 - 1);
      expect(electron.clipboard.text).toBe(recoveryCode);
      await vi.advanceTimersByTimeAsync(1);
      expect(electron.clipboard.text).toBe('');
    });

    it('never clears what the treasurer copied since', async () => {
      vi.useFakeTimers();
      await copy(fromTheApp(), recoveryCode);
      await electron.clipboard.writeText('a note the treasurer copied');
      const clears = electron.clipboard.clears;
      await vi.advanceTimersByTimeAsync(secretOnClipboardSeconds * 1000);
      expect(electron.clipboard.text).toBe('a note the treasurer copied');
      expect(electron.clipboard.clears).toBe(clears);
    });

    it('a second secret takes the first one’s place, and its own 30 seconds', async () => {
      vi.useFakeTimers();
      await copy(fromTheApp(), recoveryCode);
      await vi.advanceTimersByTimeAsync(20_000);
      await copy(fromTheApp(), 'JBSWY3DPEHPK3PXP');
      await vi.advanceTimersByTimeAsync(20_000);
      expect(electron.clipboard.text).toBe('JBSWY3DPEHPK3PXP');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(electron.clipboard.text).toBe('');
    });

    it('a clear still waiting for the clipboard’s answer never wipes a secret copied meanwhile', async () => {
      vi.useFakeTimers();
      await copy(fromTheApp(), recoveryCode);
      const letGo = electron.clipboard.holdReads();
      // The 30 seconds are up: the clear asks what the clipboard holds (the first secret), and waits.
      await vi.advanceTimersByTimeAsync(secretOnClipboardSeconds * 1000);
      const second = copy(fromTheApp(), 'JBSWY3DPEHPK3PXP');
      await vi.advanceTimersByTimeAsync(0);
      letGo();
      await expect(second).resolves.toBe(true);
      expect(electron.clipboard.text).toBe('JBSWY3DPEHPK3PXP');
    });

    it('is cleared when the vault locks', async () => {
      vi.useFakeTimers();
      await copy(fromTheApp(), recoveryCode);
      latestCore().emit('message', { type: 'event', event: { name: 'locked', payload: { reason: 'idle' } } });
      await vi.advanceTimersByTimeAsync(0);
      expect(electron.clipboard.text).toBe('');
    });

    it('only from the app’s own main frame, and only text a secret may be: otherwise nothing is written', async () => {
      const writes = electron.clipboard.writes.length;
      const refused: Array<[string, unknown, unknown]> = [
        ['a subframe', contents().eventFrom(contents().subFrame(appEntryUrl)), recoveryCode],
        ['another origin', contents().eventFrom({ ...contents().mainFrame, url: 'https://example.com/' }), recoveryCode],
        ['another web contents', { sender: {}, senderFrame: contents().mainFrame }, recoveryCode],
        ['empty text', fromTheApp(), ''],
        ['not text', fromTheApp(), { toString: () => recoveryCode }],
        ['a number', fromTheApp(), 1234],
        ['longer than any passphrase', fromTheApp(), 'x'.repeat(1025)],
      ];
      for (const [what, event, text] of refused) {
        await expect(copy(event, text), what).resolves.toBe(false);
      }
      expect(electron.clipboard.writes).toHaveLength(writes);
    });

    it('a clipboard that cannot be written answers false', async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      vi.spyOn(electron.clipboard, 'writeText').mockImplementation(() => {
        throw new Error('no clipboard');
      });
      await expect(copy(fromTheApp(), recoveryCode)).resolves.toBe(false);
      expect(logged).toHaveBeenCalledOnce();
    });
  });

  describe('a lock', () => {
    it('passes the event to the page, then throws the page away for a fresh one', () => {
      const loads = appWindow().loaded.length;
      const sent = contents().sent.length;
      const event = { name: 'locked', payload: { reason: 'manual' } };
      latestCore().emit('message', { type: 'event', event });
      expect(contents().sent.slice(sent)).toEqual([['treasury:event', event]]);
      expect(appWindow().loaded.slice(loads)).toEqual([appEntryUrl]);
    });

    it('a progress event is only passed on', () => {
      const loads = appWindow().loaded.length;
      latestCore().emit('message', { type: 'event', event: { name: 'progress', payload: { work: 'verify', step: 'entries', done: 1, total: 2 } } });
      expect(appWindow().loaded).toHaveLength(loads);
    });

    it('a garbled message from the core is ignored', () => {
      const loads = appWindow().loaded.length;
      const sent = contents().sent.length;
      latestCore().emit('message', { type: 'event' });
      latestCore().emit('message', 'locked');
      expect(appWindow().loaded).toHaveLength(loads);
      expect(contents().sent).toHaveLength(sent);
    });
  });

  describe('the core process', () => {
    let restartedAt = 0;
    it('is started once, told where the app’s data is, before any call', () => {
      expect(electron.cores.length).toBeGreaterThanOrEqual(1);
      expect(electron.cores[0]!.posted[0]).toMatchObject({ type: 'open', options: { appDataDir: '/nonexistent/userData', scheduleRetention: true } });
    });

    it('dying after the startup grace: calls waiting are answered, a fresh core starts and the page goes back to unlock', async () => {
      const dying = latestCore();
      const waiting = handler('treasury:call')(fromTheApp(), 'ledger.list', {}) as Promise<Result<unknown>>;
      const loads = appWindow().loaded.length;
      restartedAt = Date.now() + 60_000;
      vi.spyOn(Date, 'now').mockReturnValue(restartedAt);
      await handler(copySecretChannel)(fromTheApp(), recoveryCode);
      dying.emit('exit', 1);
      await expect(waiting).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(electron.cores).toHaveLength(electron.cores.indexOf(dying) + 2);
      expect(latestCore().posted[0]).toMatchObject({ type: 'open' });
      expect(appWindow().loaded.slice(loads)).toEqual([appEntryUrl]);
      expect(electron.errorBoxes).toEqual([]);
      // The key died with the core, as at a lock: the secret leaves the clipboard too.
      await settle();
      expect(electron.clipboard.text).toBe('');
      // The new core answers.
      const answer = handler('treasury:call')(fromTheApp(), 'vault.status', {}) as Promise<Result<unknown>>;
      answerCalls();
      await expect(answer).resolves.toMatchObject({ ok: true });
    });

    it('dying within the startup grace: no restart loop; the treasurer is told, and the app quits', () => {
      const dying = latestCore();
      const cores = electron.cores.length;
      const quits = electron.quits.length;
      vi.spyOn(Date, 'now').mockReturnValue(restartedAt + 1_000);
      dying.emit('exit', 1);
      expect(electron.cores).toHaveLength(cores);
      // In the system's language (the stand-in's is es-MX).
      const spanish = translatorFor('es');
      expect(electron.errorBoxes).toEqual([[spanish.words('common.cannotStartTitle'), spanish.words('common.cannotStart')]]);
      expect(electron.quits.length).toBe(quits + 1);
    });

    it('after that, a call is refused without a core, not left waiting', async () => {
      await expect(Promise.resolve(handler('treasury:call')(fromTheApp(), 'vault.status', {}))).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    });
  });

  describe('quitting', () => {
    it('takes a copied secret off the clipboard', async () => {
      await handler(copySecretChannel)(fromTheApp(), recoveryCode);
      expect(electron.clipboard.text).toBe(recoveryCode);
      const event = { preventDefault: vi.fn() };
      electron.module.app.emit('before-quit', event);
      expect(event.preventDefault).toHaveBeenCalled();
      await settle();
      expect(electron.clipboard.text).toBe('');
    });
  });
});
