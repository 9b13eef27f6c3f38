// `npm start`, after `npm run build`: opens the app in Electron, or, where Electron's binary is not installed
// (offline installs), the same screens over the same core in Debian's Chromium.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { installedElectronBinary } from './electronBinary.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display: $DISPLAY is not set, so the app window cannot open. Run `npm start` in a desktop session (or under `xvfb-run`).');
  process.exit(1);
}

const electron = installedElectronBinary();
if (electron !== undefined) {
  // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would turn Electron into plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [path.join(projectRoot, 'dist', 'electron', 'main.cjs')], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
} else {
  console.log("Electron's binary is not installed, so the app opens in Chromium instead (same screens, same core).");
  const { register } = await import('tsx/esm/api');
  register();
  const { runChromiumShell } = await import('../electron/shell/chromiumShell.ts');
  // The folder Electron's main process uses too, so a vault made here is the one the Electron app finds.
  const userData = path.join(platformAppDataDir(), 'Mutual Ledger');
  try {
    await runChromiumShell({
      treasury: {
        appDataDir: userData,
        defaultVaultDir: path.join(userData, 'vault'),
        scheduleRetention: true,
        onInternalError: (method, error) => console.error(`Mutual Ledger core: ${method} failed:`, error),
      },
    });
  } catch (error) {
    console.error(`The app could not open in Chromium: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  }
}

/** Electron's app.getPath('appData') for this platform. */
function platformAppDataDir() {
  if (process.platform === 'win32') return process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}
