import { useWords } from '../../language/words.tsx';
import { Section } from './Section.tsx';

/** Where handing the treasurer role over starts: what goes to the next treasurer, what stays behind, and the button that opens its steps. */
export function HandOverSection({ onStart }: { onStart: () => void }) {
  const words = useWords();
  return (
    <Section id="hand-over" title={words.words('handoverScreen.section.title')}>
      <p>{words.words('handoverScreen.section.what')}</p>
      <p>{words.words('handoverScreen.section.staysBehind')}</p>
      <div className="actions">
        <button type="button" onClick={onStart}>
          {words.words('handoverScreen.section.start')}
        </button>
      </div>
    </Section>
  );
}
