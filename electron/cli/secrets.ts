import { readFileSync } from 'node:fs';
import type { PassphraseAssessment } from '../../shared/contract/index.ts';
import { say, type Message } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
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
export async function unlockSecret(values: OptionValues, words: Translator): Promise<UnlockSecret> {
  return unlockSecretAtHand(values) ?? askPassphrase(words);
}

/** The secret to unlock with if a flag's file or the environment holds it; undefined when it must be typed. */
export function unlockSecretAtHand(values: OptionValues): UnlockSecret | undefined {
  const recoveryFile = values['recovery-code-file'];
  if (recoveryFile !== undefined) {
    if (values['passphrase-file'] !== undefined) throw usageError(say('cli.secret.passphraseOrRecoveryFile'));
    return { recoveryCode: readFirstLine(recoveryFile).trim() };
  }
  const recoveryEnv = values['passphrase-file'] === undefined ? fromEnvironment(environment.recoveryCode) : undefined;
  if (recoveryEnv !== undefined) {
    if (fromEnvironment(environment.passphrase) !== undefined) {
      throw usageError(say('cli.secret.bothVariables', { passphrase: environment.passphrase, recoveryCode: environment.recoveryCode }));
    }
    return { recoveryCode: recoveryEnv.trim() };
  }
  return passphraseAtHand(values);
}

/** The passphrase, from --passphrase-file, the environment or a prompt; never the recovery code. */
export async function passphraseSecret(values: OptionValues, words: Translator): Promise<{ passphrase: string }> {
  return passphraseAtHand(values) ?? askPassphrase(words);
}

function passphraseAtHand(values: OptionValues): { passphrase: string } | undefined {
  const file = values['passphrase-file'];
  if (file !== undefined) return { passphrase: readFirstLine(file) };
  const fromEnv = fromEnvironment(environment.passphrase);
  return fromEnv === undefined ? undefined : { passphrase: fromEnv };
}

async function askPassphrase(words: Translator): Promise<{ passphrase: string }> {
  if (isInteractive()) return { passphrase: await promptHidden(prompt(words, say('cli.secret.passphrasePrompt'))) };
  throw new CliError('usage', 'MISSING_SECRET', say('cli.secret.noPassphrase', { variable: environment.passphrase }));
}

/** The passphrase a handover file is locked with: from --handover-passphrase-file, or typed on a terminal. */
export async function handoverPassphrase(values: OptionValues, words: Translator): Promise<string> {
  const file = values['handover-passphrase-file'];
  if (file !== undefined) return readFirstLine(file);
  if (isInteractive()) return promptHidden(prompt(words, say('handoverCli.import.passphrasePrompt')));
  throw new CliError('usage', 'MISSING_SECRET', say('handoverCli.import.noPassphrase'));
}

/** The TOTP code (or a backup code) for a vault whose unlock asked for one. */
export async function totpCode(values: OptionValues, words: Translator): Promise<string> {
  const code = values.totp ?? fromEnvironment(environment.totp);
  if (code !== undefined) return code;
  if (isInteractive()) return promptHidden(prompt(words, say('cli.secret.totpPrompt')));
  throw new CliError('usage', 'MISSING_SECRET', say('cli.secret.noTotp', { variable: environment.totp }));
}

/**
 * A passphrase being set (for a new vault, a change, a co-treasurer). From a file or the
 * environment it goes to the core as is, which refuses a weak one with the reason. On a terminal
 * it is typed twice and checked before use, and asked again until it is good (Ctrl-C gives up).
 */
export async function newPassphrase(values: OptionValues, whose: Message, assess: (candidate: string) => Promise<PassphraseAssessment>, words: Translator): Promise<string> {
  const file = values['new-passphrase-file'];
  if (file !== undefined) return readFirstLine(file);
  const fromEnv = fromEnvironment(environment.newPassphrase);
  if (fromEnv !== undefined) return fromEnv;
  if (!isInteractive()) {
    throw new CliError('usage', 'MISSING_SECRET', say('cli.secret.noNewPassphrase', { variable: environment.newPassphrase }));
  }
  for (;;) {
    const first = await promptHidden(prompt(words, say('cli.secret.newPassphrasePrompt', { whose })));
    const second = await promptHidden(prompt(words, say('cli.secret.typeAgain')));
    if (first !== second) {
      process.stderr.write(`${words.words('cli.secret.entriesDiffer')}\n`);
      continue;
    }
    const assessment = await assess(first);
    if (!assessment.acceptable) {
      const reasons = [assessment.warning ?? say('cli.secret.easyToGuess'), ...assessment.suggestions].map((reason) => words.say(reason));
      process.stderr.write(`${words.words('cli.secret.tooWeak', { reasons: reasons.join(' ') })}\n`);
      continue;
    }
    process.stderr.write(`${words.words('cli.secret.strength', { score: assessment.score, crackTime: assessment.crackTime })}\n`);
    return first;
  }
}

/**
 * The passphrase for a new vault. It is the one every later command unlocks with, so its usual
 * sources (--passphrase-file, $MUTUAL_LEDGER_PASSPHRASE) serve as well as the new-passphrase ones.
 */
export async function passphraseForNewVault(values: OptionValues, assess: (candidate: string) => Promise<PassphraseAssessment>, words: Translator): Promise<string> {
  if (values['passphrase-file'] !== undefined || fromEnvironment(environment.passphrase) !== undefined) {
    if (values['new-passphrase-file'] !== undefined) throw usageError(say('cli.secret.passphraseOrNewPassphraseFile'));
    return (await passphraseSecret(values, words)).passphrase;
  }
  return newPassphrase(values, say('cli.secret.whose.newVault'), assess, words);
}

// A question on the terminal: its words, and a space before the answer.
function prompt(words: Translator, question: Message): string {
  return `${words.say(question)} `;
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
    throw new CliError('failure', 'FILE_UNREADABLE', say('cli.file.cannotRead', { file, problem: describeFileError(error) }));
  }
  const line = content.split(/\r?\n/, 1)[0] ?? '';
  if (line === '') throw new CliError('failure', 'FILE_UNREADABLE', say('cli.file.firstLineEmpty', { file }));
  return line;
}

/** Why a file could not be read, in a few words. */
export function describeFileError(error: unknown): Message {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return say('cli.file.noSuchFile');
  if (code === 'EACCES') return say('cli.file.permissionDenied');
  if (code === 'EISDIR') return say('cli.file.isFolder');
  // Another failure of the system, as the system words it.
  return say('cli.file.otherProblem', { detail: error instanceof Error ? error.message : String(error) });
}
