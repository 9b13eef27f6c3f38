import { TreasuryError } from '../../shared/errors.ts';
import { visibleText } from '../../shared/text.ts';
import { CliError } from './cliError.ts';

/** Where a command's results go: human text, or one JSON object per result with --json. */
export interface Output {
  readonly json: boolean;
  /** Prints a result: as one JSON line with --json, else as the text `render` makes of it. */
  show<T>(value: T, render: (value: T) => string): void;
  /** Prints guidance for a person; nothing with --json, where stdout is only data. */
  note(text: string): void;
}

/** The output for this run, writing to stdout. */
export function createOutput(json: boolean): Output {
  return {
    json,
    show(value, render) {
      process.stdout.write(json ? `${JSON.stringify(value)}\n` : forTerminal(render(value)));
    },
    note(text) {
      if (!json) process.stdout.write(forTerminal(text));
    },
  };
}

/** The one line an error becomes on stderr: `mutual-ledger: message`, or `{"error":{…}}` with --json. */
export function formatError(error: unknown, json: boolean): string {
  const payload = errorPayload(error);
  if (json) return JSON.stringify({ error: payload });
  // Some messages already name their hints (the accounts that could pay instead): say them once.
  const hints = (payload.hints ?? []).filter((hint) => !payload.message.includes(hint));
  const text = [payload.message, ...hints, ...waitAdvice(payload)].join(' ');
  return `mutual-ledger: ${visibleText(text.replace(/\s*\n\s*/g, ' '))}`;
}

// A wrong secret starts (or lengthens) the unlock backoff; say so, since the next try will be refused
// until then. UNLOCK_BACKOFF itself already says how long in its message.
function waitAdvice({ code, retryAfterSeconds }: { code: string; retryAfterSeconds?: number }): string[] {
  if (code === 'UNLOCK_BACKOFF' || retryAfterSeconds === undefined || retryAfterSeconds === 0) return [];
  return [`Wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'} before the next try.`];
}

function errorPayload(error: unknown): { code: string; message: string; hints?: string[]; retryAfterSeconds?: number } {
  if (error instanceof TreasuryError) return error.toPayload();
  if (error instanceof CliError) return { code: error.code, message: error.message };
  // Anything else is a bug in the CLI; its message is still more useful than nothing.
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
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
