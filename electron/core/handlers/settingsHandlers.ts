import type { AppSettings } from '../appSettings.ts';
import type { Handlers } from '../dispatcher.ts';

type SettingsHandlers = Pick<Handlers, Extract<keyof Handlers, `settings.${string}`>>;

/** The contract's settings methods: what the app remembers outside the vault. */
export function settingsHandlers(settings: AppSettings): SettingsHandlers {
  return {
    'settings.language': () => ({ language: settings.rememberedLanguage() ?? null }),
    'settings.chooseLanguage': ({ language }) => {
      settings.rememberLanguage(language);
      return { language };
    },
  };
}
