import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { TreasuryError } from '../../../shared/errors.ts';
import type { Message } from '../../../shared/messages/message.ts';

/** Flushes a file's bytes to the disk. */
export function syncFile(path: string): void {
  const handle = openSync(path, 'r+');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** Flushes a folder's entries (a rename or a new name) to the disk. */
export function syncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; there the rename itself is durable enough.
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** Renames within one folder and makes the rename durable: after this returns, a crash keeps the new name. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  syncFolder(dirname(to));
}

/** The file system's code of an error ("ENOSPC", "EACCES"), or undefined for any other error. */
export function fileSystemCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code) ? error.code : undefined;
}

/** A file system's refusal (a read-only or full stick, a folder not allowed) as the treasurer reads it, in `words`; anything else as it is. */
export function notWritten(error: unknown, words: (problem: string) => Message): unknown {
  const code = fileSystemCode(error);
  return code === undefined ? error : new TreasuryError('NOT_PERMITTED', words(code));
}
