import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from './atomicFile.ts';

const appSettingsSchema = z.object({ vaultDir: z.string().min(1) });

/** The app's own memory of which vault folder it last used; it holds no ledger data. */
export class AppSettings {
  private readonly path: string | undefined;

  /** With no folder (the CLI), nothing is remembered. */
  constructor(appDataDir: string | undefined) {
    this.path = appDataDir === undefined ? undefined : join(appDataDir, 'app-settings.json');
  }

  rememberedVaultDir(): string | undefined {
    if (this.path === undefined || !existsSync(this.path)) return undefined;
    try {
      return appSettingsSchema.parse(JSON.parse(readFileSync(this.path, 'utf8'))).vaultDir;
    } catch {
      // A damaged settings file only costs the remembered location; first run offers the default again.
      return undefined;
    }
  }

  rememberVaultDir(vaultDir: string): void {
    if (this.path === undefined) return;
    mkdirSync(join(this.path, '..'), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.path, JSON.stringify({ vaultDir }));
  }
}
