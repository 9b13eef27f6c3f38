/**
 * JSON with keys in code-point order, no spaces, and non-ASCII characters written as themselves
 * (UTF-8), not as \u escapes: one byte string per content, on any machine. The exact escaping is
 * JSON.stringify's, documented in docs/ledger-format.md. Values are flat: strings, numbers, booleans, null.
 */
export function canonicalJson(content: Readonly<Record<string, string | number | boolean | null>>): string {
  const fields = Object.keys(content)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${JSON.stringify(content[key])}`);
  return `{${fields.join(',')}}`;
}
