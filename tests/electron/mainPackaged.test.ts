// The Electron main process as a packaged app, over the stand-in `electron` module (electronStandIn.ts):
// no DevTools in the window, and DevTools' own pages cancelled like any other request outside app://.
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../electron/appProtocol.ts';
import { electron } from './electronStandIn.ts';
import { countGlueAssertions } from './glueFigure.ts';
import { loadMainForTheseTests } from './loadMain.ts';

vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
countGlueAssertions(import.meta.filename);

const savedResourcesPath = (process as { resourcesPath?: string }).resourcesPath;
let resourcesPath = '';

describe('electron/main.ts, packaged', () => {
  loadMainForTheseTests((emptyBin) => {
    // A packaged app finds its SQLCipher driver under Electron's resources folder.
    resourcesPath = path.join(emptyBin, 'resources');
    (process as { resourcesPath?: string }).resourcesPath = resourcesPath;
    electron.module.app.isPackaged = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterAll(() => {
    (process as { resourcesPath?: string }).resourcesPath = savedResourcesPath;
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(path.join(resourcesPath, 'native', 'better_sqlite3.node')));
  });
});
