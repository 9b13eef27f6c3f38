// Why the README runs the CLI with node and never with npx: npm writes every argument into a debug log
// under its cache folder, by design. Run with node (or as `mutual-ledger` after `npm link`, a symlink to
// the same script), the CLI writes nothing under HOME or the npm cache, not even a memo typed as a flag.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesContaining, filesUnder } from '../core/treasuryFixture.ts';
import { sandboxForThisFile, leftovers, runCli } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const sandbox = sandboxForThisFile();

/** npm's cache and log folder, made inside the sandbox, with npm kept off the network. */
function npmEnvironment(name: string): { cache: string; env: Record<string, string> } {
  const cache = path.join(sandbox.root, name);
  mkdirSync(cache);
  return { cache, env: { npm_config_cache: cache, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' } };
}

describe('the command line leaves no trace in npm logs', () => {
  it("npx keeps the arguments in npm's debug log (so the README never shows npx)", () => {
    const npm = npmEnvironment('npx-cache');
    const canary = 'CANARY-npx-memo-4417';
    const run = spawnSync('npx', ['mutual-ledger', 'record', 'contribution', '--vault', sandbox.vault('npx'), '--account', 'Bank', '--amount', '5', '--memo', canary], {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: sandbox.untouched.home, TMPDIR: sandbox.untouched.tmp, ...npm.env },
      encoding: 'utf8',
    });
    // Refused (there is no vault), after npm has already logged the command line. Only npm's own log
    // folder is searched: npx also links the package into its cache, and that link leads back into this repository.
    expect(run.status).toBe(1);
    expect(filesContaining(path.join(npm.cache, '_logs'), Buffer.from(canary))).toHaveLength(1);
  });

  it('node bin/mutual-ledger.js writes nothing under HOME, TMPDIR or the npm cache, even for a memo typed as a flag', async () => {
    const vault = sandbox.vault('node');
    await seedVault(vault, addTwoAccounts);
    const npm = npmEnvironment('node-cache');
    const typed = 'CANARY-typed-memo-9052';
    const fromFile = 'CANARY-file-memo-3318';
    const env = { ...unlockEnv.env, ...npm.env };
    const first = await runCli(sandbox, ['record', 'contribution', '--vault', vault, '--account', 'Credit union', '--amount', '5', '--memo', typed], { env });
    const second = await runCli(sandbox, ['record', 'contribution', '--vault', vault, '--account', 'Credit union', '--amount', '5', '--memo-file', '-'], { env, input: fromFile });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stdout).toContain(fromFile);

    expect(leftovers(sandbox)).toEqual([]);
    expect(filesUnder(npm.cache)).toEqual([]);
    for (const canary of [typed, fromFile]) {
      // The vault folder too: the memo is in the ledger, but only as ciphertext.
      expect([...Object.values(sandbox.untouched), npm.cache, vault].flatMap((dir) => filesContaining(dir, Buffer.from(canary)))).toEqual([]);
    }
  });
});
