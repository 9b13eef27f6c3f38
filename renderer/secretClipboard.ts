// Copying a secret the treasurer must take elsewhere (a recovery code, a TOTP key, a passphrase) so
// that it does not stay on the clipboard: in the Electron app main copies it and clears it
// (window.desktop.copySecret, also at lock and quit); elsewhere (the Chromium shell) the page copies
// it and clears it itself, if it still holds that text, once the same time is up.
import { secretOnClipboardSeconds } from '../shared/desktopBridge.ts';

/** Puts a secret on the clipboard, cleared `secretOnClipboardSeconds` later; false when it could not be copied. */
export async function copySecret(text: string): Promise<boolean> {
  const desktop = window.desktop;
  if (desktop !== undefined) return desktop.copySecret(text).catch(() => false);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return false;
  }
  window.setTimeout(() => void clearIfStillThere(text), secretOnClipboardSeconds * 1000);
  return true;
}

/**
 * Empties the clipboard if it still holds the secret; something copied since is left alone. The page
 * can touch the clipboard only while it has the focus: away from it, this waits for the focus to return.
 */
async function clearIfStillThere(text: string): Promise<void> {
  try {
    if ((await navigator.clipboard.readText()) === text) await navigator.clipboard.writeText('');
  } catch {
    window.addEventListener('focus', () => void clearIfStillThere(text), { once: true });
  }
}
