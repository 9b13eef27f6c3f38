import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sandboxForThisFile, oneErrorLine, runCli } from './cliRunner.ts';

const sandbox = sandboxForThisFile();

describe.concurrent('mutual-ledger help and bad usage', () => {
  it('prints help listing every command, and exits 0', async () => {
    const run = await runCli(sandbox, ['--help']);
    expect(run.code).toBe(0);
    for (const command of ['init', 'status', 'passphrase change', 'passphrase set-co-treasurer', 'passphrase remove-co-treasurer', 'totp enroll', 'totp disable']) {
      expect(run.stdout).toContain(command);
    }
    expect(run.stdout).toContain('MUTUAL_LEDGER_PASSPHRASE');
    expect(run.stderr).toBe('');
  });

  it('prints help for one command with its flags', async () => {
    const run = await runCli(sandbox, ['totp', 'enroll', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: mutual-ledger totp enroll --vault DIR');
    expect(run.stdout).toContain('--passphrase-file FILE');
    expect(run.stdout).toContain('not encryption');
  });

  it('prints the version, also as JSON', async () => {
    expect((await runCli(sandbox, ['--version'])).stdout).toMatch(/^mutual-ledger \d+\.\d+\.\d+\n$/);
    expect(JSON.parse((await runCli(sandbox, ['--version', '--json'])).stdout)).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it.each([
    { args: [], says: 'No command given' },
    { args: ['open'], says: 'Unknown command "open"' },
    { args: ['totp'], says: '"totp" needs one of: enroll, disable' },
    { args: ['status'], says: '"status" needs --vault DIR' },
    { args: ['status', '--vault'], says: '--vault needs a value' },
    { args: ['status', '--vault', '--help'], says: '--vault needs a value' },
    // "-" means stdin only for the flags that read free text.
    { args: ['status', '--vault', '-'], says: '--vault needs a value' },
    { args: ['status', '--vault', 'v', '--colour'], says: 'Unknown option --colour' },
    { args: ['status', '--vault', 'v', '--new-passphrase-file', 'f'], says: '"status" does not take --new-passphrase-file' },
    { args: ['init', '--vault', 'v', 'extra'], says: 'Unexpected argument "extra"' },
    { args: ['status', '--vault', 'a', '--vault', 'b'], says: '--vault is given more than once' },
  ])('exits 2 with one line for: mutual-ledger $args', async ({ args, says }) => {
    const run = await runCli(sandbox, args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain(says);
  });

  it('with --json, a usage error is one JSON line on stderr', async () => {
    const run = await runCli(sandbox, ['status', '--json', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^[^\n]+\n$/);
    // The words for people, and the message's key and values for programs, which must not parse the words.
    expect(JSON.parse(run.stderr)).toEqual({
      error: { code: 'USAGE', message: 'Unknown option --frobnicate. See: mutual-ledger --help', key: 'cli.usage.unknownOption', params: { option: '--frobnicate' } },
    });
  });

  it('exits 2 when no passphrase is given and nobody is at a terminal', async () => {
    const run = await runCli(sandbox, ['init', '--vault', sandbox.vault('never-made')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain('MUTUAL_LEDGER_NEW_PASSPHRASE');
  });

  it('exits 1 with one line for a folder that holds no vault', async () => {
    const empty = sandbox.vault('empty');
    mkdirSync(empty);
    const run = await runCli(sandbox, ['status', '--vault', empty], { env: { MUTUAL_LEDGER_PASSPHRASE: 'correct horse battery staple lantern' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain(`There is no vault in ${empty}`);
  });

  it('exits 1 with one line when the passphrase file cannot be read', async () => {
    const run = await runCli(sandbox, ['init', '--vault', sandbox.vault('unmade'), '--new-passphrase-file', sandbox.vault('no-such-file')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(oneErrorLine);
    expect(run.stderr).toContain('no such file');
  });
});
