// Draws Mutual Ledger's app icon (a ledger page and a coin on a green tile: synthetic, made here, no
// artwork of anyone's) and writes every file electron-builder takes it from:
//   build/icons/<size>x<size>.png  the Linux icon set (AppImage, deb), 16 to 512
//   build/icon.png                 512×512, the fallback for every system
//   build/icon.ico                 Windows and the NSIS installer: 16, 32, 48 as bitmaps, 256 as PNG
//   build/icon.icns                macOS: 128, 256, 512 as PNG
// The files are committed; run `node build/makeIcons.mjs` again after changing the drawing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const buildDir = import.meta.dirname;
const green = [31, 111, 92];
const white = [250, 250, 247];
const ink = [31, 111, 92];
const gold = [232, 176, 46];

/** Signed distance from (x, y) to a rounded rectangle centred at (cx, cy), negative inside. */
function roundedBox(x, y, cx, cy, halfWidth, halfHeight, radius) {
  const qx = Math.abs(x - cx) - halfWidth + radius;
  const qy = Math.abs(y - cy) - halfHeight + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** The colour at a point of the unit square, or undefined outside the tile. */
function colourAt(x, y) {
  if (roundedBox(x, y, 0.5, 0.5, 0.46, 0.46, 0.1) > 0) return undefined;
  const coin = Math.hypot(x - 0.7, y - 0.7);
  if (coin < 0.15) return coin < 0.1 && Math.abs(x - 0.7) < 0.018 ? green : gold;
  if (roundedBox(x, y, 0.44, 0.46, 0.22, 0.28, 0.03) <= 0) {
    for (const line of [0.3, 0.4, 0.5, 0.6]) if (Math.abs(y - line) < 0.018 && x > 0.3 && x < (line > 0.45 ? 0.5 : 0.58)) return ink;
    return white;
  }
  return green;
}

/** RGBA pixels of the icon at this size, each pixel the average of 4×4 samples. */
export function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour === undefined) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (a > 0) {
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
      }
      pixels[at + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of these pixels. */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** An ICO entry's image as a bitmap (BITMAPINFOHEADER, 32-bit BGRA bottom-up, then the 1-bit mask). */
function icoBitmap(size, pixels) {
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(size, 4);
  info.writeInt32LE(size * 2, 8);
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  const colours = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      colours[to] = pixels[from + 2] ?? 0;
      colours[to + 1] = pixels[from + 1] ?? 0;
      colours[to + 2] = pixels[from] ?? 0;
      colours[to + 3] = pixels[from + 3] ?? 0;
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([info, colours, Buffer.alloc(maskRow * size)]);
}

/** An ICO file holding these images. */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + images.length * 16;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

/** An ICNS file holding PNG images under their types (ic07 128, ic08 256, ic09 512). */
export function encodeIcns(images) {
  const parts = images.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = [16, 32, 48, 64, 128, 256, 512];
  const pixels = new Map(sizes.map((size) => [size, drawIcon(size)]));
  const png = new Map(sizes.map((size) => [size, encodePng(size, pixels.get(size))]));
  mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
  for (const size of sizes) writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png.get(size));
  writeFileSync(path.join(buildDir, 'icon.png'), png.get(512));
  writeFileSync(path.join(buildDir, 'icon.ico'), encodeIco([...[16, 32, 48].map((size) => ({ size, data: icoBitmap(size, pixels.get(size)) })), { size: 256, data: png.get(256) }]));
  writeFileSync(
    path.join(buildDir, 'icon.icns'),
    encodeIcns([
      { type: 'ic07', data: png.get(128) },
      { type: 'ic08', data: png.get(256) },
      { type: 'ic09', data: png.get(512) },
    ]),
  );
  console.log(`Icons written: build/icons/{${sizes.join(',')}}, build/icon.png, build/icon.ico, build/icon.icns`);
}
