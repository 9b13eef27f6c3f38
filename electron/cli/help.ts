import { say, type Message } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import type { Command } from './command.ts';
import { commonOptions, freeTextFiles, optionCatalogue, type OptionName } from './options.ts';

const secretSources: ReadonlyArray<{ option: OptionName; what: Message; variable: string }> = [
  { option: 'passphrase-file', what: say('cli.help.secret.passphrase'), variable: 'MUTUAL_LEDGER_PASSPHRASE' },
  { option: 'recovery-code-file', what: say('cli.help.secret.recoveryCode'), variable: 'MUTUAL_LEDGER_RECOVERY_CODE' },
  { option: 'totp', what: say('cli.help.secret.totpCode'), variable: 'MUTUAL_LEDGER_TOTP' },
  { option: 'new-passphrase-file', what: say('cli.help.secret.newPassphrase'), variable: 'MUTUAL_LEDGER_NEW_PASSPHRASE' },
];

/** Where the secrets among `options` come from; empty when a command takes none. */
function secretsSection(options: OptionName[], words: Translator): string[] {
  const sources = secretSources.filter((source) => options.includes(source.option));
  if (sources.length === 0) return [];
  const whats = sources.map(({ what }) => words.say(what));
  const whatWidth = Math.max(...whats.map((what) => what.length));
  const rows = sources.map(({ option, variable }, index) => `  ${(whats[index] ?? '').padEnd(whatWidth)}  ${flagUsage(option).padEnd(27)} ${words.words('cli.help.orVariable', { variable })}`);
  const lines = [
    words.words('cli.help.secretsHeading'),
    ...rows,
    words.words(options.includes('new-passphrase-file') ? 'cli.help.promptedTwice' : 'cli.help.prompted'),
    words.words('cli.help.noTerminal'),
    ...(options.includes('totp') ? [words.words('cli.help.totpTyped')] : []),
  ];
  return [lines.join('\n')];
}

/** `mutual-ledger --help`: every command and how secrets are given. */
export function generalHelp(commands: Command[], words: Translator): string {
  return [
    words.words('cli.help.title'),
    words.words('cli.help.usage'),
    `${words.words('cli.help.commands')}\n${commandList(commands, words)}`,
    words.words('cli.help.jsonAndVersion'),
    ...secretsSection(
      secretSources.map((source) => source.option),
      words,
    ),
    words.words('cli.help.closing', { errorLine: '{"error":{"code":…,"message":…}}' }),
  ].join('\n\n');
}

/** `mutual-ledger totp --help`: the commands of one group. */
export function groupHelp(group: string, commands: Command[], words: Translator): string {
  return [words.words('cli.help.groupUsage', { group }), `${words.words('cli.help.commands')}\n${commandList(commands, words)}`].join('\n\n');
}

/** `mutual-ledger COMMAND --help`: what it does and every flag it takes. */
export function commandHelp(command: Command, words: Translator): string {
  const flags: OptionName[] = ['vault', ...command.options, ...commonOptions.filter((name) => name !== 'vault')];
  const rows = flags.map((name) => [flagUsage(name, command), words.say(command.flagDescriptions?.[name] ?? { key: optionCatalogue[name].description })] as const);
  const sections = [
    words.words('cli.help.commandUsage', { command: invocationName(command) }),
    words.say(command.summary),
    words.say(command.description),
    `${words.words('cli.help.flags')}\n${table(rows)}`,
  ];
  return [...sections, ...freeTextSection(command.options, words), ...secretsSection(command.options, words)].join('\n\n');
}

/** The warning about typed text, for a command that takes free text. */
function freeTextSection(options: OptionName[], words: Translator): string[] {
  const fileFlags: OptionName[] = Object.values(freeTextFiles).filter((flag) => options.includes(flag));
  if (fileFlags.length === 0) return [];
  return [words.words('cli.help.freeText', { flags: fileFlags.map((flag) => `--${flag} FILE`).join(', ') })];
}

function flagUsage(name: OptionName, command?: Command): string {
  const spec = optionCatalogue[name];
  const valueName = command?.flagValueNames?.[name] ?? ('valueName' in spec ? spec.valueName : undefined);
  return `${'short' in spec ? `-${spec.short}, ` : ''}--${name}${valueName === undefined ? '' : ` ${valueName}`}`;
}

// "record KIND": the name as typed, with the word it takes after it.
function invocationName(command: Command): string {
  return command.operand === undefined ? command.name : `${command.name} ${command.operand.name}`;
}

function commandList(commands: Command[], words: Translator): string {
  return table(commands.map((command) => [invocationName(command), words.say(command.summary)] as const));
}

function table(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}
