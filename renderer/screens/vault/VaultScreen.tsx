import { useCallback, useEffect, useState } from 'react';
import type { VaultDetails } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { asTreasuryError } from '../../failure.ts';
import { treasury } from '../../treasury.ts';
import { AboutSection } from './AboutSection.tsx';
import { AutoLockSection } from './AutoLockSection.tsx';
import { ChangePassphraseSection } from './ChangePassphraseSection.tsx';
import { CoTreasurerSection } from './CoTreasurerSection.tsx';
import { EarliestDateSection } from './EarliestDateSection.tsx';
import { LedgerProofSection } from './LedgerProofSection.tsx';
import { BackupSection } from './BackupSection.tsx';
import { KeySlotBackupSection } from './KeySlotBackupSection.tsx';
import { KeySlotsSection } from './KeySlotsSection.tsx';
import { RecoveryBanner } from './RecoveryBanner.tsx';
import { RekeySection } from './RekeySection.tsx';
import { returnFocusTo } from './Section.tsx';
import { TotpSection } from './TotpSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { useWords } from '../../language/words.tsx';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { HandOverScreen } from '../handover/HandOverScreen.tsx';
import { HandOverSection } from './HandOverSection.tsx';

function readDetails(): Promise<VaultDetails | TreasuryError> {
  return treasury.vault.details().catch(asTreasuryError);
}

interface VaultScreenProps {
  onLocked: () => void;
  /** After a recovery-code unlock the core still says so; once a new passphrase is set, stop asking for one. */
  passphraseRenewed: boolean;
  onPassphraseRenewed: () => void;
  /** A section to bring focus to once the vault is read, such as the proof of the ledger. */
  openAt?: string | undefined;
}

/** The open vault: its real facts and settings (Lock now is in the app's header). */
export function VaultScreen({ onLocked, passphraseRenewed, onPassphraseRenewed, openAt }: VaultScreenProps) {
  const words = useWords();
  const [details, setDetails] = useState<VaultDetails | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [handingOver, setHandingOver] = useState(false);
  const focusLater = useFocusLater();

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

  const read = details !== null;
  useEffect(() => {
    if (read && openAt !== undefined) returnFocusTo(openAt);
  }, [read, openAt]);

  const reload = () => readDetails().then(showDetails);

  const needsNewPassphrase = details?.unlockedWith === 'recovery' && !passphraseRenewed;
  if (handingOver && details !== null) {
    return (
      <HandOverScreen
        details={details}
        onClose={() => {
          setHandingOver(false);
          focusLater(byId('hand-over-title'));
        }}
        onLocked={onLocked}
      />
    );
  }
  return (
    <div className="screen screen-full readable-cards">
      <ScreenTitle title={words.words('vaultScreen.title')} intro={words.words('vaultScreen.intro')} />
      <Alert error={error} />
      {details === null ? (
        error === null ? (
          <p className="quiet">{words.words('vaultScreen.reading')}</p>
        ) : null
      ) : (
        <>
          {needsNewPassphrase ? <RecoveryBanner /> : null}
          <div className="sections">
            <AboutSection details={details} />
            <LanguageSection />
            <AutoLockSection details={details} onDetails={setDetails} onLocked={onLocked} />
            <KeySlotsSection details={details} />
            <TotpSection details={details} onChanged={reload} onLocked={onLocked} />
            <ChangePassphraseSection
              withoutCurrent={needsNewPassphrase}
              onChanged={() => {
                onPassphraseRenewed();
                void reload();
              }}
              onLocked={onLocked}
            />
            <CoTreasurerSection details={details} onDetails={setDetails} onLocked={onLocked} />
            <LedgerProofSection onLocked={onLocked} />
            <EarliestDateSection onLocked={onLocked} />
            <RekeySection details={details} onDetails={setDetails} onLocked={onLocked} />
            <BackupSection onLocked={onLocked} />
            <KeySlotBackupSection onLocked={onLocked} />
            <HandOverSection onStart={() => setHandingOver(true)} />
          </div>
        </>
      )}
    </div>
  );
}
