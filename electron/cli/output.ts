import { TreasuryError } from '../../shared/errors.ts';
import { visibleText } from '../../shared/text.ts';
import { say, type Message } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { CliError } from './cliError.ts';

/** Where a command's results go: human text, or one JSON object per result with --json. */
export interface Output {
  readonly json: boolean;
  /** The reader's language: every sentence the command prints goes through it. */
  readonly words: Translator;
  /** Prints a result: as one JSON line with --json, else as the text `render` makes of it. */
  show<T>(value: T, render: (value: T) => string): void;
  /** Prints guidance for a person; nothing with --json, where stdout is only data. */
  note(message: Message): void;
}

/** The output for this run, writing to stdout in the reader's language. */
export function createOutput(json: boolean, words: Translator): Output {
  return {
    json,
    words,
    show(value, render) {
      process.stdout.write(json ? `${JSON.stringify(value)}\n` : forTerminal(render(value)));
    },
    note(message) {
      if (!json) process.stdout.write(forTerminal(words.say(message)));
    },
  };
}

/**
 * The one line an error becomes on stderr: `mutual-ledger: reason`, or with --json
 * `{"error":{code, message, key, params, hints, retryAfterSeconds}}`: the words in the reader's
 * language, and the message's key and values for programs, which must not parse the words.
 */
export function formatError(error: unknown, json: boolean, words: Translator): string {
  const { code, reason, hints = [], retryAfterSeconds } = errorPayload(error);
  if (json) {
    return JSON.stringify({
      error: {
        code,
        message: words.say(reason),
        key: reason.key,
        ...(reason.params === undefined ? {} : { params: reason.params }),
        ...(hints.length === 0 ? {} : { hints: hints.map((hint) => words.say(hint)) }),
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      },
    });
  }
  const text = [reason, ...hints, ...waitAdvice(code, retryAfterSeconds)].map((message) => words.say(message)).join(' ');
  return `mutual-ledger: ${visibleText(text.replace(/\s*\n\s*/g, ' '))}`;
}

// A wrong secret starts (or lengthens) the unlock backoff; say so, since the next try will be refused
// until then. UNLOCK_BACKOFF itself already says how long in its reason.
function waitAdvice(code: string, retryAfterSeconds: number | undefined): Message[] {
  if (code === 'UNLOCK_BACKOFF' || retryAfterSeconds === undefined || retryAfterSeconds === 0) return [];
  return [say('cli.waitBeforeNextTry', { seconds: retryAfterSeconds })];
}

function errorPayload(error: unknown): { code: string; reason: Message; hints?: Message[]; retryAfterSeconds?: number } {
  if (error instanceof TreasuryError) return error.toPayload();
  if (error instanceof CliError) return { code: error.code, reason: error.reason };
  // Anything else is a bug in the CLI; its message is still more useful than nothing.
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', reason: say('cli.unexpectedError', { detail: message }) };
}

/**
 * Text as a terminal should receive it: ending in a newline, and with every control, bidi or
 * invisible character inside a line shown as ‹U+XXXX›, so nothing the ledger holds (a memo, a
 * reason) can move the cursor, erase a line or reorder what is printed.
 */
function forTerminal(text: string): string {
  const lines = text.split('\n').map(visibleText).join('\n');
  return lines.endsWith('\n') ? lines : `${lines}\n`;
}
