import { readFileSync } from 'node:fs';
import type { PassphraseAssessment } from '../../shared/contract/index.ts';
import { CliError, usageError } from './cliError.ts';
import type { OptionValues } from './command.ts';
import { isInteractive, promptHidden } from './terminal.ts';

/** What opens the vault's key slots. */
export type UnlockSecret = { passphrase: string } | { recoveryCode: string };

const environment = {
  passphrase: 'MUTUAL_LEDGER_PASSPHRASE',
  recoveryCode: 'MUTUAL_LEDGER_RECOVERY_CODE',
  totp: 'MUTUAL_LEDGER_TOTP',
  newPassphrase: 'MUTUAL_LEDGER_NEW_PASSPHRASE',
} as const;

/**
 * The passphrase or recovery code to unlock with. A flag beats the environment; a recovery code
 * and a passphrase from the same level is ambiguous and refused rather than guessed at.
 */
export async function unlockSecret(values: OptionValues): Promise<UnlockSecret> {
  return unlockSecretAtHand(values) ?? askPassphrase();
}

/** The secret to unlock with if a flag's file or the environment holds it; undefined when it must be typed. */
export function unlockSecretAtHand(values: OptionValues): UnlockSecret | undefined {
  const recoveryFile = values['recovery-code-file'];
  if (recoveryFile !== undefined) {
    if (values['passphrase-file'] !== undefined) throw usageError('Give --passphrase-file or --recovery-code-file, not both.');
    return { recoveryCode: readFirstLine(recoveryFile).trim() };
  }
  const recoveryEnv = values['passphrase-file'] === undefined ? fromEnvironment(environment.recoveryCode) : undefined;
  if (recoveryEnv !== undefined) {
    if (fromEnvironment(environment.passphrase) !== undefined) {
      throw usageError(`Both ${environment.passphrase} and ${environment.recoveryCode} are set. Unset one.`);
    }
    return { recoveryCode: recoveryEnv.trim() };
  }
  return passphraseAtHand(values);
}

/** The passphrase, from --passphrase-file, the environment or a prompt; never the recovery code. */
export async function passphraseSecret(values: OptionValues): Promise<{ passphrase: string }> {
  return passphraseAtHand(values) ?? askPassphrase();
}

function passphraseAtHand(values: OptionValues): { passphrase: string } | undefined {
  const file = values['passphrase-file'];
  if (file !== undefined) return { passphrase: readFirstLine(file) };
  const fromEnv = fromEnvironment(environment.passphrase);
  return fromEnv === undefined ? undefined : { passphrase: fromEnv };
}

async function askPassphrase(): Promise<{ passphrase: string }> {
  if (isInteractive()) return { passphrase: await promptHidden('Passphrase: ') };
  throw new CliError('usage', 'MISSING_SECRET', `No passphrase: use --passphrase-file FILE or set ${environment.passphrase}.`);
}

/** The TOTP code (or a backup code) for a vault whose unlock asked for one. */
export async function totpCode(values: OptionValues): Promise<string> {
  const code = values.totp ?? fromEnvironment(environment.totp);
  if (code !== undefined) return code;
  if (isInteractive()) return promptHidden('TOTP code (or a backup code): ');
  throw new CliError('usage', 'MISSING_SECRET', `This vault asks for a TOTP code: use --totp CODE or set ${environment.totp}.`);
}

/**
 * A passphrase being set (for a new vault, a change, a co-treasurer). From a file or the
 * environment it goes to the core as is, which refuses a weak one with the reason. On a terminal
 * it is typed twice and checked before use, and asked again until it is good (Ctrl-C gives up).
 */
export async function newPassphrase(values: OptionValues, whose: string, assess: (candidate: string) => Promise<PassphraseAssessment>): Promise<string> {
  const file = values['new-passphrase-file'];
  if (file !== undefined) return readFirstLine(file);
  const fromEnv = fromEnvironment(environment.newPassphrase);
  if (fromEnv !== undefined) return fromEnv;
  if (!isInteractive()) {
    throw new CliError('usage', 'MISSING_SECRET', `No new passphrase: use --new-passphrase-file FILE or set ${environment.newPassphrase}.`);
  }
  for (;;) {
    const first = await promptHidden(`New passphrase for ${whose}: `);
    const second = await promptHidden('Type it again: ');
    if (first !== second) {
      process.stderr.write('The two entries differ. Try again.\n');
      continue;
    }
    const assessment = await assess(first);
    if (!assessment.acceptable) {
      const reason = assessment.warning ?? 'It would be easy to guess.';
      process.stderr.write(`Too weak: ${[reason, ...assessment.suggestions].join(' ')}\n`);
      continue;
    }
    process.stderr.write(`Strength ${assessment.score}/4: ${assessment.crackTime} to guess offline.\n`);
    return first;
  }
}

/**
 * The passphrase for a new vault. It is the one every later command unlocks with, so its usual
 * sources (--passphrase-file, $MUTUAL_LEDGER_PASSPHRASE) serve as well as the new-passphrase ones.
 */
export async function passphraseForNewVault(values: OptionValues, assess: (candidate: string) => Promise<PassphraseAssessment>): Promise<string> {
  if (values['passphrase-file'] !== undefined || fromEnvironment(environment.passphrase) !== undefined) {
    if (values['new-passphrase-file'] !== undefined) throw usageError('Give --passphrase-file or --new-passphrase-file, not both.');
    return (await passphraseSecret(values)).passphrase;
  }
  return newPassphrase(values, 'the new vault', assess);
}

function fromEnvironment(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The secret in a file is its first line; a trailing newline (or CRLF) is not part of it. */
function readFirstLine(file: string): string {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('failure', 'FILE_UNREADABLE', `Cannot read ${file}: ${describeFileError(error)}.`);
  }
  const line = content.split(/\r?\n/, 1)[0] ?? '';
  if (line === '') throw new CliError('failure', 'FILE_UNREADABLE', `The first line of ${file} is empty.`);
  return line;
}

/** Why a file could not be read, in a few words. */
export function describeFileError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
