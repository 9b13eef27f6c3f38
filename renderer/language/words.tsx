// The screens' words: the chosen language's translator, handed down by context, and the way to change it.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/messages/language.ts';
import { translatorFor, type Translator } from '../../shared/messages/translator.ts';

interface LanguageChoice {
  readonly words: Translator;
  /** Changes the app's language now and remembers it on this computer. */
  readonly choose: (language: Language) => void;
}

const LanguageContext = createContext<LanguageChoice | null>(null);

export function LanguageProvider({ language, onChoose, children }: { language: Language; onChoose: (language: Language) => void; children: ReactNode }) {
  const value = useMemo(() => ({ words: translatorFor(language), choose: onChoose }), [language, onChoose]);
  useEffect(() => {
    // Screen readers pick their voice, and the browser its hyphenation, from the page's language.
    document.documentElement.lang = language;
  }, [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

function useLanguageChoice(): LanguageChoice {
  const choice = useContext(LanguageContext);
  if (choice === null) throw new Error('useWords needs a LanguageProvider above it');
  return choice;
}

/** The translator for the chosen language: words.say(message), words.words(key, params), words.money(minor, currency). */
export function useWords(): Translator {
  return useLanguageChoice().words;
}

/** The chosen language and the way to change it. */
export function useLanguage(): { language: Language; choose: (language: Language) => void } {
  const { words, choose } = useLanguageChoice();
  return { language: words.language, choose };
}
