// The Electron main process as a packaged app, over the stand-in `electron` module (electronStandIn.ts):
// no DevTools in the window, and DevTools' own pages cancelled like any other request outside app://.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../electron/appProtocol.ts';
import { electron } from './electronStandIn.ts';
import { countGlueAssertions } from './glueFigure.ts';

vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
countGlueAssertions(import.meta.filename);

const emptyBin = mkdtempSync(path.join(tmpdir(), 'mutual-ledger-nobin-'));
const saved = { PATH: process.env.PATH, resourcesPath: (process as { resourcesPath?: string }).resourcesPath };

describe('electron/main.ts, packaged', () => {
  beforeAll(async () => {
    process.env.PATH = emptyBin;
    // A packaged app finds its SQLCipher driver under Electron's resources folder.
    (process as { resourcesPath?: string }).resourcesPath = path.join(emptyBin, 'resources');
    electron.module.app.isPackaged = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await import('../../electron/main.ts');
    electron.ready();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  });
  afterAll(() => {
    electron.module.app.emit('before-quit', { preventDefault: () => {} });
    process.env.PATH = saved.PATH;
    (process as { resourcesPath?: string }).resourcesPath = saved.resourcesPath;
    rmSync(emptyBin, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('the window has no DevTools', () => {
    expect((electron.windows[0]!.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
  });

  it('DevTools’ pages are cancelled with everything else outside app://', () => {
    const answers: Array<{ cancel?: boolean }> = [];
    for (const url of ['devtools://devtools/bundled/inspector.html', 'https://example.com/', appEntryUrl]) {
      electron.session.beforeRequest!({ url }, (answer) => answers.push(answer));
    }
    expect(answers).toEqual([{ cancel: true }, { cancel: true }, { cancel: false }]);
  });

  it('the core is told where a packaged app keeps its SQLCipher driver', () => {
    // None there in this test, so main says so and lets the core fall back; the path is still the packaged one.
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(path.join(emptyBin, 'resources', 'native', 'better_sqlite3.node')));
  });
});
