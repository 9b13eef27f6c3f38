/**
 * JSON with keys in code-point order, no spaces, and non-ASCII characters written as themselves
 * (UTF-8), not as \u escapes: one byte string per content, on any machine. The exact escaping is
 * JSON.stringify's, documented in docs/ledger-format.md. Values are flat: strings, numbers, booleans, null.
 * A caller that hashes many objects of one shape passes its keys, sorted once, as `sortedKeys`.
 */
export function canonicalJson(content: Readonly<Record<string, string | number | boolean | null>>, sortedKeys: readonly string[] = Object.keys(content).sort()): string {
  let text = '{';
  for (const key of sortedKeys) text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(content[key])}`;
  return `${text}}`;
}
