// Vitest's global setup: the CLI tests run the bundled CLI (bin/mutual-ledger.js), so it is built
// from the current source once before any test file starts.
import { buildCli } from '../build/cliBundle.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
