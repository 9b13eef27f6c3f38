import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openChromiumShell, type ChromiumShell } from '../../../electron/shell/chromiumShell.ts';

export interface AppUnderTest {
  shell: ChromiumShell;
  /** The folder offered for the vault on first run, inside a fresh temporary directory. */
  vaultDir: string;
  /** The app's own folder on this laptop (settings, the key kept to receive a handover). */
  appDataDir: string;
  /** Internal errors the core reported; a passing test expects none. */
  internalErrors: string[];
}

/** A fresh core with empty app-data and vault folders, in headless Chromium, for as long as `use` runs. */
async function withApp(use: (app: AppUnderTest) => Promise<void>): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-e2e-'));
  const vaultDir = path.join(root, 'vault');
  const appDataDir = path.join(root, 'app-data');
  const internalErrors: string[] = [];
  // Not made here: on a first run in the Chromium shell the app's folder does not exist yet, and the core makes it.
  const shell = await openChromiumShell({
    headless: true,
    treasury: {
      appDataDir,
      defaultVaultDir: vaultDir,
      scheduleRetention: true,
      onInternalError: (method, error) => internalErrors.push(`${method}: ${String(error)}`),
    },
  });
  try {
    await use({ shell, vaultDir, appDataDir, internalErrors });
  } finally {
    await shell.close();
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Each test gets a fresh core with empty app-data and vault folders, in headless Chromium; a test
 * that asks for `secondApp` gets another, as a second laptop (the new treasurer's, in a handover).
 */
export const test = base.extend<{ app: AppUnderTest; secondApp: AppUnderTest }>({
  // Playwright reads fixture dependencies from the destructuring pattern; these fixtures have none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => withApp(use),
  // eslint-disable-next-line no-empty-pattern
  secondApp: async ({}, use) => withApp(use),
});

export { expect } from '@playwright/test';
