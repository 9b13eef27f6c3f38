import { useState } from 'react';
import type { Hold, KeySlotKind, RetentionOverview } from '../../../shared/contract/index.ts';
import { day, say, type Message } from '../../../shared/messages/message.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';
import { returnFocusTo, Section } from '../vault/Section.tsx';
import { HoldHistory } from './HoldHistory.tsx';
import { LiftHoldForm } from './LiftHoldForm.tsx';
import { localDay } from './localDay.ts';
import { PlaceHoldForm } from './PlaceHoldForm.tsx';

interface LegalHoldSectionProps {
  hold: Hold | null;
  holds: RetentionOverview['holds'];
  unlockedWith: KeySlotKind;
  /** A hold was placed or lifted: the screen, the plan and the app's banner read it again. */
  onChanged: () => Promise<void>;
  onLocked: () => void;
}

type Mode = 'idle' | 'placing' | 'lifting';

/** The legal hold: whether one stands and why, placing one with its reason, lifting it with the passphrase, and every hold so far. */
export function LegalHoldSection({ hold, holds, unlockedWith, onChanged, onLocked }: LegalHoldSectionProps) {
  const words = useWords();
  const [mode, setMode] = useState<Mode>('idle');
  const [done, setDone] = useState<Message | null>(null);

  async function finished(message: Message) {
    await onChanged();
    setMode('idle');
    setDone(message);
    returnFocusTo('legal-hold');
  }

  const back = () => {
    setMode('idle');
    returnFocusTo('legal-hold');
  };

  return (
    <Section id="legal-hold" title={words.words('retentionScreen.hold.title')}>
      {hold === null ? (
        <>
          <p>
            <strong>{words.words('retentionScreen.hold.none')}</strong>
          </p>
          <p>{words.words('retentionScreen.hold.when')}</p>
        </>
      ) : (
        <div className="hold-standing">
          <p>
            <strong>{words.words('retentionScreen.hold.stands', { since: day(localDay(hold.placedAt)) })}</strong>
          </p>
          <dl className="facts">
            <dt>{words.words('retentionScreen.hold.note')}</dt>
            <dd className="hold-note-text">
              <FreeText text={hold.note} />
            </dd>
          </dl>
        </div>
      )}
      <p className="saved" role="status">
        {done === null ? null : words.say(done)}
      </p>
      {mode === 'placing' ? <PlaceHoldForm onPlaced={() => void finished(say('retentionScreen.hold.placed'))} onCancel={back} onLocked={onLocked} /> : null}
      {mode === 'lifting' ? <LiftHoldForm unlockedWith={unlockedWith} onLifted={() => void finished(say('retentionScreen.hold.lifted'))} onKeep={back} onLocked={onLocked} /> : null}
      {mode === 'idle' ? (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setDone(null);
              setMode(hold === null ? 'placing' : 'lifting');
            }}
          >
            {hold === null ? words.words('retentionScreen.hold.place') : words.words('retentionScreen.hold.lift')}
          </button>
        </div>
      ) : null}
      <HoldHistory holds={holds} />
    </Section>
  );
}
