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
  out: Output;
}

/** One command of `mutual-ledger`; its name and flags are a public interface. */
export interface Command {
  /** As typed: "status", "passphrase change". */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The rest of `mutual-ledger NAME --help`, after the usage and before the flags. */
  description: string;
  /** Its own flags; --vault, --json and --help are common to all. */
  options: OptionName[];
  run(context: CommandContext): Promise<void>;
}
