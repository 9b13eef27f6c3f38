// The installers' configuration (build/electron-builder.yml), checked here where they cannot be built: valid
// for electron-builder's own schema, the fuses set, the three systems' targets, the icons each takes, and what
// goes into app.asar.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asarFiles, builderConfig, configFile } from '../../build/package.mjs';

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
