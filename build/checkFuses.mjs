// Reads the fuses of a packaged app's Electron executable back and compares them with electronFuses in
// build/electron-builder.yml: `node build/checkFuses.mjs OUT [--test-build]`, OUT being electron-builder's
// output folder (its linux-unpacked, win-unpacked or mac* folder holds the app). The release workflow runs it
// on each system's build. A test build (--test-build) has the inspect fuse on, as Playwright needs, and every
// other fuse as released. Exit 1, naming each fuse that differs. `--print-dist` prints, instead, the folder to
// give ELECTRON_OVERRIDE_DIST_PATH so that build/electronBinary.mjs (and so the Electron tests) run that app.
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builderConfig } from './package.mjs';

const require = createRequire(path.join(path.resolve(import.meta.dirname, '..'), 'package.json'));

/** The fuse wire's name for a key of electronFuses (runAsNode is RunAsNode). */
export const wireName = (key) => key.charAt(0).toUpperCase() + key.slice(1);

/**
 * Each fuse whose state on the wire is not the configured one. states maps a wire name to 'on', 'off' or
 * another word (removed, inherit); a fuse missing from the wire differs too.
 */
export function fuseMismatches(expected, states) {
  return Object.entries(expected)
    .filter(([key, on]) => states[wireName(key)] !== (on ? 'on' : 'off'))
    .map(([key, on]) => `${key}: expected ${on ? 'on' : 'off'}, found ${states[wireName(key)] ?? 'no such fuse'}`);
}

/** The app electron-builder left unpacked in out: its folder and its executable. */
export function findBuild(out) {
  const dir = readdirSync(out)
    .map((name) => path.join(out, name))
    .find((candidate) => /^(linux-unpacked|linux-\w+-unpacked|win-unpacked|win-\w+-unpacked|mac|mac-\w+)$/.test(path.basename(candidate)) && statSync(candidate).isDirectory());
  if (dir === undefined) throw new Error(`no unpacked app in ${out}`);
  const names = readdirSync(dir);
  const app = names.find((name) => name.endsWith('.app'));
  if (app !== undefined) return { dir, executable: path.join(dir, app, 'Contents', 'MacOS', app.slice(0, -'.app'.length)) };
  const executable = names.find((name) => /^(mutual-ledger|Mutual Ledger\.exe|electron|electron\.exe)$/.test(name));
  if (executable === undefined) throw new Error(`no executable in ${dir}`);
  return { dir, executable: path.join(dir, executable) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (out === undefined) {
    console.error('usage: node build/checkFuses.mjs OUT [--test-build] [--print-dist]');
    process.exit(2);
  }
  const { dir, executable } = findBuild(out);
  if (process.argv.includes('--print-dist')) {
    console.log(dir);
    process.exit(0);
  }
  const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
  const { FuseState } = require('@electron/fuses/dist/constants.js');
  const wire = await getCurrentFuseWire(executable);
  const word = { [FuseState.ENABLE]: 'on', [FuseState.DISABLE]: 'off', [FuseState.REMOVED]: 'removed', [FuseState.INHERIT]: 'inherit' };
  const states = Object.fromEntries(
    Object.entries(FuseV1Options)
      .filter(([name]) => Number.isNaN(Number(name)))
      .map(([name, index]) => [name, word[wire[index]] ?? String(wire[index])]),
  );
  const expected = { ...(await builderConfig()).electronFuses };
  if (process.argv.includes('--test-build')) expected.enableNodeCliInspectArguments = true;
  const mismatches = fuseMismatches(expected, states);
  if (mismatches.length > 0) {
    console.error(`Fuses of ${executable} differ from build/electron-builder.yml: ${mismatches.join('; ')}.`);
    process.exit(1);
  }
  console.log(
    `Fuses of ${executable}: as configured (${Object.entries(states)
      .map(([name, state]) => `${name} ${state}`)
      .join(', ')}).`,
  );
}
