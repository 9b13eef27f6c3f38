// The installers' configuration (build/electron-builder.yml), checked here where they cannot be built: valid
// for electron-builder's own schema, the fuses set, the three systems' targets, the icons each takes, and what
// goes into app.asar.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fuseMismatches, wireName } from '../../build/checkFuses.mjs';
import { asarFiles, builderConfig, configFile, testBuildConfig } from '../../build/package.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-package-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Platform = { target: string | string[]; icon: string };

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('build/electron-builder.yml', async () => {
  const config = (await builderConfig()) as Record<string, unknown> & { linux: Platform; mac: Platform; win: Platform; electronFuses: Record<string, boolean> };

  it('passes electron-builder’s own validation, which refuses a misspelt key', async () => {
    const misspelt = path.join(scratch, 'misspelt.yml');
    writeFileSync(misspelt, readFileSync(configFile, 'utf8').replace('  category: Office', '  categroy: Office'));
    await expect(builderConfig(misspelt)).rejects.toThrow(/configuration\.linux/);
  });

  it('sets the fuses: no RunAsNode, NODE_OPTIONS or inspect arguments; asar integrity checked; the app only from its asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
  });

  it('the test build differs only by the inspect fuse (and its executable’s name), and passes validation too', async () => {
    const file = path.join(scratch, 'test-build.json');
    writeFileSync(file, JSON.stringify(testBuildConfig(config.electronFuses, 'darwin')));
    const testBuild = (await builderConfig(file)) as typeof config & { executableName: string; productName: string; directories: { output: string } };
    expect(testBuild.electronFuses).toEqual({ ...config.electronFuses, enableNodeCliInspectArguments: true });
    expect([testBuild.executableName, testBuild.productName, testBuild.directories.output]).toEqual(['electron', 'Electron', 'out/test-build']);
    expect([testBuild.linux.target, testBuild.mac.target, testBuild.win.target, testBuild.asar]).toEqual([config.linux.target, config.mac.target, config.win.target, true]);
  });

  it('makes AppImage and deb for Linux, dmg for macOS and NSIS for Windows', () => {
    expect([config.linux.target, config.mac.target, config.win.target]).toEqual([['AppImage', 'deb'], 'dmg', 'nsis']);
  });

  it('gives Linux its icon set, one PNG a size named by it, up to 512×512', () => {
    const dir = path.join(projectRoot, config.linux.icon);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(pngSize(readFileSync(path.join(dir, `${size}x${size}.png`)))).toEqual([size, size]);
  });

  it('gives Windows an .ico of 16, 32, 48 and 256 pixels, the 256 one a PNG', () => {
    const ico = readFileSync(path.join(projectRoot, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const at = 6 + index * 16;
      return { size: ico.readUInt8(at) || 256, bytes: ico.readUInt32LE(at + 8), offset: ico.readUInt32LE(at + 12) };
    });
    expect(entries.map((entry) => entry.size)).toEqual([16, 32, 48, 256]);
    for (const entry of entries) expect(entry.offset + entry.bytes).toBeLessThanOrEqual(ico.length);
    const big = entries[3]!;
    expect(pngSize(ico.subarray(big.offset, big.offset + big.bytes))).toEqual([256, 256]);
    // The bitmaps: a BITMAPINFOHEADER of the entry's width and twice its height (colours, then the mask).
    const small = entries[0]!;
    expect([ico.readUInt32LE(small.offset), ico.readInt32LE(small.offset + 4), ico.readInt32LE(small.offset + 8)]).toEqual([40, 16, 32]);
  });

  it('gives macOS an .icns of 128, 256 and 512 pixels', () => {
    const icns = readFileSync(path.join(projectRoot, config.mac.icon));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: [string, [number, number]][] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) found.push([icns.toString('ascii', at, at + 4), pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))]);
    expect(found).toEqual([
      ['ic07', [128, 128]],
      ['ic08', [256, 256]],
      ['ic09', [512, 512]],
    ]);
  });
});

