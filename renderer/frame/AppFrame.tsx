import { useEffect, useState } from 'react';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen.tsx';
import { FundsScreen } from '../screens/funds/FundsScreen.tsx';
import { AccountsScreen } from '../screens/accounts/AccountsScreen.tsx';
import { LedgerScreen } from '../screens/ledger/LedgerScreen.tsx';
import { RetentionScreen } from '../screens/retention/RetentionScreen.tsx';
import { MakeSummaryScreen } from '../screens/audit/MakeSummaryScreen.tsx';
import { VaultScreen } from '../screens/vault/VaultScreen.tsx';
import { treasury } from '../treasury.ts';
import { useWords } from '../language/words.tsx';
import { HoldBanner } from './HoldBanner.tsx';
import { LedgerCheckNotice } from './LedgerCheckNotice.tsx';
import { sectionForShortcut, sections, type SectionId } from './sections.ts';
import { useLegalHold } from './useLegalHold.ts';

/**
 * The open app: a header with the sections and Lock now, always in reach, and one section at a time in
 * <main>. After a recovery-code unlock it opens on the Vault, where the new passphrase is set. While a
 * legal hold stands, a banner above every section says so.
 */
export function AppFrame({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const [section, setSection] = useState<SectionId | null>(null);
  // Kept here rather than in the vault screen, so leaving the Vault and coming back does not ask again.
  const [passphraseRenewed, setPassphraseRenewed] = useState(false);
  const [vaultOpenAt, setVaultOpenAt] = useState<string | undefined>(undefined);
  const [addingAccount, setAddingAccount] = useState(false);
  const legalHold = useLegalHold();

  const openSection = (next: SectionId) => {
    setVaultOpenAt(undefined);
    setAddingAccount(false);
    setSection(next);
  };
  /** The Vault screen, opened at one of its sections (the proof of the ledger, the backups). */
  const openVaultAt = (part: string) => {
    openSection('vault');
    setVaultOpenAt(part);
  };
  const openProof = () => openVaultAt('ledger-proof');

  useEffect(() => {
    let current = true;
    treasury.vault.details().then(
      (details) => {
        if (current) setSection(details.unlockedWith === 'recovery' ? 'vault' : 'dashboard');
      },
      () => {
        if (current) setSection('dashboard');
      },
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = sectionForShortcut(event);
      if (target === null || document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      setVaultOpenAt(undefined);
      setAddingAccount(false);
      setSection(target);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  async function lockNow() {
    await treasury.vault.lock({ reason: 'manual' }).catch(() => undefined);
    onLocked();
  }

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus moves by hand: the app never navigates, not even to a fragment.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {words.words('app.skipToMain')}
      </a>
      <header className="app-header app-header-open">
        <p className="brand">{words.words('app.name')}</p>
        <nav aria-label={words.words('app.sections')} className="sections-nav">
          <ul>
            {sections.map((each, index) => (
              <li key={each.id}>
                <button
                  type="button"
                  aria-current={section === each.id ? 'page' : undefined}
                  aria-keyshortcuts={`Alt+${index + 1}`}
                  title={words.words('app.sectionShortcut', { section: each.name, number: index + 1 })}
                  onClick={() => openSection(each.id)}
                >
                  {words.say(each.name)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="lock-now" onClick={() => void lockNow()}>
          {words.words('app.lockNow')}
        </button>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {legalHold.hold === null ? null : <HoldBanner hold={legalHold.hold} onOpen={section === 'retention' ? undefined : () => openSection('retention')} />}
        <LedgerCheckNotice onOpenProof={openProof} />
        {section === null ? <p className="opening">{words.words('app.opening')}</p> : null}
        {section === 'dashboard' ? (
          <DashboardScreen
            onLocked={onLocked}
            onOpen={openSection}
            onAddAccount={() => {
              openSection('accounts');
              setAddingAccount(true);
            }}
            onOpenProof={openProof}
            onBackUp={() => openVaultAt('backups')}
          />
        ) : null}
        {section === 'ledger' ? <LedgerScreen onLocked={onLocked} /> : null}
        {section === 'accounts' ? <AccountsScreen onLocked={onLocked} startAdding={addingAccount} /> : null}
        {section === 'funds' ? <FundsScreen onLocked={onLocked} /> : null}
        {section === 'retention' ? <RetentionScreen onLocked={onLocked} onHoldChanged={legalHold.refresh} /> : null}
        {section === 'summary' ? <MakeSummaryScreen onLocked={onLocked} /> : null}
        {section === 'vault' ? <VaultScreen onLocked={onLocked} passphraseRenewed={passphraseRenewed} onPassphraseRenewed={() => setPassphraseRenewed(true)} openAt={vaultOpenAt} /> : null}
      </main>
    </>
  );
}
