// Loads electron/main.ts over the stand-in `electron` module for a describe block, as the app starts:
// main runs its top level, Electron is ready, and the window opens. No system bus tools for main to
// start on Linux: PATH is an empty folder while the block runs. The test file must mock 'electron'
// with the stand-in (vi.mock is per file) before calling this.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { electron } from './electronStandIn.ts';

/** Main starts before the block's tests and quits after them; `before` runs first (to play a packaged app, say). */
export function loadMainForTheseTests(before: (emptyBin: string) => void = () => {}): void {
  const emptyBin = mkdtempSync(path.join(tmpdir(), 'mutual-ledger-nobin-'));
  const savedPath = process.env.PATH;
  beforeAll(async () => {
    process.env.PATH = emptyBin;
    before(emptyBin);
    await import('../../electron/main.ts');
    electron.ready();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  });
  afterAll(() => {
    electron.module.app.emit('before-quit', { preventDefault: () => {} });
    process.env.PATH = savedPath;
    rmSync(emptyBin, { recursive: true, force: true });
  });
}
