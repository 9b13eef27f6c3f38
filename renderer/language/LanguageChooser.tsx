// The language chooser: every language named in its own words, so a reader finds theirs without reading
// the other. Choosing one changes the screen at once and is remembered on this computer.
import { useId } from 'react';
import { languageNames, languages } from '../../shared/messages/language.ts';
import { useLanguage, useWords } from './words.tsx';

/**
 * Radio buttons in a labelled group: Tab reaches the chosen one, the arrow keys choose, and a screen
 * reader says the group's name and each language in its own voice (the lang attribute). With
 * `legendHidden` the group keeps its name for screen readers while a visible heading says it.
 */
export function LanguageChooser({ legendHidden = false }: { legendHidden?: boolean }) {
  const words = useWords();
  const { language, choose } = useLanguage();
  const name = useId();
  return (
    <fieldset className="language-chooser">
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{words.words('app.language')}</legend>
      {languages.map((each) => (
        <label key={each} className="language-option" lang={each}>
          <input type="radio" name={name} value={each} lang={each} checked={each === language} onChange={() => choose(each)} />
          {languageNames[each]}
        </label>
      ))}
    </fieldset>
  );
}
