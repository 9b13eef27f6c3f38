import type { Output } from '../../../shared/contract/index.ts';
import { NextStepForm } from '../../components/NextStepForm.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { useWords } from '../../language/words.tsx';
import { HandedOverFigures } from './HandedOverFigures.tsx';
import { receiveStepOf } from './receiveSteps.ts';

/**
 * Step 4: the figures the new treasurer reads to the outgoing one (the same on both screens, or the
 * file did not arrive whole), and what is still to do between the two people: the app cannot move a
 * payment platform's login or check a phone call.
 */
export function ReceivedStep({ received, onNext }: { received: Output<'handover.receive'>; onNext: () => void }) {
  const words = useWords();
  return (
    <NextStepForm onNext={onNext}>
      <StepHeading level={1} focusOnMount step={receiveStepOf('read-back')}>
        {words.words('handoverScreen.received.title')}
      </StepHeading>
      <p>{words.words('handoverScreen.received.intro', { entries: received.entries })}</p>
      <HandedOverFigures figures={received} />
      <p>{words.words('handoverScreen.received.sameOnTheirs')}</p>
      {received.identityDestroyed === null ? null : <p className="notice">{words.words('handoverScreen.received.keyDestroyed')}</p>}
      <h2>{words.words('handoverScreen.received.checklistTitle')}</h2>
      <ol className="plain-steps">
        <li>{words.words('handoverScreen.received.compareAnchor')}</li>
        <li>{words.words('handoverScreen.received.turnOnTotp')}</li>
        <li>{words.words('handoverScreen.received.changeLogins')}</li>
        <li>{words.words('handoverScreen.received.keepRecoverySheet')}</li>
      </ol>
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('handoverScreen.received.continue')}
        </button>
      </div>
    </NextStepForm>
  );
}
