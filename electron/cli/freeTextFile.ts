// Reads free text (a memo, a reason, a name) from a file or stdin instead of the command line, where it
// would stay in shell history and be visible to every user of the laptop in `ps` while the command runs.
import { readFile } from 'node:fs/promises';
import { list, say } from '../../shared/messages/message.ts';
import { CliError, usageError } from './cliError.ts';
import type { OptionValues } from './command.ts';
import { freeTextFiles } from './options.ts';
import { describeFileError } from './secrets.ts';

/** More than any memo or name the contract takes; a bigger file is a mistake (a receipt given as a memo). */
const maxFreeTextBytes = 64 * 1024;

/** Where `-` reads from; tests and callers may pass another stream. */
export type TextSource = AsyncIterable<Buffer | string>;

/**
 * The flags with every `--X-file FILE` replaced by `--X` holding the file's text, without its final line
 * break. Giving both `--X` and `--X-file` is a usage error, and so is `-` (stdin) for two flags at once.
 */
export async function withFreeTextFromFiles(values: OptionValues, stdin: TextSource = process.stdin): Promise<OptionValues> {
  const result: OptionValues = { ...values };
  const fromStdin = Object.values(freeTextFiles).filter((fileFlag) => values[fileFlag] === '-');
  if (fromStdin.length > 1) throw usageError(say('cli.freeText.oneStdin', { flags: list(fromStdin.map((flag) => `--${flag}`)) }));
  for (const [textFlag, fileFlag] of Object.entries(freeTextFiles) as Array<[keyof typeof freeTextFiles, (typeof freeTextFiles)[keyof typeof freeTextFiles]]>) {
    const file = values[fileFlag];
    if (file === undefined) continue;
    if (values[textFlag] !== undefined) throw usageError(say('cli.freeText.notBoth', { text: `--${textFlag}`, file: `--${fileFlag}` }));
    const text = file === '-' ? await readStream(stdin, fileFlag) : await readTextFile(file, fileFlag);
    result[textFlag] = withoutFinalLineBreak(text);
    delete result[fileFlag];
  }
  return result;
}

async function readTextFile(file: string, flag: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError('failure', 'FILE_UNREADABLE', say('cli.freeText.cannotRead', { flag: `--${flag}`, file, problem: describeFileError(error) }));
  }
  return decode(bytes, flag);
}

async function readStream(stream: TextSource, flag: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > maxFreeTextBytes) throw tooBig(flag);
    chunks.push(bytes);
  }
  return decode(Buffer.concat(chunks), flag);
}

function decode(bytes: Buffer, flag: string): string {
  if (bytes.length > maxFreeTextBytes) throw tooBig(flag);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError('failure', 'FILE_UNREADABLE', say('cli.freeText.notUtf8', { flag: `--${flag}` }));
  }
}

function tooBig(flag: string): CliError {
  return new CliError('failure', 'FILE_UNREADABLE', say('cli.freeText.tooBig', { flag: `--${flag}`, kibibytes: maxFreeTextBytes / 1024 }));
}

// `echo "text" > memo.txt` ends the file with a line break that is not part of the memo.
function withoutFinalLineBreak(text: string): string {
  return text.replace(/\r?\n$/, '');
}
