#!/usr/bin/env node
// Runs the TypeScript CLI without a build step. tsx's compile cache is turned off so the CLI
// writes nothing outside the vault folder (not even compiled source under the temp folder).
import { register } from 'tsx/esm/api';

process.env.TSX_DISABLE_CACHE = '1';
register();
await import('../electron/cli/main.ts');
