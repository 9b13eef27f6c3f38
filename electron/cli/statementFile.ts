// The statement file `mutual-ledger import FILE` reads: a path, or - for stdin; refused above the
// size the contract takes before it is read whole, and decoded as what it is (UTF-8, a bank's
// Windows-1252, UTF-16 with its mark).
import { readFile, stat } from 'node:fs/promises';
import { maxStatementCharacters } from '../../shared/contract/index.ts';
import { say } from '../../shared/messages/message.ts';
import { statementText } from '../../shared/statementText.ts';
import { CliError } from './cliError.ts';
import { describeFileError } from './secrets.ts';

type ByteSource = AsyncIterable<Buffer | string>;

export async function readStatementFile(file: string, stdin: ByteSource = process.stdin): Promise<string> {
  return statementText(file === '-' ? await readStream(stdin) : await readPath(file));
}

async function readPath(file: string): Promise<Buffer> {
  try {
    if ((await stat(file)).size > maxStatementCharacters) throw tooBig(file);
    return await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('failure', 'FILE_UNREADABLE', say('cli.file.cannotRead', { file, problem: describeFileError(error) }));
  }
}

async function readStream(stdin: ByteSource): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > maxStatementCharacters) throw tooBig('-');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function tooBig(file: string): CliError {
  return new CliError('failure', 'FILE_UNREADABLE', say('importCli.tooBig', { file, mebibytes: maxStatementCharacters / 1024 / 1024 }));
}
