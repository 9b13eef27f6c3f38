import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openChromiumShell, type ChromiumShell } from '../../../electron/shell/chromiumShell.ts';

export interface AppUnderTest {
  shell: ChromiumShell;
  /** The folder offered for the vault on first run, inside a fresh temporary directory. */
  vaultDir: string;
  /** Internal errors the core reported; a passing test expects none. */
  internalErrors: string[];
}

/** Each test gets a fresh core with empty app-data and vault folders, in headless Chromium. */
export const test = base.extend<{ app: AppUnderTest }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const root = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-e2e-'));
    const vaultDir = path.join(root, 'vault');
    const internalErrors: string[] = [];
    const shell = await openChromiumShell({
      headless: true,
      treasury: {
        appDataDir: path.join(root, 'app-data'),
        defaultVaultDir: vaultDir,
        scheduleRetention: true,
        onInternalError: (method, error) => internalErrors.push(`${method}: ${String(error)}`),
      },
    });
    try {
      await use({ shell, vaultDir, internalErrors });
    } finally {
      await shell.close();
      await rm(root, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
