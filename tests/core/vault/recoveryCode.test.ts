import { expect, it } from 'vitest';
import { generateRecoveryCode, normaliseRecoveryCode } from '../../../electron/core/vault/recoveryCode.ts';

// The recovery code, as docs/vault-format.md describes it: 30 Crockford base-32 characters (150 bits),
// shown as six groups of five, and read back however it was typed.
it('is six groups of five Crockford characters, never the same twice', () => {
  const codes = Array.from({ length: 50 }, generateRecoveryCode);
  for (const code of codes) expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
  expect(new Set(codes).size).toBe(50);
});

it('reads a code typed in lower case, without dashes, with spaces, and with O, I and L for 0 and 1', () => {
  const code = 'K7M2Q-0AB1C-DEFGH-JKMNP-QRSTV-WXYZ1';
  const slotSecret = 'K7M2Q0AB1CDEFGHJKMNPQRSTVWXYZ1';
  for (const typed of [code, code.toLowerCase(), code.replaceAll('-', ''), code.replaceAll('-', ' '), 'K7M2Q-OAB1C-DEFGH-JKMNP-QRSTV-WXYZI', 'k7m2q-oabLc-defgh-jkmnp-qrstv-wxyzl']) {
    expect(normaliseRecoveryCode(typed)).toBe(slotSecret);
  }
});

it('refuses a code a character short or long, or with a letter the alphabet lacks', () => {
  expect(normaliseRecoveryCode('K7M2Q-0AB1C-DEFGH-JKMNP-QRSTV-WXYZ')).toBeUndefined();
  expect(normaliseRecoveryCode('K7M2Q-0AB1C-DEFGH-JKMNP-QRSTV-WXYZ12')).toBeUndefined();
  expect(normaliseRecoveryCode('K7M2Q-0AB1C-DEFGH-JKMNP-QRSTV-WXYZU')).toBeUndefined();
  expect(normaliseRecoveryCode('')).toBeUndefined();
});
