import type { Command } from './command.ts';
import { commonOptions, freeTextFiles, optionCatalogue, type OptionName } from './options.ts';

const secretSources: ReadonlyArray<{ option: OptionName; what: string; variable: string }> = [
  { option: 'passphrase-file', what: 'passphrase', variable: 'MUTUAL_LEDGER_PASSPHRASE' },
  { option: 'recovery-code-file', what: 'recovery code', variable: 'MUTUAL_LEDGER_RECOVERY_CODE' },
  { option: 'totp', what: 'TOTP code', variable: 'MUTUAL_LEDGER_TOTP' },
  { option: 'new-passphrase-file', what: 'new passphrase', variable: 'MUTUAL_LEDGER_NEW_PASSPHRASE' },
];

/** Where the secrets among `options` come from; empty when a command takes none. */
function secretsSection(options: OptionName[]): string[] {
  const sources = secretSources.filter((source) => options.includes(source.option));
  if (sources.length === 0) return [];
  const rows = sources.map(({ option, what, variable }) => `  ${what.padEnd(16)} ${flagUsage(option).padEnd(27)} or $${variable}`);
  const totpNote = options.includes('totp') ? '\n--totp CODE may be typed: a code is accepted once, so a used one is worthless.' : '';
  const prompted = options.includes('new-passphrase-file')
    ? 'On a terminal, a missing secret is asked for without echo (a new passphrase\ntwice).'
    : 'On a terminal, a missing secret is asked for without echo.';
  return [`Secrets, for scripts (a file's first line is the secret):\n${rows.join('\n')}\n${prompted}\nWithout a terminal, a missing secret is a usage error.${totpNote}`];
}

const closingSection = `Every command locks the vault again before it exits, also when it fails.
TOTP is a gate on the app, not encryption: the passphrase protects the data.

Anything typed as a flag stays in your shell's history and, while the command
runs, any user of this computer can read it with "ps". Give memos, reasons,
names and purposes from a file instead: --memo-file FILE, --reason-file FILE,
--name-file FILE, --purpose-file FILE ("-" reads stdin). --totp CODE is fine
on the command line: a code is accepted once, so a used one is worthless.
Run this command with node (node bin/mutual-ledger.js, or "mutual-ledger"
after npm link), not through npx or npm run, whose logs keep the arguments.

Exit status: 0 done, 1 failed, 2 wrong command line (unknown command or flag,
missing --vault, missing secret, a flag value that cannot be read such as an
amount "12.345" in USD or a date not written YYYY-MM-DD). An error is one line
on stderr; with --json that line is {"error":{"code":…,"message":…}}.`;

/** `mutual-ledger --help`: every command and how secrets are given. */
export function generalHelp(commands: Command[]): string {
  return [
    "mutual-ledger: the group's encrypted vault from a terminal.",
    'Usage: mutual-ledger COMMAND --vault DIR [flags]',
    `Commands:\n${commandList(commands)}`,
    'Add --json to print the result as JSON. For a command\'s flags, run\n"mutual-ledger COMMAND --help". Also: mutual-ledger --version',
    ...secretsSection(secretSources.map((source) => source.option)),
    closingSection,
  ].join('\n\n');
}

/** `mutual-ledger totp --help`: the commands of one group. */
export function groupHelp(group: string, commands: Command[]): string {
  return [`Usage: mutual-ledger ${group} COMMAND --vault DIR [flags]`, `Commands:\n${commandList(commands)}`].join('\n\n');
}

/** `mutual-ledger COMMAND --help`: what it does and every flag it takes. */
export function commandHelp(command: Command): string {
  const flags: OptionName[] = ['vault', ...command.options, ...commonOptions.filter((name) => name !== 'vault')];
  const rows = flags.map((name) => [flagUsage(name), command.flagDescriptions?.[name] ?? optionCatalogue[name].description] as const);
  const sections = [`Usage: mutual-ledger ${invocationName(command)} --vault DIR [flags]`, command.summary, command.description, `Flags:\n${table(rows)}`];
  return [...sections, ...freeTextSection(command.options), ...secretsSection(command.options)].join('\n\n');
}

/** The warning about typed text, for a command that takes free text. */
function freeTextSection(options: OptionName[]): string[] {
  const fileFlags: OptionName[] = Object.values(freeTextFiles).filter((flag) => options.includes(flag));
  if (fileFlags.length === 0) return [];
  return [
    `Anything typed as a flag stays in your shell's history and shows in "ps"
while the command runs. For anything sensitive, use instead:
${fileFlags.map((flag) => `--${flag} FILE`).join(', ')} ("-" reads stdin).`,
  ];
}

function flagUsage(name: OptionName): string {
  const spec = optionCatalogue[name];
  return `--${name}${'valueName' in spec ? ` ${spec.valueName}` : ''}`;
}

// "record KIND": the name as typed, with the word it takes after it.
function invocationName(command: Command): string {
  return command.operand === undefined ? command.name : `${command.name} ${command.operand.name}`;
}

function commandList(commands: Command[]): string {
  return table(commands.map((command) => [invocationName(command), command.summary] as const));
}

function table(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}
