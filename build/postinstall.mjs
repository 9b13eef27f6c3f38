// Runs after `npm ci` / `npm install`. Builds the `mutual-ledger` CLI into plain JavaScript (dist/cli/).
// Fetches Electron's binary (its own install script is switched off in package.json so that an offline
// install still succeeds), then builds the SQLCipher driver for Electron's
// ABI into build/native/electron/. Node's build in node_modules is left alone: the tests and the CLI use it.
// Every failure here is a warning and exit 0: the app still runs in Chromium, and tests need neither step.
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { electronPackageDir, electronVersion, installedElectronBinary } from './electronBinary.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
const sqlitePackageDir = path.join(projectRoot, 'node_modules', 'better-sqlite3-multiple-ciphers');
const nativeDir = path.join(projectRoot, 'build', 'native', 'electron');
const nativeBinding = path.join(nativeDir, 'better_sqlite3.node');
const buildInfoFile = path.join(nativeDir, 'build-info.json');
const buildLogFile = path.join(projectRoot, 'build', 'native', 'electron-build.log');
const rerun = 'run `node build/postinstall.mjs` again once online';

// The CLI runs from dist/cli/ (bin/mutual-ledger.js), so that nothing is compiled when it runs. Without
// esbuild (an install without dev dependencies) this only warns: `npm run build` makes it later.
try {
  const { buildCli } = await import('./cliBundle.mjs');
  await buildCli();
} catch (error) {
  warn(`the command line could not be built (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run \`npm run build\`.`);
}

// Without Electron (a production install, `--omit=dev`) there is nothing to fetch or build for.
if (electronPackageDir() !== undefined) {
  try {
    if (installedElectronBinary() === undefined && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) downloadElectron();
    if (installedElectronBinary() !== undefined) buildSqliteForElectron();
  } catch (error) {
    warn(`the Electron setup step failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ${rerun}.`);
  }
}

function downloadElectron() {
  const result = spawnSync(process.execPath, [path.join(electronPackageDir(), 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status === 0 && installedElectronBinary() !== undefined) return;
  warn(`Electron's binary could not be downloaded (${failureReason(result.stderr ?? result.error?.message)}). ` + `\`npm start\` will open the app in Chromium instead; to get Electron, ${rerun}.`);
}

function buildSqliteForElectron() {
  const electron = electronVersion();
  const sqliteVersion = JSON.parse(readFileSync(path.join(sqlitePackageDir, 'package.json'), 'utf8')).version;
  const buildInfo = JSON.stringify({ electron, sqlite: sqliteVersion, platform: process.platform, arch: process.arch });
  if (existsSync(nativeBinding) && readIfExists(buildInfoFile) === buildInfo) return;

  mkdirSync(nativeDir, { recursive: true });
  writeFileSync(buildLogFile, '');
  // A scratch copy, because both prebuild-install and node-gyp write build/Release/ inside the package.
  const work = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-sqlite-'));
  const nodeBuild = path.join(sqlitePackageDir, 'build');
  try {
    cpSync(sqlitePackageDir, work, { recursive: true, dereference: true, filter: (source) => source !== nodeBuild && !source.startsWith(nodeBuild + path.sep) });
    const downloadFailure = fetchPrebuilt(work, electron);
    const compileFailure = downloadFailure === undefined ? undefined : compile(work, electron);
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (compileFailure !== undefined || !existsSync(built)) {
      const reason = compileFailure === undefined ? 'no binary produced' : `download: ${downloadFailure}; compile: ${compileFailure}`;
      warn(
        `better-sqlite3-multiple-ciphers could not be built for Electron ${electron} (${reason}). ` +
          `The Electron app cannot open a vault until it is; see ${path.relative(projectRoot, buildLogFile)}, then ${rerun}. ` +
          'Tests and the Chromium shell are unaffected.',
      );
      return;
    }
    copyFileSync(built, nativeBinding);
    writeFileSync(buildInfoFile, buildInfo);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Downloads the package's own prebuilt binary for this Electron; returns why it failed, or undefined. */
function fetchPrebuilt(work, electron) {
  let bin;
  try {
    bin = createRequire(path.join(sqlitePackageDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return 'prebuild-install is not installed';
  }
  const args = [bin, '--runtime', 'electron', '--target', electron, '--arch', process.arch, '--platform', process.platform];
  return run(args, work);
}

/** Compiles from source against Electron's headers (slow, needs a C++ toolchain); returns why it failed, or undefined. */
function compile(work, electron) {
  console.log(`Compiling better-sqlite3-multiple-ciphers for Electron ${electron}; this takes a few minutes...`);
  let nodeGyp = process.env.npm_config_node_gyp;
  try {
    nodeGyp ??= createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return 'node-gyp is not installed';
  }
  const args = [nodeGyp, 'rebuild', '--release', `--target=${electron}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'];
  return run(args, work);
}

/** Runs one build tool quietly, keeping its whole output in the build log; returns why it failed, or undefined. */
function run(args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, env: toolEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  appendFileSync(buildLogFile, `$ node ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}\n`);
  if (result.status === 0) return undefined;
  return failureReason(result.error?.message ?? (result.stderr || result.stdout));
}

/**
 * npm hands its settings to scripts as npm_config_* variables, and the native build tools obey them: a
 * user's `nodedir` would silently build against Node's headers instead of Electron's. Drop those, and the
 * npm_package_* variables, which describe this app rather than the driver being built.
 */
function toolEnvironment() {
  const overriding = /^npm_(config_(nodedir|target|runtime|disturl|dist_url|arch|platform|build_from_source)|package_)/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !overriding.test(key)));
}

function readIfExists(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The one line of a tool's output that says what went wrong: its first error line, else its last line. */
function failureReason(text) {
  const lines = (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const line = lines.find((candidate) => candidate.includes('ERR!')) ?? lines.find((candidate) => /error/i.test(candidate)) ?? lines.at(-1);
  if (line === undefined) return 'no reason given';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

function warn(message) {
  console.warn(`warning: ${message}`);
}
