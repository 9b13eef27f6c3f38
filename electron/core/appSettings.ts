import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { languages, type Language } from '../../shared/messages/language.ts';
import { writeFileAtomic } from './atomicFile.ts';

// Each field is read on its own: a damaged or unknown value costs only itself.
const appSettingsSchema = z.object({ vaultDir: z.string().min(1).optional().catch(undefined), language: z.enum(languages).optional().catch(undefined) });
type Remembered = z.infer<typeof appSettingsSchema>;

/** The app's own memory of which vault folder it last used and the language chosen; it holds no ledger data. */
export class AppSettings {
  private readonly path: string | undefined;

  /** With no folder (the CLI), nothing is remembered. */
  constructor(appDataDir: string | undefined) {
    this.path = appDataDir === undefined ? undefined : join(appDataDir, 'app-settings.json');
  }

  rememberedVaultDir(): string | undefined {
    return this.read().vaultDir;
  }

  rememberVaultDir(vaultDir: string): void {
    this.write({ ...this.read(), vaultDir });
  }

  rememberedLanguage(): Language | undefined {
    return this.read().language;
  }

  rememberLanguage(language: Language): void {
    this.write({ ...this.read(), language });
  }

  private read(): Remembered {
    if (this.path === undefined || !existsSync(this.path)) return {};
    try {
      return appSettingsSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      // A damaged settings file only costs what it remembered; first run offers the defaults again.
      return {};
    }
  }

  private write(remembered: Remembered): void {
    if (this.path === undefined) return;
    mkdirSync(join(this.path, '..'), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.path, JSON.stringify(remembered));
  }
}
