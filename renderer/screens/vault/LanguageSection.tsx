import { LanguageChooser } from '../../language/LanguageChooser.tsx';
import { useWords } from '../../language/words.tsx';
import { Section } from './Section.tsx';

/** The app's language, the same choice as on the first screen and the unlock screen. */
export function LanguageSection() {
  const words = useWords();
  return (
    <Section id="language" title={words.words('app.language')}>
      <p>{words.words('vaultScreen.language.intro')}</p>
      <LanguageChooser legendHidden />
    </Section>
  );
}
