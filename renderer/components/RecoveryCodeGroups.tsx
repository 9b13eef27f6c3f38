/** The recovery code as numbered groups, large and spaced, for copying onto paper. */
export function RecoveryCodeGroups({ groups }: { groups: string[] }) {
  return (
    <ol className="recovery-code" aria-label="Recovery code">
      {groups.map((group, index) => (
        <li key={index}>
          <span className="group-number">Group {index + 1}</span>
          <code>{group}</code>
        </li>
      ))}
    </ol>
  );
}
