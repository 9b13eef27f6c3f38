// A secret the treasurer must copy (a recovery code, a TOTP key, a handover passphrase) on the system
// clipboard, for a while only: taken off again after `secretOnClipboardSeconds`, at a lock, when the
// core dies and at quit, and only if the clipboard still holds it (what the treasurer copied since is
// never cleared). Main makes one over Electron's clipboard; the glue tests drive it over the stand-in.
import { secretOnClipboardSeconds, secretToCopySchema } from '../shared/desktopBridge.ts';

/** What of Electron's clipboard this uses (its text calls answer in promises in the installed release). */
export interface TextClipboard {
  writeText(text: string): Promise<void> | void;
  readText(): Promise<string> | string;
  clear(): void;
}

export interface SecretClipboard {
  /** Puts the secret on the clipboard; false when it is not one (checked here) or the clipboard failed. */
  copy(text: unknown): Promise<boolean>;
  /** Takes the secret copied last off the clipboard, if it is still there, and forgets it. */
  clear(): Promise<void>;
}

export function secretClipboard(clipboard: TextClipboard): SecretClipboard {
  /** The secret last put on the clipboard, until it is taken off again. */
  let onClipboard: { text: string; timer: NodeJS.Timeout } | undefined;
  /** The clipboard's work so far: each copy or clear waits for the one before it. */
  let turns: Promise<unknown> = Promise.resolve();

  /**
   * Electron's clipboard answers in promises: one copy or clear at a time, in order, so a clear that
   * read the old secret never wipes a new one written meanwhile.
   */
  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = turns.then(work);
    turns = turn.catch(() => undefined);
    return turn;
  }

  async function takeOff(): Promise<void> {
    const copied = onClipboard;
    if (copied === undefined) return;
    onClipboard = undefined;
    clearTimeout(copied.timer);
    try {
      if ((await clipboard.readText()) === copied.text) clipboard.clear();
    } catch (error) {
      console.error('Mutual Ledger: the clipboard could not be cleared:', error);
    }
  }

  const clear = () => inTurn(takeOff);

  async function copy(text: unknown): Promise<boolean> {
    const secret = secretToCopySchema.safeParse(text);
    if (!secret.success) return false;
    return inTurn(async () => {
      await takeOff();
      try {
        await clipboard.writeText(secret.data);
      } catch (error) {
        console.error('Mutual Ledger: the clipboard could not be written:', error);
        return false;
      }
      const timer = setTimeout(() => void clear(), secretOnClipboardSeconds * 1000);
      onClipboard = { text: secret.data, timer };
      return true;
    });
  }

  return { copy, clear };
}
