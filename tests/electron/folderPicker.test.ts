// The folder picker of the Electron app, over the stand-in `electron` module (electronStandIn.ts): the preload gives the page
// window.desktop.chooseFolder, which asks main over IPC; main opens Electron's dialog over the app window
// (a folder, and a new one can be made in it) and answers the folder chosen, or null when cancelled.
// Only the app's own page may open it. (Filling the field is the screens' part: tests/e2e/dailyDetails.spec.ts.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../electron/appProtocol.ts';
import { appWindowSize } from '../../electron/appWindow.ts';
import { chooseFolderChannel, type DesktopBridge } from '../../shared/desktopBridge.ts';
import { electron, invokeAnswer } from './electronStandIn.ts';
import { countGlueAssertions } from './glueFigure.ts';
import { loadMainForTheseTests } from './loadMain.ts';

vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
countGlueAssertions(import.meta.filename);

type Handler = (event: unknown) => Promise<unknown>;
const chooseFolderIn = () => electron.handlers.get(chooseFolderChannel) as Handler;
const appWindow = () => electron.windows[0]!;
const fromTheApp = () => appWindow().webContents.eventFrom(appWindow().webContents.mainFrame);

describe('the folder picker: preload and main', () => {
  loadMainForTheseTests();
  beforeEach(() => {
    electron.dialogCalls.length = 0;
  });

  it('the window it opens over has the size the Chromium shell’s window takes too (appWindow.ts)', () => {
    expect(appWindow().options).toMatchObject(appWindowSize);
  });

  it('main opens Electron’s dialog over the app window, for a folder that can be made new there, and answers the folder chosen', async () => {
    electron.answerWith({ canceled: false, filePaths: ['/home/treasurer/Group vault'] });
    await expect(chooseFolderIn()(fromTheApp())).resolves.toBe('/home/treasurer/Group vault');
    expect(electron.dialogCalls).toEqual([[appWindow(), { properties: ['openDirectory', 'createDirectory'] }]]);
  });

  it('a cancelled dialog answers null, whatever paths it carries', async () => {
    electron.answerWith({ canceled: true, filePaths: ['/home/treasurer/not chosen'] });
    await expect(chooseFolderIn()(fromTheApp())).resolves.toBeNull();
  });

  it('a page that is not the app’s own, or a frame inside it, gets no dialog', async () => {
    electron.answerWith({ canceled: false, filePaths: ['/home/treasurer/Group vault'] });
    const contents = appWindow().webContents;
    await expect(chooseFolderIn()(contents.eventFrom({ ...contents.mainFrame, url: 'https://example.com/' }))).resolves.toBeNull();
    await expect(chooseFolderIn()(contents.eventFrom(contents.subFrame(appEntryUrl)))).resolves.toBeNull();
    await expect(chooseFolderIn()({ sender: {}, senderFrame: contents.mainFrame })).resolves.toBeNull();
    expect(electron.dialogCalls).toEqual([]);
  });

  it('the preload gives the page window.desktop.chooseFolder, which asks main on its channel', async () => {
    await import('../../electron/preload.ts');
    const desktop = electron.exposed.get('desktop') as DesktopBridge;
    await expect(desktop.chooseFolder()).resolves.toBe(invokeAnswer);
    expect(electron.invoked).toEqual([[chooseFolderChannel]]);
  });
});
