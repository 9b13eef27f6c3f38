#!/usr/bin/env node
// Runs the CLI bundled at install time (npm ci, or npm run build after a change to the source): plain
// JavaScript, so nothing is compiled when it runs and nothing is written outside the vault folder.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/mutual-ledger.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('mutual-ledger: the command line is not built yet. Run: npm run build\n');
  process.exit(1);
}
await import(bundle.href);
