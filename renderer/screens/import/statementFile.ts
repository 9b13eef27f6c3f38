// A statement file as the screen takes it: refused by its size before a byte is read (a file of
// hundreds of megabytes would hold the window while it loads), then read whole and decoded as what it
// is, as the CLI does: a bank's Windows-1252 or Excel's UTF-16 is not UTF-8 (File.text() would turn
// their accents into replacement characters).
import { maxStatementCharacters } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { statementText } from '../../../shared/statementText.ts';
import { sizeText } from '../ledger/receiptFile.ts';

export interface ChosenStatement {
  /** Counts the files chosen: a new one is a new preview, even with the same name. */
  serial: number;
  name: string;
  text: string;
}

/** The statement's text, or in plain words why it cannot be read. Its size in bytes is never less than its length in characters, so a file under the limit has a text under it. */
export async function readStatementFile(file: File, serial: number): Promise<ChosenStatement | { problem: Message }> {
  if (file.size > maxStatementCharacters) return { problem: say('importScreen.file.tooLarge', { name: file.name, size: sizeText(file.size) }) };
  try {
    return { serial, name: file.name, text: statementText(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    return { problem: say('importScreen.file.unreadable', { name: file.name }) };
  }
}
