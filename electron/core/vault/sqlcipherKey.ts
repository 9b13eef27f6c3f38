/**
 * The data key in SQLCipher's raw-key form, x'<64 hex digits>', built byte by byte in a Buffer the
 * caller zeroes. A JavaScript string holding the hex could never be wiped; this Buffer can. The raw
 * form makes SQLCipher use the key as is, without its own PBKDF2 (Argon2id already did the slow work).
 */
export function sqlcipherRawKey(dataKey: Buffer): Buffer {
  const digits = '0123456789abcdef';
  const key = Buffer.alloc(3 + dataKey.length * 2);
  key[0] = 0x78; // x
  key[1] = 0x27; // '
  for (const [index, byte] of dataKey.entries()) {
    key[2 + index * 2] = digits.charCodeAt(byte >> 4);
    key[3 + index * 2] = digits.charCodeAt(byte & 0x0f);
  }
  key[key.length - 1] = 0x27;
  return key;
}
