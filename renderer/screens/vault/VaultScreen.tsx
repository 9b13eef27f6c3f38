import { useCallback, useEffect, useState } from 'react';
import type { VaultDetails } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { asTreasuryError } from '../../failure.ts';
import { treasury } from '../../treasury.ts';
import { AboutSection } from './AboutSection.tsx';
import { AutoLockSection } from './AutoLockSection.tsx';
import { ChangePassphraseSection } from './ChangePassphraseSection.tsx';
import { CoTreasurerSection } from './CoTreasurerSection.tsx';
import { KeySlotsSection } from './KeySlotsSection.tsx';
import { RecoveryBanner } from './RecoveryBanner.tsx';
import { TotpSection } from './TotpSection.tsx';

function readDetails(): Promise<VaultDetails | TreasuryError> {
  return treasury.vault.details().catch(asTreasuryError);
}

/** The open vault: its real facts and settings, and the Lock now button. */
export function VaultScreen({ onLocked }: { onLocked: () => void }) {
  const [details, setDetails] = useState<VaultDetails | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  // After a recovery-code unlock the core still says so; once a new passphrase is set, stop asking for one.
  const [passphraseRenewed, setPassphraseRenewed] = useState(false);

  const showDetails = useCallback(
    (next: VaultDetails | TreasuryError) => {
      if (!(next instanceof TreasuryError)) setDetails(next);
      else if (next.code === 'VAULT_LOCKED') onLocked();
      else setError(next);
    },
    [onLocked],
  );

  useEffect(() => {
    let current = true;
    void readDetails().then((next) => {
      if (current) showDetails(next);
    });
    return () => {
      current = false;
    };
  }, [showDetails]);

  const reload = () => readDetails().then(showDetails);

  async function lockNow() {
    await treasury.vault.lock({ reason: 'manual' }).catch(() => undefined);
    onLocked();
  }

  const needsNewPassphrase = details?.unlockedWith === 'recovery' && !passphraseRenewed;
  return (
    <div className="screen screen-wide">
      <div className="vault-title">
        <Heading level={1} focusOnMount>
          The vault is open
        </Heading>
        <button type="button" className="lock-now" onClick={() => void lockNow()}>
          Lock now
        </button>
      </div>
      <Alert error={error} />
      {details === null ? (
        error === null ? (
          <p className="quiet">Reading the vault…</p>
        ) : null
      ) : (
        <>
          {needsNewPassphrase ? <RecoveryBanner /> : null}
          <div className="sections">
            <AboutSection details={details} />
            <AutoLockSection details={details} onDetails={setDetails} onLocked={onLocked} />
            <KeySlotsSection details={details} />
            <TotpSection details={details} onChanged={reload} onLocked={onLocked} />
            <ChangePassphraseSection
              withoutCurrent={needsNewPassphrase}
              onChanged={() => {
                setPassphraseRenewed(true);
                void reload();
              }}
              onLocked={onLocked}
            />
            <CoTreasurerSection details={details} onDetails={setDetails} onLocked={onLocked} />
          </div>
        </>
      )}
    </div>
  );
}
