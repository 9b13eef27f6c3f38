// The rules for text that enters the ledger, written once for the contract, the core, the screens
// and the CLI. Text is stored as the treasurer meant it (NFC), never as a byte sequence SQLite
// would silently rewrite, and names cannot hide characters a person cannot see.

/**
 * Characters that change how text reads without being seen: C0 and C1 controls, bidirectional
 * embeddings, overrides and isolates, zero-width and other default-ignorable characters, line and
 * paragraph separators, and blanks that are not spaces (the empty Braille cell). A variation
 * selector is hidden too unless it follows an emoji, where it only chooses how the emoji looks.
 */
const hiddenCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/gu;
const variationSelector = /^(?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF])$/;
const emoji = /\p{Extended_Pictographic}$/u;

function isHidden(character: string, before: string): boolean {
  return !(variationSelector.test(character) && emoji.test(before));
}

/** Whether text holds no lone UTF-16 surrogate, so it can be stored and hashed exactly as written. */
export function isWellFormed(text: string): boolean {
  // In a /u pattern a surrogate class matches only surrogates that are not part of a pair.
  return !/\p{Cs}/u.test(text);
}

/** Text in the one form it is stored and hashed in: Unicode NFC. */
export function storedForm(text: string): string {
  return text.normalize('NFC');
}

/** The first character a name may not hold (control, bidi, invisible), or undefined. */
export function hiddenCharacterIn(text: string): string | undefined {
  for (const match of text.matchAll(hiddenCharacters)) {
    if (isHidden(match[0], text.slice(0, match.index))) return match[0];
  }
  return undefined;
}

/** A character as people can read it in an error or a listing: U+202E. */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text safe to print in a terminal or a table cell: every control, bidi or invisible character is
 * shown as ‹U+XXXX›, so a memo can neither erase its own row nor reorder the line it is on.
 */
export function visibleText(text: string): string {
  return text.replace(hiddenCharacters, (character: string, offset: number) => (isHidden(character, text.slice(0, offset)) ? `‹${codePointLabel(character)}›` : character));
}

/**
 * The key a name is compared by: "Café", "Cafe\u0301" and "CAFÉ" are one name. NFKC folds
 * compatibility forms (ligatures, full-width letters); upper then lower case folds ß to ss and
 * final sigma to sigma, close to Unicode's full case folding.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

/**
 * A name that reads as a number ("2024", "#7", and "２" or "𝟏", which fold to digits) would shadow an
 * account or fund number on the command line.
 */
export function looksLikeNumber(name: string): boolean {
  return /^#?\d+$/.test(nameKey(name).trim());
}

/** A name as it is kept: runs of white space inside it made one space, so "Credit  union" is "Credit union". */
export function nameSpacing(name: string): string {
  return name.replace(/\s+/gu, ' ');
}
