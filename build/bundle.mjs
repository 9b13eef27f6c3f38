// Bundles the Node/Electron side: the Electron glue and core process (CommonJS, as Electron's
// sandboxed preload requires), the page bridge the Chromium shell injects into the renderer, and the CLI.
import { build } from 'esbuild';
import { buildCli } from './cliBundle.mjs';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const nativeAndElectron = ['electron', 'better-sqlite3-multiple-ciphers', 'argon2'];

await Promise.all([
  build({
    ...common,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: nativeAndElectron,
    // import.meta.url as CommonJS knows it (the core finds the SQLCipher driver for its worker by it).
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    entryPoints: {
      main: 'electron/main.ts',
      preload: 'electron/preload.ts',
      coreProcess: 'electron/coreProcess.ts',
    },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
  }),
  build({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    entryPoints: { pageBridge: 'electron/shell/pageBridge.ts' },
    outdir: 'dist/shell',
  }),
  buildCli(),
]);
