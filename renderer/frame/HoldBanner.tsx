import type { Hold } from '../../shared/contract/index.ts';
import { day } from '../../shared/messages/message.ts';
import { FreeText } from '../components/FreeText.tsx';
import { useWords } from '../language/words.tsx';
import { localDay } from '../screens/retention/localDay.ts';
import { slot, WordsAround } from '../wordsAround.tsx';

interface HoldBannerProps {
  hold: Hold;
  /** Opens the Retention section; left out on that section itself. */
  onOpen?: (() => void) | undefined;
}

/**
 * Above every section while a legal hold stands, so nobody forgets that nothing is being shredded.
 * A status, so it is announced when it appears, not each time a section opens.
 */
export function HoldBanner({ hold, onOpen }: HoldBannerProps) {
  const words = useWords();
  const text = words.words('retentionScreen.banner.stands', { since: day(localDay(hold.placedAt)), note: slot('note') });
  return (
    <div className="banner hold-banner" role="status">
      <p>
        <WordsAround text={text} parts={{ note: <FreeText text={hold.note} /> }} />
      </p>
      {onOpen === undefined ? null : (
        <button type="button" onClick={onOpen}>
          {words.words('retentionScreen.banner.open')}
        </button>
      )}
    </div>
  );
}
