import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { say } from '../../shared/messages/message.ts';
import { usageError } from './cliError.ts';
import type { Command, OptionValues } from './command.ts';
import { commonOptions, freeTextFiles, optionCatalogue } from './options.ts';

/** What the command line asks for. */
export type Invocation =
  | { kind: 'help' }
  | { kind: 'version'; json: boolean }
  | { kind: 'group-help'; group: string; commands: Command[] }
  | { kind: 'command-help'; command: Command }
  | { kind: 'run'; command: Command; values: OptionValues; operand?: string; vaultDir: string; json: boolean };

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

// Parsed loosely (strict: false) and then checked here, so every mistake gets a short message
// of our own and flags not meant for the chosen command are caught too.
const parserOptions: ParseArgsOptions = {
  ...Object.fromEntries(Object.entries(optionCatalogue).map(([name, spec]) => [name, 'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type }])),
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
};

/**
 * `--amount -5` and `--statement-balance -12.50`: a value that starts with a minus sign and a digit
 * is the flag's value, not another flag, so it reaches the flag's own reader (which explains that an
 * amount has no sign, or reads an overdrawn balance) instead of a puzzling "needs a value".
 */
function withNegativeValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const next = argv[index + 1];
    const name = /^--([a-z-]+)$/.exec(arg)?.[1];
    if (name !== undefined && parserOptions[name]?.type === 'string' && next !== undefined && /^[-−][\d.,]/.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

const stdinFlags = new Set<string>(Object.values(freeTextFiles));

/** Reads argv (without node and the script) against the commands; throws a usage CliError when it is wrong. */
export function parseCommandLine(argv: string[], commands: Command[]): Invocation {
  const { tokens } = parseArgs({ args: withNegativeValues(argv), options: parserOptions, strict: false, allowPositionals: true, tokens: true });
  const words: string[] = [];
  const values: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = parserOptions[token.name];
    if (spec === undefined) throw usageError(say('cli.usage.unknownOption', { option: token.rawName }));
    if (Object.hasOwn(values, token.name)) throw usageError(say('cli.usage.givenTwice', { option: token.rawName }));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw usageError(say('cli.usage.takesNoValue', { option: token.rawName }));
      values[token.name] = true;
    } else {
      // A following flag is not a value: `--vault --json` means the folder was forgotten. A lone "-" is
      // stdin, for the flags that read free text.
      const readsStdin = token.value === '-' && stdinFlags.has(token.name);
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && !readsStdin)) {
        throw usageError(say('cli.usage.needsValue', { option: token.rawName }));
      }
      values[token.name] = token.value;
    }
  }
  const json = values.json === true;

  const [first, ...rest] = words;
  if (first === undefined) {
    if (values.version === true) return { kind: 'version', json };
    if (values.help === true) return { kind: 'help' };
    throw usageError(say('cli.usage.noCommand'));
  }
  const group = commands.filter((command) => command.name.split(' ')[0] === first);
  if (group.length === 0) throw usageError(say('cli.usage.unknownCommand', { command: first }));
  const isGroup = group.some((command) => command.name.includes(' '));
  if (isGroup && rest.length === 0) {
    if (values.help === true) return { kind: 'group-help', group: first, commands: group };
    throw usageError(say('cli.usage.groupNeedsCommand', { group: first, commands: group.map((command) => command.name.split(' ')[1]).join(', ') }));
  }
  const nameWords = isGroup ? 2 : 1;
  const name = words.slice(0, nameWords).join(' ');
  const command = group.find((candidate) => candidate.name === name);
  if (command === undefined) throw usageError(say('cli.usage.unknownGroupCommand', { command: name, group: first }));
  const operand = command.operand === undefined ? undefined : words[nameWords];
  const extra = words[command.operand === undefined ? nameWords : nameWords + 1];
  if (extra !== undefined) throw usageError(say('cli.usage.unexpectedArgument', { argument: extra, command: name }));

  const allowed = new Set<string>([...commonOptions, ...command.options]);
  for (const flag of Object.keys(values)) {
    if (!allowed.has(flag)) throw usageError(say('cli.usage.flagNotTaken', { command: name, flag: `--${flag}` }));
  }
  if (values.help === true) return { kind: 'command-help', command };
  if (command.operand !== undefined && operand === undefined) {
    throw usageError(say('cli.usage.needsOperand', { command: name, operand: command.operand.name, expected: command.operand.expected }));
  }
  const vault = values.vault ?? (command.vaultless === true ? '.' : undefined);
  if (typeof vault !== 'string' || vault.trim() === '') throw usageError(say('cli.usage.needsVault', { command: name }));
  const vaultDir = path.resolve(vault);
  if (existsSync(vaultDir) && !statSync(vaultDir).isDirectory()) {
    throw usageError(say('cli.usage.vaultIsFile', { vault }));
  }
  return { kind: 'run', command, values: values as OptionValues, ...(operand === undefined ? {} : { operand }), vaultDir, json };
}
