import { describe, expect, it } from 'vitest';
import { hiddenCharacterIn, isWellFormed, looksLikeNumber, nameKey, visibleText } from '../../shared/text.ts';

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

describe('names that hide what they are', () => {
  it('allows a variation selector only after an emoji, and finds the blank Braille cell', () => {
    expect(hiddenCharacterIn('Food ❤️')).toBeUndefined();
    expect(hiddenCharacterIn('Venmo\uFE0F')).toBe('\uFE0F');
    expect(hiddenCharacterIn('Ve\uFE00nmo')).toBe('\uFE00');
    expect(hiddenCharacterIn('Venmo\u2800')).toBe('\u2800');
    expect(visibleText('Food ❤️ Venmo\uFE0F')).toBe('Food ❤️ Venmo‹U+FE0F›');
  });

  it('reads digits that fold to ASCII digits as a number', () => {
    for (const name of ['２', '𝟏', '#²', '#7', '2024']) expect(looksLikeNumber(name), name).toBe(true);
    expect(looksLikeNumber('Drive 2024')).toBe(false);
  });
});
