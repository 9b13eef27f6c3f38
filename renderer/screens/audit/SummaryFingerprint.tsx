/** The group key's fingerprint as sixteen groups of four, in four rows, to be read aloud and compared group by group. */
export function SummaryFingerprint({ fingerprint, id }: { fingerprint: string; id?: string }) {
  return (
    <p id={id} className="fingerprint summary-fingerprint">
      {fingerprint.split(' ').map((group, index) => (
        <span key={index}>{group} </span>
      ))}
    </p>
  );
}
