import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../shared/contract/index.ts';
import type { TreasuryError } from '../shared/errors.ts';
import { Alert } from './components/Alert.tsx';
import { LanguageProvider, useWords } from './language/words.tsx';
import { languageOfLocale, type Language } from '../shared/messages/language.ts';
import { asTreasuryError } from './failure.ts';
import { SetupScreen } from './screens/setup/SetupScreen.tsx';
import { UnlockScreen } from './screens/unlock/UnlockScreen.tsx';
import { treasury } from './treasury.ts';
import { useActivityReporter } from './useActivityReporter.ts';

// The open app (ledger, accounts, charts) loads once the vault is open: setup and unlock stay small and quick.
const AppFrame = lazy(() => import('./frame/AppFrame.tsx').then((module) => ({ default: module.AppFrame })));

type View = { kind: 'opening' } | { kind: 'setup'; status: VaultStatus } | { kind: 'unlock'; status: VaultStatus } | { kind: 'vault' } | { kind: 'unavailable'; error: TreasuryError };

function viewFor(status: VaultStatus): View {
  if (status.state === 'no-vault') return { kind: 'setup', status };
  if (status.state === 'unlocked') return { kind: 'vault' };
  return { kind: 'unlock', status };
}

/** The screen the vault's current state calls for. */
function currentView(): Promise<View> {
  return treasury.vault.status().then(viewFor, (caught: unknown) => ({ kind: 'unavailable', error: asTreasuryError(caught) }));
}

/** The language remembered on this computer; before any choice, the system's if the app speaks it. */
function rememberedLanguage(): Promise<{ language: Language; chosen: boolean }> {
  const fallback = languageOfLocale(navigator.language) ?? 'en';
  return treasury.settings.language().then(
    ({ language }) => ({ language: language ?? fallback, chosen: language !== null }),
    () => ({ language: fallback, chosen: false }),
  );
}

/** The app in the treasurer's language: the remembered one is read before the first screen shows. */
export function App() {
  const [language, setLanguage] = useState<Language | null>(null);
  useEffect(() => {
    void rememberedLanguage().then(({ language: remembered }) => setLanguage(remembered));
  }, []);
  const choose = useCallback((next: Language) => {
    setLanguage(next);
    void treasury.settings.chooseLanguage({ language: next });
  }, []);
  if (language === null) return null;
  return (
    <LanguageProvider language={language} onChoose={choose}>
      <Screens />
    </LanguageProvider>
  );
}

/** Picks the screen from the vault's state; once it is open, the app frame with its sections. A lock reloads the whole page, so this starts afresh after every lock. */
function Screens() {
  const words = useWords();
  const [view, setView] = useState<View>({ kind: 'opening' });
  useActivityReporter();

  useEffect(() => {
    let current = true;
    void currentView().then((next) => {
      if (current) setView(next);
    });
    return () => {
      current = false;
    };
  }, []);

  const refresh = useCallback(() => void currentView().then(setView), []);

  if (view.kind === 'vault') {
    return (
      <Suspense fallback={<p className="opening">{words.words('app.opening')}</p>}>
        <AppFrame onLocked={refresh} />
      </Suspense>
    );
  }
  return (
    <>
      <header className="app-header">
        <p className="brand">{words.words('app.name')}</p>
      </header>
      <main className="app-main">
        {view.kind === 'opening' ? <p className="opening">{words.words('app.opening')}</p> : null}
        {view.kind === 'unavailable' ? (
          <div className="screen stack">
            <h1>{words.words('app.couldNotOpen')}</h1>
            <Alert error={view.error} />
          </div>
        ) : null}
        {view.kind === 'setup' ? <SetupScreen status={view.status} onFinished={() => setView({ kind: 'vault' })} onExistingVault={(status) => setView(viewFor(status))} /> : null}
        {view.kind === 'unlock' ? <UnlockScreen status={view.status} onUnlocked={() => setView({ kind: 'vault' })} /> : null}
      </main>
    </>
  );
}
