// `npm run package` (after `npm run build`): the installers, through electron-builder and
// build/electron-builder.yml. First the checks that need no network: the builder's configuration validated by
// electron-builder's own schema, the app.asar built from the files the configuration selects and its contents
// listed (out/asar-check/contents.txt), and the SQLCipher driver for Electron's ABI. Then, on a machine that
// can download Electron (its binary is installed and the driver is built for it), electron-builder makes the
// installers; elsewhere one line says why not, and the exit is 1. `--check` runs the checks alone (exit 0 when
// they pass); `--test-build` makes, instead of installers, the unpacked test build the release workflow runs
// the Playwright Electron tests against (testBuildConfig); other arguments go to electron-builder.
import { createPackageFromFiles, listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronVersion, installedElectronBinary } from './electronBinary.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
export const configFile = path.join(projectRoot, 'build', 'electron-builder.yml');
export const nativeBinding = path.join(projectRoot, 'build', 'native', 'electron', 'better_sqlite3.node');
const require = createRequire(path.join(projectRoot, 'package.json'));

/** electron-builder's configuration as it reads it, checked against its own schema (throws when invalid). */
export async function builderConfig(file = configFile) {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(projectRoot, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** Every file under dir (project-relative, forward slashes), symbolic links and .bin folders left out. */
function walk(dir) {
  const found = [];
  for (const entry of readdirSync(path.join(projectRoot, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== '.bin') found.push(...walk(relative));
    } else if (entry.isFile()) {
      found.push(relative);
    }
  }
  return found;
}

/**
 * The files the configuration's `files` patterns put in app.asar: package.json, the bundles in dist/ less
 * their source maps, and the shipped dependencies (those package-lock.json does not mark dev) less the
 * SQLCipher driver's sources and Node build. electron-builder also drops its own list of clutter from
 * node_modules (readmes, tests, type declarations), so the archive it makes is a little smaller.
 */
export function asarFiles() {
  const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8'));
  const shipped = Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && entry.dev !== true && entry.devOptional !== true)
    .map(([key]) => key)
    .filter((key) => existsSync(path.join(projectRoot, key)));
  const missingBundles = ['dist/electron', 'dist/renderer'].filter((dir) => !existsSync(path.join(projectRoot, dir)));
  if (missingBundles.length > 0) throw new Error(`${missingBundles.join(' and ')} missing: run npm run build first`);
  const driverLeftOut = /^node_modules\/better-sqlite3-multiple-ciphers\/(build|deps|src)\//;
  const nested = (key) => (file) => !shipped.some((other) => other !== key && other.startsWith(`${key}/node_modules/`) && file.startsWith(`${other}/`));
  const files = [
    'package.json',
    ...walk('dist/electron'),
    ...walk('dist/renderer'),
    ...shipped.flatMap((key) => walk(key).filter((file) => !file.startsWith(`${key}/node_modules/`) || nested(key)(file))),
  ];
  return [...new Set(files)].filter((file) => !file.endsWith('.map') && !driverLeftOut.test(file)).sort();
}

/** Builds an app.asar of those files in dir (native modules unpacked beside it, as asarUnpack says) and lists it. */
export async function buildAsar(files, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = path.join(dir, 'app.asar');
  const absolute = files.map((file) => path.join(projectRoot, file));
  const metadata = Object.fromEntries(absolute.map((file) => [file, { type: 'file', stat: lstatSync(file) }]));
  // Folders too: asar needs every parent folder named before the files in it.
  for (const file of files) {
    let parent = path.dirname(file);
    while (parent !== '.' && metadata[path.join(projectRoot, parent)] === undefined) {
      metadata[path.join(projectRoot, parent)] = { type: 'directory', stat: statSync(path.join(projectRoot, parent)) };
      parent = path.dirname(parent);
    }
  }
  const ordered = [...Object.keys(metadata)].sort();
  await createPackageFromFiles(projectRoot, archive, ordered, metadata, { unpack: '*.node' });
  const listed = listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''));
  return { archive, bytes: statSync(archive).size, listed };
}

/**
 * The test build's configuration: the released one with the inspect fuse on, as Playwright needs to launch
 * Electron, every other fuse as released, unpacked in out/test-build, and its executable named as Electron's
 * own (node_modules/electron/path.txt) so that build/electronBinary.mjs finds it through
 * ELECTRON_OVERRIDE_DIST_PATH: `electron` on Linux and Windows, Electron.app on macOS.
 */
export function testBuildConfig(releaseFuses, platform = process.platform) {
  return {
    extends: `file:${configFile}`,
    directories: { output: 'out/test-build', buildResources: 'build' },
    electronFuses: { ...releaseFuses, enableNodeCliInspectArguments: true },
    executableName: 'electron',
    ...(platform === 'darwin' ? { productName: 'Electron' } : {}),
  };
}

