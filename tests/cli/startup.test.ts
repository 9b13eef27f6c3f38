import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cliBuildOptions } from '../../build/cliBundle.mjs';
import { runCli, sandboxForThisFile } from './cliRunner.ts';

const sandbox = sandboxForThisFile();

// What `mutual-ledger --help` loads is what the bundle's entry imports statically, chunk by chunk; each
// command's work (and with it zod, the core, SQLCipher, Argon2) must wait for an import() of its own.
describe('the bundled CLI starts without what only commands need', () => {
  it('the entry reaches neither zod, the core, the native modules, zxcvbn nor qrcode without an import()', async () => {
    const { metafile } = await build({ ...cliBuildOptions({ write: false }) });
    const loaded = staticallyLoadedInputs(metafile as Metafile, 'dist/cli/mutual-ledger.mjs');
    expect(loaded.some((input) => input.startsWith('electron/cli/commands/'))).toBe(true);
    const heavy = loaded.filter((input) => /node_modules\/(zod|@zxcvbn-ts|qrcode|otplib)\/|^electron\/core\/|^electron\/cli\/runs\//.test(input));
    expect(heavy).toEqual([]);
    expect(metafile?.outputs['dist/cli/mutual-ledger.mjs']?.imports.filter((imported) => imported.external).map((imported) => imported.path)).not.toContain('better-sqlite3-multiple-ciphers');
  });

  it('an unlock begins Argon2id before loading zod, the contract or SQLCipher: its first chunk reaches none of them', async () => {
    const { metafile } = await build({ ...cliBuildOptions({ write: false }) });
    const outputs = (metafile as Metafile).outputs;
    const [ahead] = Object.keys(outputs).filter((output) => Object.hasOwn(outputs[output]?.inputs ?? {}, 'electron/core/vault/unlockAhead.ts'));
    const loaded = staticallyLoadedInputs(metafile as Metafile, ahead!);
    expect(loaded).toContain('electron/core/vault/keyWrapping.ts');
    expect(loaded.filter((input) => /node_modules\/zod\/|^shared\/contract\/(?!kinds)|keySlotFile|ledgerDatabase/.test(input))).toEqual([]);
    expect(outputs[ahead!]?.imports.filter((imported) => imported.external).map((imported) => imported.path)).not.toContain('better-sqlite3-multiple-ciphers');
  });

  it('--help and --version answer from the bundle, writing nothing outside their sandbox', async () => {
    const help = await runCli(sandbox, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: mutual-ledger COMMAND');
    const version = await runCli(sandbox, ['--version', '--json']);
    expect(JSON.parse(version.stdout)).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

/** The source files in `output` and in every chunk it imports with a static import, transitively. */
function staticallyLoadedInputs(metafile: Metafile, output: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(output);
  return [...seen].flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
}
