import type { KeyChange } from '../../shared/contract/index.ts';
import { RecoveryCodeGroups } from './RecoveryCodeGroups.tsx';

/** What a key change did, said plainly; a new recovery code, if one had to be issued, shown once. */
export function KeyChangeNotice({ change }: { change: KeyChange }) {
  return (
    <div className="stack-tight">
      {change.rekeyed ? (
        <p>
          The vault&apos;s key is changed: the ledger is re-encrypted under a new key. No copy of the vault folder or of its key slots taken before now opens today&apos;s ledger. Key-slot copies saved
          earlier no longer work: save a new one.
        </p>
      ) : null}
      {change.newRecoveryCode === null ? null : (
        <div className="stack-tight" role="group" aria-labelledby="new-recovery-code-title">
          <h3 id="new-recovery-code-title">Write down the new recovery code now</h3>
          <p>The old recovery code was made by an earlier version and could not be carried over to the new key, so it no longer opens the vault. This new code is shown only once.</p>
          <RecoveryCodeGroups groups={change.newRecoveryCode.split('-')} />
        </div>
      )}
    </div>
  );
}
