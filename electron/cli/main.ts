// The `mutual-ledger` command: reads the command line, runs one command over the core, and
// turns the outcome into an exit status (0 done, 1 failed, 2 wrong command line).
import { readFileSync } from 'node:fs';
import { isLanguage, languageOfEnvironment, languages } from '../../shared/messages/language.ts';
import { say } from '../../shared/messages/message.ts';
import { translatorFor } from '../../shared/messages/translator.ts';
import { CliError, usageError } from './cliError.ts';
import { parseCommandLine } from './commandLine.ts';
import { commands } from './commands/index.ts';
import { withFreeTextFromFiles } from './freeTextFile.ts';
import { commandHelp, generalHelp, groupHelp } from './help.ts';
import { createOutput, formatError } from './output.ts';

const exitStatus = { done: 0, failed: 1, usage: 2 } as const;

async function main(argv: string[]): Promise<number> {
  // Known before parsing, so that even a usage error comes out in the shape a script asked for.
  let json = argv.includes('--json');
  // Known before parsing too, so that a usage error is in the reader's language.
  const chosen = chosenLanguage(argv);
  const words = translatorFor(isLanguage(chosen) ? chosen : languageOfEnvironment(process.env));
  try {
    if (chosen !== undefined && !isLanguage(chosen)) throw usageError(say('cli.unknownLanguage', { language: chosen, languages: languages.join(', ') }));
    const invocation = parseCommandLine(argv, commands);
    switch (invocation.kind) {
      case 'help':
        process.stdout.write(`${generalHelp(commands, words)}\n`);
        break;
      case 'group-help':
        process.stdout.write(`${groupHelp(invocation.group, invocation.commands, words)}\n`);
        break;
      case 'command-help':
        process.stdout.write(`${commandHelp(invocation.command, words)}\n`);
        break;
      case 'version':
        createOutput(invocation.json, words).show({ version: packageVersion() }, ({ version }) => `mutual-ledger ${version}`);
        break;
      case 'run': {
        json = invocation.json;
        // Loaded here: help and usage errors need neither the secrets nor money formatting.
        const { beginUnlockAhead } = await import('./unlockAhead.ts');
        const discardAhead = await beginUnlockAhead(invocation.command, invocation.vaultDir, invocation.values);
        try {
          await invocation.command.run({
            vaultDir: invocation.vaultDir,
            // Read before the command runs, so a missing memo file changes nothing and asks for no passphrase.
            values: await withFreeTextFromFiles(invocation.values),
            ...(invocation.operand === undefined ? {} : { operand: invocation.operand }),
            out: createOutput(json, words),
          });
        } finally {
          await discardAhead();
        }
        break;
      }
    }
    return exitStatus.done;
  } catch (error) {
    process.stderr.write(`${formatError(error, json, words)}\n`);
    return error instanceof CliError && error.kind === 'usage' ? exitStatus.usage : exitStatus.failed;
  }
}

/** The value of --lang (or --lang=), if given. */
function chosenLanguage(argv: string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  return arg.startsWith('--lang=') ? arg.slice('--lang='.length) : argv[index + 1];
}

// Read from the project's own package.json, two folders up from the source and from the bundle alike.
function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error('package.json has no version');
  return version;
}

// Exit explicitly: a prompt may have left stdin open, and the vault is already locked by now. But only
// once stdout and stderr have handed everything to the system: a pipe takes 64 KiB at a time, and
// exiting before it has the rest would cut a long --json short.
const status = await main(process.argv.slice(2));
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))));
process.exit(status);
