/** A key's fingerprint inside a sentence: in the type it is read in elsewhere, and never broken across lines. */
export function InlineFingerprint({ fingerprint }: { fingerprint: string }) {
  return <span className="inline-fingerprint">{fingerprint}</span>;
}
