// A statement's bytes read as the encoding they are in: UTF-8, Windows-1252, UTF-16 with its mark.
import { describe, expect, it } from 'vitest';
import { statementText } from '../../shared/statementText.ts';

const line = 'Fecha,Descripción,Importe\n02/11/2026,Café comunitario,"-3,50"\n';

describe('a statement file read as text', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(statementText(Buffer.from(line))).toBe(line);
    expect(statementText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line)]))).toBe(line);
  });

  it('reads a bank’s Windows-1252 file without replacement characters', () => {
    expect(statementText(Buffer.from(line, 'latin1'))).toBe(line);
    expect(statementText(Uint8Array.from([0x80, 0x20, 0x35, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x9f]))).toBe('€ 5 “a” – Ÿ');
  });

  it('reads UTF-16 by its byte-order mark, either way round', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]);
    expect(statementText(little)).toBe(line);
    const big = Buffer.from(little);
    big.swap16();
    expect(statementText(big)).toBe(line);
  });
});