/** Where node-gyp keeps headers ($npm_config_devdir, else its cache), and Electron's there, if they are on this machine. */
export function electronHeaders(version) {
  const devdir = process.env.npm_config_devdir ?? path.join(os.homedir(), process.platform === 'win32' ? 'AppData/Local/node-gyp/Cache' : '.cache/node-gyp');
  const dir = path.join(devdir, version);
  return existsSync(path.join(dir, 'include', 'node', 'node_version.h')) ? dir : undefined;
}

/** Compiles the SQLCipher driver for Electron against headers already on this machine, in a scratch copy of the package. */
function buildDriverAgainst(headers, version) {
  const sqlite = path.join(projectRoot, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const work = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-sqlite-'));
  try {
    cpSync(sqlite, work, { recursive: true, dereference: true, filter: (source) => source !== path.join(sqlite, 'build') && !source.startsWith(path.join(sqlite, 'build') + path.sep) });
    const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
    const run = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${version}`, `--nodedir=${headers}`, `--arch=${process.arch}`], { cwd: work, stdio: 'inherit' });
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (run.status !== 0 || !existsSync(built)) return false;
    mkdirSync(path.dirname(nativeBinding), { recursive: true });
    copyFileSync(built, nativeBinding);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const testBuild = args.includes('--test-build');
  const version = electronVersion();
  let failed = false;

  try {
    const config = await builderConfig();
    const targets = ['linux', 'mac', 'win'].map((system) => `${system} ${[config[system]?.target].flat().join('+')}`).join(', ');
    console.log(`Builder configuration: valid for electron-builder (${targets}; fuses ${JSON.stringify(config.electronFuses)}).`);
  } catch (error) {
    console.error(`Builder configuration: INVALID: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
  }

  try {
    const { archive, bytes, listed } = await buildAsar(asarFiles(), path.join(projectRoot, 'out', 'asar-check'));
    const contents = path.join(path.dirname(archive), 'contents.txt');
    writeFileSync(contents, `${listed.join('\n')}\n`);
    const topLevel = [
      ...new Set(
        listed
          .filter((entry) => entry !== 'dist')
          .map((entry) =>
            entry
              .split('/')
              .slice(0, entry.startsWith('node_modules/') ? 1 : 2)
              .join('/'),
          ),
      ),
    ];
    const packages = new Set(
      listed
        .filter((entry) => entry.startsWith('node_modules/'))
        .map((entry) =>
          entry
            .split('/')
            .slice(1, entry.split('/')[1]?.startsWith('@') ? 3 : 2)
            .join('/'),
        ),
    );
    console.log(
      `app.asar: built here, ${listed.length} entries, ${(bytes / 1_048_576).toFixed(1)} MiB (${topLevel.join(', ')}; ${packages.size} packages), listed in ${path.relative(projectRoot, contents)}.`,
    );
    for (const required of ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      if (!listed.includes(required)) {
        console.error(`app.asar: ${required} is missing from it.`);
        failed = true;
      }
    }
  } catch (error) {
    console.error(`app.asar: could not be built: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
  }

  let driverBuilt = existsSync(nativeBinding);
  if (driverBuilt) console.log(`SQLCipher driver for Electron ${version}: built (${path.relative(projectRoot, nativeBinding)}).`);
  else {
    const headers = version === undefined ? undefined : electronHeaders(version);
    if (headers !== undefined) driverBuilt = buildDriverAgainst(headers, version);
    if (!driverBuilt)
      console.log(
        `SQLCipher driver for Electron ${version}: not built: ${headers === undefined ? "Electron's headers are not in node-gyp's folder on this machine and cannot be downloaded here" : `the build against the headers in ${headers} failed`}.`,
      );
  }

  if (failed) process.exit(1);
  if (checkOnly) process.exit(0);
  if (installedElectronBinary() === undefined || !driverBuilt) {
    console.error(
      `npm run package cannot make installers here: Electron ${version}'s binaries${driverBuilt ? '' : ' and headers (for the SQLCipher driver)'} cannot be downloaded on this machine; run it where they can (docs/releasing.md).`,
    );
    process.exit(1);
  }
  const builder = require.resolve('electron-builder/cli.js');
  let config = configFile;
  let builderArgs = args;
  if (testBuild) {
    config = path.join(projectRoot, 'out', 'test-build.config.json');
    mkdirSync(path.dirname(config), { recursive: true });
    writeFileSync(config, JSON.stringify(testBuildConfig((await builderConfig()).electronFuses), null, 2));
    await builderConfig(config);
    builderArgs = ['--dir', ...args.filter((arg) => arg !== '--test-build')];
  }
  const run = spawnSync(process.execPath, [builder, '--config', config, ...builderArgs], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
