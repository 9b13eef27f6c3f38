import * as z from 'zod';

/**
 * `window.desktop`: what only the Electron app offers the screens besides the core, through its
 * preload. The Chromium shell has none, so a screen offers these only where it is there.
 */
export interface DesktopBridge {
  /** The system's folder picker; the folder chosen, or null when it was cancelled. */
  chooseFolder(): Promise<string | null>;
  /**
   * Puts a secret the treasurer must copy (a recovery code, a TOTP key, a handover passphrase) on the
   * system clipboard, and clears it `secretOnClipboardSeconds` later if it is still there, and at lock
   * and quit; false when the clipboard could not be written.
   */
  copySecret(text: string): Promise<boolean>;
}

/** How long a copied secret stays on the clipboard. */
export const secretOnClipboardSeconds = 30;

/** The IPC channel between the preload and main for copying a secret. */
export const copySecretChannel = 'desktop:copySecret';

/** A secret as it crosses into main to be copied: text, not empty, no longer than a passphrase may be. */
export const secretToCopySchema = z.string().min(1).max(1024);

/** The IPC channel between the preload and main for the folder picker. */
export const chooseFolderChannel = 'desktop:chooseFolder';

/** What the picker answers, checked as it crosses into the screens: a path, or nothing chosen. */
export const chosenFolderSchema = z.string().min(1).nullable();
