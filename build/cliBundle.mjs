// Bundles the `mutual-ledger` CLI into plain JavaScript (dist/cli/), so that nothing is compiled when it
// runs and nothing is written outside the vault folder. Each command's work is a chunk of its own, loaded
// when that command runs: --help, --version and usage errors start without zod, SQLCipher or Argon2.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '..');
const nativePackages = ['better-sqlite3-multiple-ciphers', 'argon2'];

/**
 * The native packages are CommonJS. Imported as ES modules, Node would first read each one's source
 * to guess its format and list its exports (about 15 ms here, while Argon2id already runs); loaded
 * with require() they are simply run.
 */
const nativeByRequire = {
  name: 'native-by-require',
  setup(build) {
    const filter = new RegExp(`^(${nativePackages.join('|')})$`);
    build.onResolve({ filter }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'native-by-require' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'native-by-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, resolveDir: projectRoot }));
  },
};

/** esbuild's options for the CLI; `write: false` builds in memory (a test reads the metafile). */
export function cliBuildOptions({ write = true } = {}) {
  return {
    absWorkingDir: projectRoot,
    entryPoints: { 'mutual-ledger': 'electron/cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: write,
    metafile: !write,
    write,
    legalComments: 'none',
    logLevel: 'warning',
    external: nativePackages,
    plugins: [nativeByRequire],
    // Bundled CommonJS packages call require() for Node's own modules; an ES module has none of its own.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  };
}

/** Builds dist/cli/mutual-ledger.mjs and its chunks from electron/cli/main.ts. */
export function buildCli() {
  // Chunks are named by content hash: clear the last build's, which nothing would load again.
  rmSync(path.join(projectRoot, 'dist', 'cli'), { recursive: true, force: true });
  return build(cliBuildOptions());
}
