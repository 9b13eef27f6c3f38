import { build } from 'esbuild';

/**
 * Bundles a child process's script once, so that each of the many children a crash test kills starts
 * in a fraction of a second instead of compiling TypeScript. The native drivers stay outside: the child
 * finds them through NODE_PATH.
 */
export async function bundleChild(entryPoint: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'argon2'],
    outfile,
    logLevel: 'warning',
    // The children never start a worker thread, the one user of import.meta.
    logOverride: { 'empty-import-meta': 'silent' },
  });
}
