import type { KeyChange } from '../../shared/contract/index.ts';
import { useWords } from '../language/words.tsx';
import { RecoveryCodeGroups } from './RecoveryCodeGroups.tsx';
import { TechnicalDetails } from './TechnicalDetails.tsx';

/** What a key change did, said plainly; a new recovery code, if one had to be issued, shown once. */
export function KeyChangeNotice({ change }: { change: KeyChange }) {
  const words = useWords();
  return (
    <div className="stack-tight">
      {change.rekeyed ? (
        <>
          <p>{words.words('components.keyChange.rekeyed')}</p>
          <p>{words.words('components.keyChange.saveNewCopy')}</p>
        </>
      ) : null}
      {change.newRecoveryCode === null ? null : (
        <div className="stack-tight" role="group" aria-labelledby="new-recovery-code-title">
          <h3 id="new-recovery-code-title">{words.words('components.keyChange.newRecoveryCodeTitle')}</h3>
          <p>{words.words('components.keyChange.newRecoveryCode')}</p>
          <RecoveryCodeGroups groups={change.newRecoveryCode.split('-')} />
          <TechnicalDetails>
            <p>{words.words('components.keyChange.newRecoveryCodeWhy')}</p>
          </TechnicalDetails>
        </div>
      )}
      {change.rekeyed ? (
        <TechnicalDetails>
          <p>{words.words('components.keyChange.rekeyedDetails')}</p>
        </TechnicalDetails>
      ) : null}
    </div>
  );
}
