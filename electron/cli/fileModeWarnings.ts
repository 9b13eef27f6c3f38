// What `status` says about vault files that other users of the laptop could read.
import type { Translator } from '../../shared/messages/translator.ts';
import { widerThanPrivate, type WideMode } from '../core/vault/privateFiles.ts';

/** A file or folder found open to other users, and whether opening the vault made it private again. */
export interface FileModeWarning extends WideMode {
  fixed: boolean;
}

/**
 * Compares the modes found before the vault was opened with those after (opening makes the folder
 * private), so status can say both what it found and what is still wrong.
 */
export function fileModeWarnings(foundBefore: readonly WideMode[], vaultDir: string): FileModeWarning[] {
  const foundAfter = widerThanPrivate(vaultDir);
  const stillWide = new Set(foundAfter.map((wide) => wide.path));
  const reported = new Set(foundBefore.map((wide) => wide.path));
  const lateFinds = foundAfter.filter((wide) => !reported.has(wide.path));
  return [...foundBefore, ...lateFinds].map((wide) => ({ ...wide, fixed: !stillWide.has(wide.path) }));
}

/** One line per warning, for the text output. */
export function renderFileModeWarnings(warnings: readonly FileModeWarning[], words: Translator): string {
  return warnings
    .map(({ path, mode, expected, fixed }) =>
      fixed ? words.words('cli.fileMode.madePrivate', { path, mode, expected }) : words.words('cli.fileMode.stillOpen', { path, mode, chmod: expected.slice(1) }),
    )
    .join('\n');
}
