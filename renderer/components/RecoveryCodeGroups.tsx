import { useWords } from '../language/words.tsx';
import { CopySecretButton } from './CopySecretButton.tsx';

/** The recovery code as numbered groups, large and spaced, for copying onto paper; a Copy button under it (cleared from the clipboard after a while). */
export function RecoveryCodeGroups({ groups }: { groups: string[] }) {
  const words = useWords();
  return (
    <>
      <ol className="recovery-code" aria-label={words.words('components.recoveryCode.label')}>
        {groups.map((group, index) => (
          <li key={index}>
            <span className="group-number">{words.words('components.recoveryCode.group', { number: index + 1 })}</span>
            <code>{group}</code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <CopySecretButton secret={groups.join('-')} label={words.words('components.recoveryCode.copy')} />
      </div>
    </>
  );
}
