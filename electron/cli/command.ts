import type { Message } from '../../shared/messages/message.ts';
import type { OptionName, optionCatalogue } from './options.ts';
import type { Output } from './output.ts';

/** The flags given on the command line, typed by the catalogue (strings for valued flags, true for switches). */
export type OptionValues = {
  [K in OptionName]?: (typeof optionCatalogue)[K]['type'] extends 'string' ? string : boolean;
};

/** What a command receives once its command line is known to be well-formed. */
export interface CommandContext {
  /** The --vault folder, made absolute. */
  vaultDir: string;
  values: OptionValues;
  /** The word after the command's name (`record KIND`, `reverse ID`), for a command that takes one. */
  operand?: string;
  /** Where results go, and the words of the reader's language (out.words). */
  out: Output;
}

/** The one word a command takes after its name, such as KIND in `record KIND`. */
export interface Operand {
  /** As help shows it: "KIND", "ID". */
  name: string;
  /** What to write there, for the error when it is missing: "contribution, disbursement, …". */
  expected: Message;
}

/** One command of `mutual-ledger`; its name and flags are a public interface. */
export interface Command {
  /** As typed: "status", "passphrase change". */
  name: string;
  /** One line for the command list. */
  summary: Message;
  /** The rest of `mutual-ledger NAME --help`, after the usage and before the flags. */
  description: Message;
  /** Its own flags; --vault, --json, --lang and --help are common to all. */
  options: OptionName[];
  /** What this command means by a flag whose catalogue description is too general (--kind, --date, --name). */
  flagDescriptions?: Partial<Record<OptionName, Message>>;
  /** What this command writes after a flag, when the catalogue's placeholder does not fit (--to RECIPIENT, not a date). */
  flagValueNames?: Partial<Record<OptionName, string>>;
  /** Works on no vault (`handover identity`): --vault is not needed. */
  vaultless?: true;
  /** The word it takes after its name, if any. */
  operand?: Operand;
  run(context: CommandContext): Promise<void>;
}
