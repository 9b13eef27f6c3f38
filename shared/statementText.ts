// A statement file's bytes as text. Platforms write UTF-8 (often with a byte-order mark); banks'
// CSVs are still often Windows-1252 ("Café" written as one byte 0xE9), and Excel's "Unicode text"
// is UTF-16 with a byte-order mark. Each is read as what it is, so an accented description is never
// read as replacement characters, and nothing is guessed beyond these three.

/** Decodes a statement file: UTF-16 by its byte-order mark, else UTF-8 if the bytes are UTF-8, else Windows-1252. */
export function statementText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/**
 * Windows-1252 by hand: Latin-1, except the bytes 0x80 to 0x9F, which hold €, curly quotes, dashes
 * and a few letters (some Node versions' TextDecoder reads those as control characters). The five
 * bytes the code page leaves undefined stay the control characters of the same number, as browsers read them.
 */
const from0x80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? from0x80[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
