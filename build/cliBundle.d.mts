import type { BuildOptions, BuildResult } from 'esbuild';

/** esbuild's options for the CLI; `write: false` builds in memory (a test reads the metafile). */
export function cliBuildOptions(options?: { write?: boolean }): BuildOptions;
/** Builds dist/cli/mutual-ledger.mjs and its chunks from electron/cli/main.ts. */
export function buildCli(): Promise<BuildResult>;
