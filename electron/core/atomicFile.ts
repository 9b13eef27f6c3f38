import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { renameDurably, syncFile } from './vault/fileSync.ts';

/** Replaces a small file so that a crash leaves either the old or the new content, never half of one. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temporary, content, { mode: 0o600 });
  syncFile(temporary);
  renameDurably(temporary, path);
}
