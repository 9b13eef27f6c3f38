// The vault folder is private to the user account that keeps it, however it came to exist: made by
// `init`, handed over as an existing folder with wider modes, or copied in from a backup. Ciphertext
// that other users can copy is ciphertext they can attack offline for as long as they like.
import { chmodSync, closeSync, lstatSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Only the owner may list or enter the vault folder. */
export const privateFolderMode = 0o700;
/** Only the owner may read or write a file in it. */
export const privateFileMode = 0o600;

/** A file or the folder itself found open to other users. */
export interface WideMode {
  path: string;
  /** As `ls -l` users read it: "0755". */
  mode: string;
  expected: string;
}

// Windows has no POSIX modes (chmod only toggles read-only there); its folder ACLs come from the profile.
const hasPosixModes = process.platform !== 'win32';

/** Creates `path` empty with mode 0600 if it is missing, so SQLite (which opens with 0644 less the umask) never makes it wider. */
export function createPrivateFile(path: string): void {
  if (!hasPosixModes) return;
  closeSync(openSync(path, 'a', privateFileMode));
}

/**
 * Sets the folder to 0700 and every file directly in it to 0600: the ledger, its -wal and -shm (which
 * SQLite gives the ledger's own mode), the key slots, the backoff record and temporary files.
 * Symbolic links are left alone: chmod would follow them out of the folder.
 */
export function makeVaultFolderPrivate(dir: string): void {
  if (!hasPosixModes) return;
  chmodSync(dir, privateFolderMode);
  for (const path of filesIn(dir)) {
    const stats = stillThere(() => lstatSync(path));
    if (stats !== undefined && (stats.mode & 0o777) !== privateFileMode) stillThere(() => chmodSync(path, privateFileMode));
  }
}

/**
 * The files directly in the folder, symbolic links left out. Another process closing the ledger
 * deletes its -wal and -shm at any moment, so a file listed may be gone when it is looked at.
 */
function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => stillThere(() => lstatSync(path))?.isFile() === true);
}

/** What `look` returns, or undefined when the file it looks at is gone (ENOENT). */
function stillThere<T>(look: () => T): T | undefined {
  try {
    return look();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The folder and the files in it whose modes let anyone but the owner in; empty when all is private. */
export function widerThanPrivate(dir: string): WideMode[] {
  if (!hasPosixModes) return [];
  const found: WideMode[] = [];
  const check = (path: string, expected: number): void => {
    const stats = stillThere(() => lstatSync(path));
    if (stats === undefined) return;
    const mode = stats.mode & 0o777;
    if ((mode & ~expected) !== 0) found.push({ path, mode: octal(mode), expected: octal(expected) });
  };
  check(dir, privateFolderMode);
  filesIn(dir).forEach((path) => check(path, privateFileMode));
  return found;
}

function octal(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}
