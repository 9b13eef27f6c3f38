import { describe, expect, it } from 'vitest';
import { hiddenCharacterIn, isWellFormed, nameKey, visibleText } from '../../shared/text.ts';

describe('the text rules', () => {
  it('finds lone surrogates, not surrogate pairs', () => {
    expect(isWellFormed('rent 🏠')).toBe(true);
    expect(isWellFormed('rent \ud83d')).toBe(false);
    expect(isWellFormed('\udc00rent')).toBe(false);
  });

  it('folds names that read the same to one key', () => {
    expect(new Set(['Café', 'Cafe\u0301', 'CAFÉ', 'ｃａｆé'].map(nameKey))).toEqual(new Set(['café']));
    expect(nameKey('Straße')).toBe(nameKey('STRASSE'));
    expect(nameKey('Credit union')).not.toBe(nameKey('Credit-union'));
  });

  it('finds what a person cannot see', () => {
    for (const hidden of ['\u200B', '\u200D', '\u202E', '\u2066', '\u061C', '\u0000', '\u001B', '\u0085', '\u2028', '\u00AD', '\uFEFF', '\u180E']) {
      expect(hiddenCharacterIn(`a${hidden}b`), JSON.stringify(hidden)).toBe(hidden);
    }
    expect(hiddenCharacterIn('Café 🏠 — “bail”')).toBeUndefined();
  });

  it('shows control and bidi characters as labels, so a memo cannot erase or reorder the line it is on', () => {
    expect(visibleText('ok\u001b[2K\rFAKE ROW')).toBe('ok‹U+001B›[2K‹U+000D›FAKE ROW');
    expect(visibleText('pay \u202Eevil\u202C')).toBe('pay ‹U+202E›evil‹U+202C›');
    expect(visibleText('line one\nline two')).toBe('line one‹U+000A›line two');
  });
});