describe('what goes into app.asar (after npm run build)', () => {
  const files = asarFiles();

  it('the bundles and the page, without their source maps', () => {
    for (const file of ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) expect(files).toContain(file);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('dist/cli/') || file.startsWith('electron/') || file.startsWith('tests/'))).toEqual([]);
  });

  it('the shipped dependencies, no dev ones, and not the SQLCipher driver’s sources or Node build', () => {
    expect(files).toContain('node_modules/better-sqlite3-multiple-ciphers/package.json');
    expect(files).toContain('node_modules/argon2/package.json');
    for (const dev of ['electron', 'vitest', 'electron-builder', '@doyensec/electronegativity', 'playwright-core']) expect(files.some((file) => file.startsWith(`node_modules/${dev}/`))).toBe(false);
    expect(files.filter((file) => /^node_modules\/better-sqlite3-multiple-ciphers\/(build|deps|src)\//.test(file))).toEqual([]);
  });
});

describe('reading the fuses back from a build (build/checkFuses.mjs, run by the release workflow)', () => {
  const released = { runAsNode: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true };

  it('accepts a wire that matches and names each fuse that does not, or is missing', () => {
    expect(wireName('enableEmbeddedAsarIntegrityValidation')).toBe('EnableEmbeddedAsarIntegrityValidation');
    expect(fuseMismatches(released, { RunAsNode: 'off', EnableNodeCliInspectArguments: 'off', OnlyLoadAppFromAsar: 'on' })).toEqual([]);
    expect(fuseMismatches(released, { RunAsNode: 'on', EnableNodeCliInspectArguments: 'off' })).toEqual(['runAsNode: expected off, found on', 'onlyLoadAppFromAsar: expected on, found no such fuse']);
    expect(fuseMismatches({ runAsNode: false }, { RunAsNode: 'removed' })).toEqual(['runAsNode: expected off, found removed']);
  });

  it('every fuse the configuration sets is one of the wire’s', async () => {
    const { FuseV1Options } = (await import('@electron/fuses')) as { FuseV1Options: Record<string, number | string> };
    const config = (await builderConfig()) as { electronFuses: Record<string, boolean> };
    for (const key of Object.keys(config.electronFuses)) expect(Object.keys(FuseV1Options)).toContain(wireName(key));
  });
});

describe.runIf(process.platform === 'linux')('build/checkFuses.mjs on a stand-in executable carrying a fuse wire', () => {
  // Electron's fuse wire: a sentinel, the wire's version (1), its length, then one byte a fuse ('1' on, '0' off),
  // in FuseV1Options' order: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
  // EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
  // LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
  function standIn(name: string, wire: string): string {
    const out = path.join(scratch, name);
    mkdirSync(path.join(out, 'linux-unpacked'), { recursive: true });
    const body = Buffer.concat([Buffer.from('ELF stand-in '), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), Buffer.from(wire, 'ascii'), Buffer.from(' rest')]);
    writeFileSync(path.join(out, 'linux-unpacked', 'mutual-ledger'), body);
    return out;
  }
  const check = (out: string, ...flags: string[]) => spawnSync(process.execPath, [path.join(projectRoot, 'build', 'checkFuses.mjs'), out, ...flags], { encoding: 'utf8' });

  it('passes a build with the fuses as configured, and a test build only with the inspect fuse on', () => {
    const released = standIn('released', '01001100');
    expect(check(released).status).toBe(0);
    expect(check(released, '--test-build').stderr).toContain('enableNodeCliInspectArguments: expected on, found off');
    expect(check(standIn('test-build', '01011100'), '--test-build').status).toBe(0);
  });

  it('fails a build with RunAsNode left on, naming it', () => {
    const run = check(standIn('run-as-node', '11001100'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('runAsNode: expected off, found on');
  });

  it('prints the folder that ELECTRON_OVERRIDE_DIST_PATH takes', () => {
    const out = standIn('dist', '01001100');
    expect(check(out, '--print-dist').stdout.trim()).toBe(path.join(out, 'linux-unpacked'));
  });
});
