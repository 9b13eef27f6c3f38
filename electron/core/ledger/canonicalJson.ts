type FlatContent = Readonly<Record<string, string | number | boolean | null>>;

/**
 * JSON with keys in code-point order, no spaces, and non-ASCII characters written as themselves
 * (UTF-8), not as \u escapes: one byte string per content, on any machine. The exact escaping is
 * JSON.stringify's, documented in docs/ledger-format.md. Values are flat: strings, numbers, booleans, null.
 */
export function canonicalJson(content: FlatContent): string {
  return canonicalWriter(Object.keys(content))(content);
}

/**
 * canonicalJson for many objects of one shape: the keys sorted and written out once, so that each
 * object costs one JSON.stringify per value and nothing per key (verify writes a million of them).
 */
export function canonicalWriter<Key extends string>(keys: readonly Key[]): (content: Readonly<Record<Key, string | number | boolean | null>>) => string {
  const sortedKeys = [...keys].sort();
  const keyTexts = sortedKeys.map((key, index) => `${index === 0 ? '' : ','}${JSON.stringify(key)}:`);
  return (content) => {
    let text = '{';
    for (let index = 0; index < sortedKeys.length; index += 1) text += keyTexts[index] + JSON.stringify(content[sortedKeys[index] as Key]);
    return `${text}}`;
  };
}
