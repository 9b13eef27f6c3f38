// Where the installed Electron executable is, if it is installed. Reads node_modules/electron's own
// path.txt instead of `require('electron')`, because that require starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '..');

/** The Electron package folder, or undefined when Electron is not installed (e.g. `npm ci --omit=dev`). */
export function electronPackageDir() {
  const dir = path.join(projectRoot, 'node_modules', 'electron');
  return existsSync(path.join(dir, 'package.json')) ? dir : undefined;
}

/** The Electron executable's path when the binary has been downloaded, else undefined. */
export function installedElectronBinary() {
  const dir = electronPackageDir();
  if (dir === undefined) return undefined;
  let relative;
  try {
    relative = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    return undefined;
  }
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const executable = path.join(distDir, relative);
  return existsSync(executable) ? executable : undefined;
}

/** The version of the installed Electron package (the binary, when present, is this version). */
export function electronVersion() {
  const dir = electronPackageDir();
  if (dir === undefined) return undefined;
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}
