// `init` makes the vault private even in an existing folder under a permissive umask, and `status`
// warns (in text and JSON) when it finds the folder open to other users. POSIX only.
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxForThisFile, runCli } from './cliRunner.ts';

const passphrase = 'lantern orbit velvet cascade';
const env = { MUTUAL_LEDGER_NEW_PASSPHRASE: passphrase, MUTUAL_LEDGER_PASSPHRASE: passphrase };
const sandbox = sandboxForThisFile();

const mode = (path: string) => `0${(statSync(path).mode & 0o777).toString(8)}`;

describe.skipIf(process.platform === 'win32')('vault file modes from the command line', () => {
  const vault = sandbox.vault('modes');

  it('init in an existing folder with mode 0777, under umask 000, leaves it 0700 with every file 0600', async () => {
    mkdirSync(vault);
    chmodSync(vault, 0o777);
    const init = await runCli(sandbox, ['init', '--vault', vault], { env, umask: 0o000 });
    expect(init.code).toBe(0);
    expect(mode(vault)).toBe('0700');
    const files = readdirSync(vault);
    expect(files).toEqual(expect.arrayContaining(['key-slots.json', 'ledger.sqlite']));
    expect(Object.fromEntries(files.map((name) => [name, mode(join(vault, name))]))).toEqual(Object.fromEntries(files.map((name) => [name, '0600'])));
  });

  it('status says nothing about modes when all is private', async () => {
    const status = await runCli(sandbox, ['status', '--vault', vault, '--json'], { env });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ fileModeWarnings: [] });
    expect((await runCli(sandbox, ['status', '--vault', vault], { env })).stdout).not.toContain('Warning');
  });

  it('status warns about a folder and files open to other users, in text and JSON, and says they are private again', async () => {
    chmodSync(vault, 0o755);
    chmodSync(join(vault, 'key-slots.json'), 0o644);
    const json = await runCli(sandbox, ['status', '--vault', vault, '--json'], { env });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).fileModeWarnings).toEqual([
      { path: vault, mode: '0755', expected: '0700', fixed: true },
      { path: join(vault, 'key-slots.json'), mode: '0644', expected: '0600', fixed: true },
    ]);
    expect(mode(vault)).toBe('0700');

    chmodSync(join(vault, 'ledger.sqlite'), 0o640);
    const text = await runCli(sandbox, ['status', '--vault', vault], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Warning: ${join(vault, 'ledger.sqlite')} was 0640, open to other users of this computer; it is now 0600.`);
    expect(mode(join(vault, 'ledger.sqlite'))).toBe('0600');
  });
});
